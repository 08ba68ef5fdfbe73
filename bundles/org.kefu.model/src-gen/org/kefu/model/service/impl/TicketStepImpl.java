/**
 */
package org.kefu.model.service.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.TicketAction;
import org.kefu.model.service.TicketStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ticket Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getActorStaffNo <em>Actor Staff No</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getFromOrgUnitId <em>From Org Unit Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getToOrgUnitId <em>To Org Unit Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#isCustomerVisible <em>Customer Visible</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getToPartnerEnterpriseId <em>To Partner Enterprise Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getToStaffNo <em>To Staff No</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketStepImpl#getCustomerNote <em>Customer Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TicketStepImpl extends MinimalEObjectImpl.Container implements TicketStep {
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
	 * The default value of the '{@link #getActorStaffNo() <em>Actor Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActorStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTOR_STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActorStaffNo() <em>Actor Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActorStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String actorStaffNo = ACTOR_STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final TicketAction ACTION_EDEFAULT = TicketAction.CREATE;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected TicketAction action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromOrgUnitId() <em>From Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromOrgUnitId()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_ORG_UNIT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromOrgUnitId() <em>From Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromOrgUnitId()
	 * @generated
	 * @ordered
	 */
	protected String fromOrgUnitId = FROM_ORG_UNIT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getToOrgUnitId() <em>To Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToOrgUnitId()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_ORG_UNIT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToOrgUnitId() <em>To Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToOrgUnitId()
	 * @generated
	 * @ordered
	 */
	protected String toOrgUnitId = TO_ORG_UNIT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCustomerVisible() <em>Customer Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomerVisible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CUSTOMER_VISIBLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCustomerVisible() <em>Customer Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomerVisible()
	 * @generated
	 * @ordered
	 */
	protected boolean customerVisible = CUSTOMER_VISIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getToPartnerEnterpriseId() <em>To Partner Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToPartnerEnterpriseId()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_PARTNER_ENTERPRISE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToPartnerEnterpriseId() <em>To Partner Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToPartnerEnterpriseId()
	 * @generated
	 * @ordered
	 */
	protected String toPartnerEnterpriseId = TO_PARTNER_ENTERPRISE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getToStaffNo() <em>To Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToStaffNo() <em>To Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String toStaffNo = TO_STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerNote() <em>Customer Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerNote()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerNote() <em>Customer Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerNote()
	 * @generated
	 * @ordered
	 */
	protected String customerNote = CUSTOMER_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TicketStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServicePackage.Literals.TICKET_STEP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActorStaffNo() {
		return actorStaffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActorStaffNo(String newActorStaffNo) {
		String oldActorStaffNo = actorStaffNo;
		actorStaffNo = newActorStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__ACTOR_STAFF_NO, oldActorStaffNo, actorStaffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TicketAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(TicketAction newAction) {
		TicketAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFromOrgUnitId() {
		return fromOrgUnitId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromOrgUnitId(String newFromOrgUnitId) {
		String oldFromOrgUnitId = fromOrgUnitId;
		fromOrgUnitId = newFromOrgUnitId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__FROM_ORG_UNIT_ID, oldFromOrgUnitId, fromOrgUnitId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToOrgUnitId() {
		return toOrgUnitId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToOrgUnitId(String newToOrgUnitId) {
		String oldToOrgUnitId = toOrgUnitId;
		toOrgUnitId = newToOrgUnitId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__TO_ORG_UNIT_ID, oldToOrgUnitId, toOrgUnitId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCustomerVisible() {
		return customerVisible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerVisible(boolean newCustomerVisible) {
		boolean oldCustomerVisible = customerVisible;
		customerVisible = newCustomerVisible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__CUSTOMER_VISIBLE, oldCustomerVisible, customerVisible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToPartnerEnterpriseId() {
		return toPartnerEnterpriseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToPartnerEnterpriseId(String newToPartnerEnterpriseId) {
		String oldToPartnerEnterpriseId = toPartnerEnterpriseId;
		toPartnerEnterpriseId = newToPartnerEnterpriseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__TO_PARTNER_ENTERPRISE_ID, oldToPartnerEnterpriseId, toPartnerEnterpriseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToStaffNo() {
		return toStaffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToStaffNo(String newToStaffNo) {
		String oldToStaffNo = toStaffNo;
		toStaffNo = newToStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__TO_STAFF_NO, oldToStaffNo, toStaffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerNote() {
		return customerNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerNote(String newCustomerNote) {
		String oldCustomerNote = customerNote;
		customerNote = newCustomerNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET_STEP__CUSTOMER_NOTE, oldCustomerNote, customerNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServicePackage.TICKET_STEP__ID:
				return getId();
			case ServicePackage.TICKET_STEP__TIME:
				return getTime();
			case ServicePackage.TICKET_STEP__ACTOR_STAFF_NO:
				return getActorStaffNo();
			case ServicePackage.TICKET_STEP__ACTION:
				return getAction();
			case ServicePackage.TICKET_STEP__FROM_ORG_UNIT_ID:
				return getFromOrgUnitId();
			case ServicePackage.TICKET_STEP__TO_ORG_UNIT_ID:
				return getToOrgUnitId();
			case ServicePackage.TICKET_STEP__NOTE:
				return getNote();
			case ServicePackage.TICKET_STEP__CUSTOMER_VISIBLE:
				return isCustomerVisible();
			case ServicePackage.TICKET_STEP__TO_PARTNER_ENTERPRISE_ID:
				return getToPartnerEnterpriseId();
			case ServicePackage.TICKET_STEP__TO_STAFF_NO:
				return getToStaffNo();
			case ServicePackage.TICKET_STEP__CUSTOMER_NOTE:
				return getCustomerNote();
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
			case ServicePackage.TICKET_STEP__ID:
				setId((String)newValue);
				return;
			case ServicePackage.TICKET_STEP__TIME:
				setTime((Date)newValue);
				return;
			case ServicePackage.TICKET_STEP__ACTOR_STAFF_NO:
				setActorStaffNo((String)newValue);
				return;
			case ServicePackage.TICKET_STEP__ACTION:
				setAction((TicketAction)newValue);
				return;
			case ServicePackage.TICKET_STEP__FROM_ORG_UNIT_ID:
				setFromOrgUnitId((String)newValue);
				return;
			case ServicePackage.TICKET_STEP__TO_ORG_UNIT_ID:
				setToOrgUnitId((String)newValue);
				return;
			case ServicePackage.TICKET_STEP__NOTE:
				setNote((String)newValue);
				return;
			case ServicePackage.TICKET_STEP__CUSTOMER_VISIBLE:
				setCustomerVisible((Boolean)newValue);
				return;
			case ServicePackage.TICKET_STEP__TO_PARTNER_ENTERPRISE_ID:
				setToPartnerEnterpriseId((String)newValue);
				return;
			case ServicePackage.TICKET_STEP__TO_STAFF_NO:
				setToStaffNo((String)newValue);
				return;
			case ServicePackage.TICKET_STEP__CUSTOMER_NOTE:
				setCustomerNote((String)newValue);
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
			case ServicePackage.TICKET_STEP__ID:
				setId(ID_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__ACTOR_STAFF_NO:
				setActorStaffNo(ACTOR_STAFF_NO_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__FROM_ORG_UNIT_ID:
				setFromOrgUnitId(FROM_ORG_UNIT_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__TO_ORG_UNIT_ID:
				setToOrgUnitId(TO_ORG_UNIT_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__CUSTOMER_VISIBLE:
				setCustomerVisible(CUSTOMER_VISIBLE_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__TO_PARTNER_ENTERPRISE_ID:
				setToPartnerEnterpriseId(TO_PARTNER_ENTERPRISE_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__TO_STAFF_NO:
				setToStaffNo(TO_STAFF_NO_EDEFAULT);
				return;
			case ServicePackage.TICKET_STEP__CUSTOMER_NOTE:
				setCustomerNote(CUSTOMER_NOTE_EDEFAULT);
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
			case ServicePackage.TICKET_STEP__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ServicePackage.TICKET_STEP__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case ServicePackage.TICKET_STEP__ACTOR_STAFF_NO:
				return ACTOR_STAFF_NO_EDEFAULT == null ? actorStaffNo != null : !ACTOR_STAFF_NO_EDEFAULT.equals(actorStaffNo);
			case ServicePackage.TICKET_STEP__ACTION:
				return action != ACTION_EDEFAULT;
			case ServicePackage.TICKET_STEP__FROM_ORG_UNIT_ID:
				return FROM_ORG_UNIT_ID_EDEFAULT == null ? fromOrgUnitId != null : !FROM_ORG_UNIT_ID_EDEFAULT.equals(fromOrgUnitId);
			case ServicePackage.TICKET_STEP__TO_ORG_UNIT_ID:
				return TO_ORG_UNIT_ID_EDEFAULT == null ? toOrgUnitId != null : !TO_ORG_UNIT_ID_EDEFAULT.equals(toOrgUnitId);
			case ServicePackage.TICKET_STEP__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case ServicePackage.TICKET_STEP__CUSTOMER_VISIBLE:
				return customerVisible != CUSTOMER_VISIBLE_EDEFAULT;
			case ServicePackage.TICKET_STEP__TO_PARTNER_ENTERPRISE_ID:
				return TO_PARTNER_ENTERPRISE_ID_EDEFAULT == null ? toPartnerEnterpriseId != null : !TO_PARTNER_ENTERPRISE_ID_EDEFAULT.equals(toPartnerEnterpriseId);
			case ServicePackage.TICKET_STEP__TO_STAFF_NO:
				return TO_STAFF_NO_EDEFAULT == null ? toStaffNo != null : !TO_STAFF_NO_EDEFAULT.equals(toStaffNo);
			case ServicePackage.TICKET_STEP__CUSTOMER_NOTE:
				return CUSTOMER_NOTE_EDEFAULT == null ? customerNote != null : !CUSTOMER_NOTE_EDEFAULT.equals(customerNote);
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
		result.append(", time: ");
		result.append(time);
		result.append(", actorStaffNo: ");
		result.append(actorStaffNo);
		result.append(", action: ");
		result.append(action);
		result.append(", fromOrgUnitId: ");
		result.append(fromOrgUnitId);
		result.append(", toOrgUnitId: ");
		result.append(toOrgUnitId);
		result.append(", note: ");
		result.append(note);
		result.append(", customerVisible: ");
		result.append(customerVisible);
		result.append(", toPartnerEnterpriseId: ");
		result.append(toPartnerEnterpriseId);
		result.append(", toStaffNo: ");
		result.append(toStaffNo);
		result.append(", customerNote: ");
		result.append(customerNote);
		result.append(')');
		return result.toString();
	}

} //TicketStepImpl
