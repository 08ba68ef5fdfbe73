/**
 */
package org.kefu.model.service.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.service.Priority;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.SlaPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sla Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.impl.SlaPolicyImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.SlaPolicyImpl#getTicketType <em>Ticket Type</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.SlaPolicyImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.SlaPolicyImpl#getFirstResponseMinutes <em>First Response Minutes</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.SlaPolicyImpl#getResolutionMinutes <em>Resolution Minutes</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.SlaPolicyImpl#getCalendarId <em>Calendar Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.SlaPolicyImpl#getWarnAtPercent <em>Warn At Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SlaPolicyImpl extends MinimalEObjectImpl.Container implements SlaPolicy {
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
	 * The default value of the '{@link #getTicketType() <em>Ticket Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTicketType()
	 * @generated
	 * @ordered
	 */
	protected static final String TICKET_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTicketType() <em>Ticket Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTicketType()
	 * @generated
	 * @ordered
	 */
	protected String ticketType = TICKET_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.LOW;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority = PRIORITY_EDEFAULT;

	/**
	 * This is true if the Priority attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean priorityESet;

	/**
	 * The default value of the '{@link #getFirstResponseMinutes() <em>First Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstResponseMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_RESPONSE_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstResponseMinutes() <em>First Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstResponseMinutes()
	 * @generated
	 * @ordered
	 */
	protected int firstResponseMinutes = FIRST_RESPONSE_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolutionMinutes() <em>Resolution Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RESOLUTION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getResolutionMinutes() <em>Resolution Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionMinutes()
	 * @generated
	 * @ordered
	 */
	protected int resolutionMinutes = RESOLUTION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCalendarId() <em>Calendar Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendarId()
	 * @generated
	 * @ordered
	 */
	protected static final String CALENDAR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCalendarId() <em>Calendar Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendarId()
	 * @generated
	 * @ordered
	 */
	protected String calendarId = CALENDAR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarnAtPercent() <em>Warn At Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnAtPercent()
	 * @generated
	 * @ordered
	 */
	protected static final int WARN_AT_PERCENT_EDEFAULT = 80;

	/**
	 * The cached value of the '{@link #getWarnAtPercent() <em>Warn At Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnAtPercent()
	 * @generated
	 * @ordered
	 */
	protected int warnAtPercent = WARN_AT_PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SlaPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServicePackage.Literals.SLA_POLICY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SLA_POLICY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTicketType() {
		return ticketType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTicketType(String newTicketType) {
		String oldTicketType = ticketType;
		ticketType = newTicketType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SLA_POLICY__TICKET_TYPE, oldTicketType, ticketType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority) {
		Priority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		boolean oldPriorityESet = priorityESet;
		priorityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SLA_POLICY__PRIORITY, oldPriority, priority, !oldPriorityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPriority() {
		Priority oldPriority = priority;
		boolean oldPriorityESet = priorityESet;
		priority = PRIORITY_EDEFAULT;
		priorityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ServicePackage.SLA_POLICY__PRIORITY, oldPriority, PRIORITY_EDEFAULT, oldPriorityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPriority() {
		return priorityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstResponseMinutes() {
		return firstResponseMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstResponseMinutes(int newFirstResponseMinutes) {
		int oldFirstResponseMinutes = firstResponseMinutes;
		firstResponseMinutes = newFirstResponseMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SLA_POLICY__FIRST_RESPONSE_MINUTES, oldFirstResponseMinutes, firstResponseMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResolutionMinutes() {
		return resolutionMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolutionMinutes(int newResolutionMinutes) {
		int oldResolutionMinutes = resolutionMinutes;
		resolutionMinutes = newResolutionMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SLA_POLICY__RESOLUTION_MINUTES, oldResolutionMinutes, resolutionMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCalendarId() {
		return calendarId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalendarId(String newCalendarId) {
		String oldCalendarId = calendarId;
		calendarId = newCalendarId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SLA_POLICY__CALENDAR_ID, oldCalendarId, calendarId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWarnAtPercent() {
		return warnAtPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarnAtPercent(int newWarnAtPercent) {
		int oldWarnAtPercent = warnAtPercent;
		warnAtPercent = newWarnAtPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SLA_POLICY__WARN_AT_PERCENT, oldWarnAtPercent, warnAtPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServicePackage.SLA_POLICY__ID:
				return getId();
			case ServicePackage.SLA_POLICY__TICKET_TYPE:
				return getTicketType();
			case ServicePackage.SLA_POLICY__PRIORITY:
				return getPriority();
			case ServicePackage.SLA_POLICY__FIRST_RESPONSE_MINUTES:
				return getFirstResponseMinutes();
			case ServicePackage.SLA_POLICY__RESOLUTION_MINUTES:
				return getResolutionMinutes();
			case ServicePackage.SLA_POLICY__CALENDAR_ID:
				return getCalendarId();
			case ServicePackage.SLA_POLICY__WARN_AT_PERCENT:
				return getWarnAtPercent();
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
			case ServicePackage.SLA_POLICY__ID:
				setId((String)newValue);
				return;
			case ServicePackage.SLA_POLICY__TICKET_TYPE:
				setTicketType((String)newValue);
				return;
			case ServicePackage.SLA_POLICY__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case ServicePackage.SLA_POLICY__FIRST_RESPONSE_MINUTES:
				setFirstResponseMinutes((Integer)newValue);
				return;
			case ServicePackage.SLA_POLICY__RESOLUTION_MINUTES:
				setResolutionMinutes((Integer)newValue);
				return;
			case ServicePackage.SLA_POLICY__CALENDAR_ID:
				setCalendarId((String)newValue);
				return;
			case ServicePackage.SLA_POLICY__WARN_AT_PERCENT:
				setWarnAtPercent((Integer)newValue);
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
			case ServicePackage.SLA_POLICY__ID:
				setId(ID_EDEFAULT);
				return;
			case ServicePackage.SLA_POLICY__TICKET_TYPE:
				setTicketType(TICKET_TYPE_EDEFAULT);
				return;
			case ServicePackage.SLA_POLICY__PRIORITY:
				unsetPriority();
				return;
			case ServicePackage.SLA_POLICY__FIRST_RESPONSE_MINUTES:
				setFirstResponseMinutes(FIRST_RESPONSE_MINUTES_EDEFAULT);
				return;
			case ServicePackage.SLA_POLICY__RESOLUTION_MINUTES:
				setResolutionMinutes(RESOLUTION_MINUTES_EDEFAULT);
				return;
			case ServicePackage.SLA_POLICY__CALENDAR_ID:
				setCalendarId(CALENDAR_ID_EDEFAULT);
				return;
			case ServicePackage.SLA_POLICY__WARN_AT_PERCENT:
				setWarnAtPercent(WARN_AT_PERCENT_EDEFAULT);
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
			case ServicePackage.SLA_POLICY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ServicePackage.SLA_POLICY__TICKET_TYPE:
				return TICKET_TYPE_EDEFAULT == null ? ticketType != null : !TICKET_TYPE_EDEFAULT.equals(ticketType);
			case ServicePackage.SLA_POLICY__PRIORITY:
				return isSetPriority();
			case ServicePackage.SLA_POLICY__FIRST_RESPONSE_MINUTES:
				return firstResponseMinutes != FIRST_RESPONSE_MINUTES_EDEFAULT;
			case ServicePackage.SLA_POLICY__RESOLUTION_MINUTES:
				return resolutionMinutes != RESOLUTION_MINUTES_EDEFAULT;
			case ServicePackage.SLA_POLICY__CALENDAR_ID:
				return CALENDAR_ID_EDEFAULT == null ? calendarId != null : !CALENDAR_ID_EDEFAULT.equals(calendarId);
			case ServicePackage.SLA_POLICY__WARN_AT_PERCENT:
				return warnAtPercent != WARN_AT_PERCENT_EDEFAULT;
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
		result.append(", ticketType: ");
		result.append(ticketType);
		result.append(", priority: ");
		if (priorityESet) result.append(priority); else result.append("<unset>");
		result.append(", firstResponseMinutes: ");
		result.append(firstResponseMinutes);
		result.append(", resolutionMinutes: ");
		result.append(resolutionMinutes);
		result.append(", calendarId: ");
		result.append(calendarId);
		result.append(", warnAtPercent: ");
		result.append(warnAtPercent);
		result.append(')');
		return result.toString();
	}

} //SlaPolicyImpl
