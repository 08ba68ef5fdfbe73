/**
 */
package org.kefu.model.admin.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.LogKind;
import org.kefu.model.admin.LogLevel;
import org.kefu.model.admin.MonitorRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Monitor Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.impl.MonitorRuleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.MonitorRuleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.MonitorRuleImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.MonitorRuleImpl#getEvent <em>Event</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.MonitorRuleImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.MonitorRuleImpl#getWindowMinutes <em>Window Minutes</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.MonitorRuleImpl#isSameStaff <em>Same Staff</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.MonitorRuleImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.MonitorRuleImpl#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MonitorRuleImpl extends MinimalEObjectImpl.Container implements MonitorRule {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LogKind KIND_EDEFAULT = LogKind.APPLICATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LogKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected String event = EVENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final int THRESHOLD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected int threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowMinutes() <em>Window Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWindowMinutes() <em>Window Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowMinutes()
	 * @generated
	 * @ordered
	 */
	protected int windowMinutes = WINDOW_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isSameStaff() <em>Same Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSameStaff()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAME_STAFF_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSameStaff() <em>Same Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSameStaff()
	 * @generated
	 * @ordered
	 */
	protected boolean sameStaff = SAME_STAFF_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final LogLevel LEVEL_EDEFAULT = LogLevel.INFO;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected LogLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MonitorRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdminPackage.Literals.MONITOR_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.MONITOR_RULE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.MONITOR_RULE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LogKind newKind) {
		LogKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.MONITOR_RULE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvent() {
		return event;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvent(String newEvent) {
		String oldEvent = event;
		event = newEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.MONITOR_RULE__EVENT, oldEvent, event));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(int newThreshold) {
		int oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.MONITOR_RULE__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowMinutes() {
		return windowMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowMinutes(int newWindowMinutes) {
		int oldWindowMinutes = windowMinutes;
		windowMinutes = newWindowMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.MONITOR_RULE__WINDOW_MINUTES, oldWindowMinutes, windowMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSameStaff() {
		return sameStaff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSameStaff(boolean newSameStaff) {
		boolean oldSameStaff = sameStaff;
		sameStaff = newSameStaff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.MONITOR_RULE__SAME_STAFF, oldSameStaff, sameStaff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(LogLevel newLevel) {
		LogLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.MONITOR_RULE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.MONITOR_RULE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AdminPackage.MONITOR_RULE__ID:
				return getId();
			case AdminPackage.MONITOR_RULE__NAME:
				return getName();
			case AdminPackage.MONITOR_RULE__KIND:
				return getKind();
			case AdminPackage.MONITOR_RULE__EVENT:
				return getEvent();
			case AdminPackage.MONITOR_RULE__THRESHOLD:
				return getThreshold();
			case AdminPackage.MONITOR_RULE__WINDOW_MINUTES:
				return getWindowMinutes();
			case AdminPackage.MONITOR_RULE__SAME_STAFF:
				return isSameStaff();
			case AdminPackage.MONITOR_RULE__LEVEL:
				return getLevel();
			case AdminPackage.MONITOR_RULE__ENABLED:
				return isEnabled();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AdminPackage.MONITOR_RULE__ID:
				setId((String)newValue);
				return;
			case AdminPackage.MONITOR_RULE__NAME:
				setName((String)newValue);
				return;
			case AdminPackage.MONITOR_RULE__KIND:
				setKind((LogKind)newValue);
				return;
			case AdminPackage.MONITOR_RULE__EVENT:
				setEvent((String)newValue);
				return;
			case AdminPackage.MONITOR_RULE__THRESHOLD:
				setThreshold((Integer)newValue);
				return;
			case AdminPackage.MONITOR_RULE__WINDOW_MINUTES:
				setWindowMinutes((Integer)newValue);
				return;
			case AdminPackage.MONITOR_RULE__SAME_STAFF:
				setSameStaff((Boolean)newValue);
				return;
			case AdminPackage.MONITOR_RULE__LEVEL:
				setLevel((LogLevel)newValue);
				return;
			case AdminPackage.MONITOR_RULE__ENABLED:
				setEnabled((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AdminPackage.MONITOR_RULE__ID:
				setId(ID_EDEFAULT);
				return;
			case AdminPackage.MONITOR_RULE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AdminPackage.MONITOR_RULE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case AdminPackage.MONITOR_RULE__EVENT:
				setEvent(EVENT_EDEFAULT);
				return;
			case AdminPackage.MONITOR_RULE__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case AdminPackage.MONITOR_RULE__WINDOW_MINUTES:
				setWindowMinutes(WINDOW_MINUTES_EDEFAULT);
				return;
			case AdminPackage.MONITOR_RULE__SAME_STAFF:
				setSameStaff(SAME_STAFF_EDEFAULT);
				return;
			case AdminPackage.MONITOR_RULE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case AdminPackage.MONITOR_RULE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AdminPackage.MONITOR_RULE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AdminPackage.MONITOR_RULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AdminPackage.MONITOR_RULE__KIND:
				return kind != KIND_EDEFAULT;
			case AdminPackage.MONITOR_RULE__EVENT:
				return EVENT_EDEFAULT == null ? event != null : !EVENT_EDEFAULT.equals(event);
			case AdminPackage.MONITOR_RULE__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
			case AdminPackage.MONITOR_RULE__WINDOW_MINUTES:
				return windowMinutes != WINDOW_MINUTES_EDEFAULT;
			case AdminPackage.MONITOR_RULE__SAME_STAFF:
				return sameStaff != SAME_STAFF_EDEFAULT;
			case AdminPackage.MONITOR_RULE__LEVEL:
				return level != LEVEL_EDEFAULT;
			case AdminPackage.MONITOR_RULE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", event: ");
		result.append(event);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", windowMinutes: ");
		result.append(windowMinutes);
		result.append(", sameStaff: ");
		result.append(sameStaff);
		result.append(", level: ");
		result.append(level);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(')');
		return result.toString();
	}

} //MonitorRuleImpl
