/**
 */
package org.kefu.model.admin.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.Alert;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Alert</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.impl.AlertImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.AlertImpl#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.AlertImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.AlertImpl#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.AlertImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.AlertImpl#isAcknowledged <em>Acknowledged</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.AlertImpl#getAcknowledgedBy <em>Acknowledged By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AlertImpl extends MinimalEObjectImpl.Container implements Alert {
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
	 * The default value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected String ruleId = RULE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Date time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStaffNo() <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStaffNo() <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String staffNo = STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAcknowledged() <em>Acknowledged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAcknowledged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACKNOWLEDGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAcknowledged() <em>Acknowledged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAcknowledged()
	 * @generated
	 * @ordered
	 */
	protected boolean acknowledged = ACKNOWLEDGED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcknowledgedBy() <em>Acknowledged By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String ACKNOWLEDGED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcknowledgedBy() <em>Acknowledged By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedBy()
	 * @generated
	 * @ordered
	 */
	protected String acknowledgedBy = ACKNOWLEDGED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AlertImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdminPackage.Literals.ALERT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.ALERT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuleId() {
		return ruleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleId(String newRuleId) {
		String oldRuleId = ruleId;
		ruleId = newRuleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.ALERT__RULE_ID, oldRuleId, ruleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Date newTime) {
		Date oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.ALERT__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStaffNo() {
		return staffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaffNo(String newStaffNo) {
		String oldStaffNo = staffNo;
		staffNo = newStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.ALERT__STAFF_NO, oldStaffNo, staffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.ALERT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAcknowledged() {
		return acknowledged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledged(boolean newAcknowledged) {
		boolean oldAcknowledged = acknowledged;
		acknowledged = newAcknowledged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.ALERT__ACKNOWLEDGED, oldAcknowledged, acknowledged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcknowledgedBy() {
		return acknowledgedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedBy(String newAcknowledgedBy) {
		String oldAcknowledgedBy = acknowledgedBy;
		acknowledgedBy = newAcknowledgedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.ALERT__ACKNOWLEDGED_BY, oldAcknowledgedBy, acknowledgedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AdminPackage.ALERT__ID:
				return getId();
			case AdminPackage.ALERT__RULE_ID:
				return getRuleId();
			case AdminPackage.ALERT__TIME:
				return getTime();
			case AdminPackage.ALERT__STAFF_NO:
				return getStaffNo();
			case AdminPackage.ALERT__MESSAGE:
				return getMessage();
			case AdminPackage.ALERT__ACKNOWLEDGED:
				return isAcknowledged();
			case AdminPackage.ALERT__ACKNOWLEDGED_BY:
				return getAcknowledgedBy();
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
			case AdminPackage.ALERT__ID:
				setId((String)newValue);
				return;
			case AdminPackage.ALERT__RULE_ID:
				setRuleId((String)newValue);
				return;
			case AdminPackage.ALERT__TIME:
				setTime((Date)newValue);
				return;
			case AdminPackage.ALERT__STAFF_NO:
				setStaffNo((String)newValue);
				return;
			case AdminPackage.ALERT__MESSAGE:
				setMessage((String)newValue);
				return;
			case AdminPackage.ALERT__ACKNOWLEDGED:
				setAcknowledged((Boolean)newValue);
				return;
			case AdminPackage.ALERT__ACKNOWLEDGED_BY:
				setAcknowledgedBy((String)newValue);
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
			case AdminPackage.ALERT__ID:
				setId(ID_EDEFAULT);
				return;
			case AdminPackage.ALERT__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
				return;
			case AdminPackage.ALERT__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case AdminPackage.ALERT__STAFF_NO:
				setStaffNo(STAFF_NO_EDEFAULT);
				return;
			case AdminPackage.ALERT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case AdminPackage.ALERT__ACKNOWLEDGED:
				setAcknowledged(ACKNOWLEDGED_EDEFAULT);
				return;
			case AdminPackage.ALERT__ACKNOWLEDGED_BY:
				setAcknowledgedBy(ACKNOWLEDGED_BY_EDEFAULT);
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
			case AdminPackage.ALERT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AdminPackage.ALERT__RULE_ID:
				return RULE_ID_EDEFAULT == null ? ruleId != null : !RULE_ID_EDEFAULT.equals(ruleId);
			case AdminPackage.ALERT__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case AdminPackage.ALERT__STAFF_NO:
				return STAFF_NO_EDEFAULT == null ? staffNo != null : !STAFF_NO_EDEFAULT.equals(staffNo);
			case AdminPackage.ALERT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case AdminPackage.ALERT__ACKNOWLEDGED:
				return acknowledged != ACKNOWLEDGED_EDEFAULT;
			case AdminPackage.ALERT__ACKNOWLEDGED_BY:
				return ACKNOWLEDGED_BY_EDEFAULT == null ? acknowledgedBy != null : !ACKNOWLEDGED_BY_EDEFAULT.equals(acknowledgedBy);
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
		result.append(", ruleId: ");
		result.append(ruleId);
		result.append(", time: ");
		result.append(time);
		result.append(", staffNo: ");
		result.append(staffNo);
		result.append(", message: ");
		result.append(message);
		result.append(", acknowledged: ");
		result.append(acknowledged);
		result.append(", acknowledgedBy: ");
		result.append(acknowledgedBy);
		result.append(')');
		return result.toString();
	}

} //AlertImpl
