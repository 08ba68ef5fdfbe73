/**
 */
package org.kefu.model.service.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.kefu.model.service.BusinessCalendar;
import org.kefu.model.service.ServicePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Business Calendar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.impl.BusinessCalendarImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.BusinessCalendarImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.BusinessCalendarImpl#getZone <em>Zone</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.BusinessCalendarImpl#getOpens <em>Opens</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.BusinessCalendarImpl#getCloses <em>Closes</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.BusinessCalendarImpl#getWeekdays <em>Weekdays</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.BusinessCalendarImpl#getHolidays <em>Holidays</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.BusinessCalendarImpl#getWorkdays <em>Workdays</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BusinessCalendarImpl extends MinimalEObjectImpl.Container implements BusinessCalendar {
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
	 * The default value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected static final String ZONE_EDEFAULT = "Asia/Shanghai";

	/**
	 * The cached value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected String zone = ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpens() <em>Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpens()
	 * @generated
	 * @ordered
	 */
	protected static final String OPENS_EDEFAULT = "08:30";

	/**
	 * The cached value of the '{@link #getOpens() <em>Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpens()
	 * @generated
	 * @ordered
	 */
	protected String opens = OPENS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCloses() <em>Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloses()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSES_EDEFAULT = "17:30";

	/**
	 * The cached value of the '{@link #getCloses() <em>Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloses()
	 * @generated
	 * @ordered
	 */
	protected String closes = CLOSES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWeekdays() <em>Weekdays</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekdays()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> weekdays;

	/**
	 * The cached value of the '{@link #getHolidays() <em>Holidays</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolidays()
	 * @generated
	 * @ordered
	 */
	protected EList<String> holidays;

	/**
	 * The cached value of the '{@link #getWorkdays() <em>Workdays</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkdays()
	 * @generated
	 * @ordered
	 */
	protected EList<String> workdays;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BusinessCalendarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServicePackage.Literals.BUSINESS_CALENDAR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.BUSINESS_CALENDAR__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.BUSINESS_CALENDAR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZone() {
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(String newZone) {
		String oldZone = zone;
		zone = newZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.BUSINESS_CALENDAR__ZONE, oldZone, zone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOpens() {
		return opens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpens(String newOpens) {
		String oldOpens = opens;
		opens = newOpens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.BUSINESS_CALENDAR__OPENS, oldOpens, opens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCloses() {
		return closes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCloses(String newCloses) {
		String oldCloses = closes;
		closes = newCloses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.BUSINESS_CALENDAR__CLOSES, oldCloses, closes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getWeekdays() {
		if (weekdays == null) {
			weekdays = new EDataTypeUniqueEList<Integer>(Integer.class, this, ServicePackage.BUSINESS_CALENDAR__WEEKDAYS);
		}
		return weekdays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHolidays() {
		if (holidays == null) {
			holidays = new EDataTypeUniqueEList<String>(String.class, this, ServicePackage.BUSINESS_CALENDAR__HOLIDAYS);
		}
		return holidays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWorkdays() {
		if (workdays == null) {
			workdays = new EDataTypeUniqueEList<String>(String.class, this, ServicePackage.BUSINESS_CALENDAR__WORKDAYS);
		}
		return workdays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServicePackage.BUSINESS_CALENDAR__ID:
				return getId();
			case ServicePackage.BUSINESS_CALENDAR__NAME:
				return getName();
			case ServicePackage.BUSINESS_CALENDAR__ZONE:
				return getZone();
			case ServicePackage.BUSINESS_CALENDAR__OPENS:
				return getOpens();
			case ServicePackage.BUSINESS_CALENDAR__CLOSES:
				return getCloses();
			case ServicePackage.BUSINESS_CALENDAR__WEEKDAYS:
				return getWeekdays();
			case ServicePackage.BUSINESS_CALENDAR__HOLIDAYS:
				return getHolidays();
			case ServicePackage.BUSINESS_CALENDAR__WORKDAYS:
				return getWorkdays();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServicePackage.BUSINESS_CALENDAR__ID:
				setId((String)newValue);
				return;
			case ServicePackage.BUSINESS_CALENDAR__NAME:
				setName((String)newValue);
				return;
			case ServicePackage.BUSINESS_CALENDAR__ZONE:
				setZone((String)newValue);
				return;
			case ServicePackage.BUSINESS_CALENDAR__OPENS:
				setOpens((String)newValue);
				return;
			case ServicePackage.BUSINESS_CALENDAR__CLOSES:
				setCloses((String)newValue);
				return;
			case ServicePackage.BUSINESS_CALENDAR__WEEKDAYS:
				getWeekdays().clear();
				getWeekdays().addAll((Collection<? extends Integer>)newValue);
				return;
			case ServicePackage.BUSINESS_CALENDAR__HOLIDAYS:
				getHolidays().clear();
				getHolidays().addAll((Collection<? extends String>)newValue);
				return;
			case ServicePackage.BUSINESS_CALENDAR__WORKDAYS:
				getWorkdays().clear();
				getWorkdays().addAll((Collection<? extends String>)newValue);
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
			case ServicePackage.BUSINESS_CALENDAR__ID:
				setId(ID_EDEFAULT);
				return;
			case ServicePackage.BUSINESS_CALENDAR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ServicePackage.BUSINESS_CALENDAR__ZONE:
				setZone(ZONE_EDEFAULT);
				return;
			case ServicePackage.BUSINESS_CALENDAR__OPENS:
				setOpens(OPENS_EDEFAULT);
				return;
			case ServicePackage.BUSINESS_CALENDAR__CLOSES:
				setCloses(CLOSES_EDEFAULT);
				return;
			case ServicePackage.BUSINESS_CALENDAR__WEEKDAYS:
				getWeekdays().clear();
				return;
			case ServicePackage.BUSINESS_CALENDAR__HOLIDAYS:
				getHolidays().clear();
				return;
			case ServicePackage.BUSINESS_CALENDAR__WORKDAYS:
				getWorkdays().clear();
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
			case ServicePackage.BUSINESS_CALENDAR__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ServicePackage.BUSINESS_CALENDAR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ServicePackage.BUSINESS_CALENDAR__ZONE:
				return ZONE_EDEFAULT == null ? zone != null : !ZONE_EDEFAULT.equals(zone);
			case ServicePackage.BUSINESS_CALENDAR__OPENS:
				return OPENS_EDEFAULT == null ? opens != null : !OPENS_EDEFAULT.equals(opens);
			case ServicePackage.BUSINESS_CALENDAR__CLOSES:
				return CLOSES_EDEFAULT == null ? closes != null : !CLOSES_EDEFAULT.equals(closes);
			case ServicePackage.BUSINESS_CALENDAR__WEEKDAYS:
				return weekdays != null && !weekdays.isEmpty();
			case ServicePackage.BUSINESS_CALENDAR__HOLIDAYS:
				return holidays != null && !holidays.isEmpty();
			case ServicePackage.BUSINESS_CALENDAR__WORKDAYS:
				return workdays != null && !workdays.isEmpty();
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
		result.append(", zone: ");
		result.append(zone);
		result.append(", opens: ");
		result.append(opens);
		result.append(", closes: ");
		result.append(closes);
		result.append(", weekdays: ");
		result.append(weekdays);
		result.append(", holidays: ");
		result.append(holidays);
		result.append(", workdays: ");
		result.append(workdays);
		result.append(')');
		return result.toString();
	}

} //BusinessCalendarImpl
