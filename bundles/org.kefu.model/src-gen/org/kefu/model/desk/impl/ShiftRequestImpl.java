/**
 */
package org.kefu.model.desk.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.desk.DeskPackage;
import org.kefu.model.desk.RequestKind;
import org.kefu.model.desk.RequestStatus;
import org.kefu.model.desk.ShiftRequest;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shift Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.impl.ShiftRequestImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.ShiftRequestImpl#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.ShiftRequestImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.ShiftRequestImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.ShiftRequestImpl#getFromDate <em>From Date</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.ShiftRequestImpl#getToDate <em>To Date</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.ShiftRequestImpl#getCounterpartStaffNo <em>Counterpart Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.ShiftRequestImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.ShiftRequestImpl#getDecidedBy <em>Decided By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShiftRequestImpl extends MinimalEObjectImpl.Container implements ShiftRequest {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RequestKind KIND_EDEFAULT = RequestKind.SWAP;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RequestKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RequestStatus STATUS_EDEFAULT = RequestStatus.PENDING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RequestStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromDate() <em>From Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date FROM_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromDate() <em>From Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromDate()
	 * @generated
	 * @ordered
	 */
	protected Date fromDate = FROM_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getToDate() <em>To Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date TO_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToDate() <em>To Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToDate()
	 * @generated
	 * @ordered
	 */
	protected Date toDate = TO_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCounterpartStaffNo() <em>Counterpart Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterpartStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTERPART_STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCounterpartStaffNo() <em>Counterpart Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterpartStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String counterpartStaffNo = COUNTERPART_STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String DECIDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected String decidedBy = DECIDED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShiftRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeskPackage.Literals.SHIFT_REQUEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.SHIFT_REQUEST__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.SHIFT_REQUEST__STAFF_NO, oldStaffNo, staffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequestKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RequestKind newKind) {
		RequestKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.SHIFT_REQUEST__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequestStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RequestStatus newStatus) {
		RequestStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.SHIFT_REQUEST__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFromDate() {
		return fromDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromDate(Date newFromDate) {
		Date oldFromDate = fromDate;
		fromDate = newFromDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.SHIFT_REQUEST__FROM_DATE, oldFromDate, fromDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getToDate() {
		return toDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToDate(Date newToDate) {
		Date oldToDate = toDate;
		toDate = newToDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.SHIFT_REQUEST__TO_DATE, oldToDate, toDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCounterpartStaffNo() {
		return counterpartStaffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounterpartStaffNo(String newCounterpartStaffNo) {
		String oldCounterpartStaffNo = counterpartStaffNo;
		counterpartStaffNo = newCounterpartStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.SHIFT_REQUEST__COUNTERPART_STAFF_NO, oldCounterpartStaffNo, counterpartStaffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.SHIFT_REQUEST__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecidedBy() {
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedBy(String newDecidedBy) {
		String oldDecidedBy = decidedBy;
		decidedBy = newDecidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.SHIFT_REQUEST__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeskPackage.SHIFT_REQUEST__ID:
				return getId();
			case DeskPackage.SHIFT_REQUEST__STAFF_NO:
				return getStaffNo();
			case DeskPackage.SHIFT_REQUEST__KIND:
				return getKind();
			case DeskPackage.SHIFT_REQUEST__STATUS:
				return getStatus();
			case DeskPackage.SHIFT_REQUEST__FROM_DATE:
				return getFromDate();
			case DeskPackage.SHIFT_REQUEST__TO_DATE:
				return getToDate();
			case DeskPackage.SHIFT_REQUEST__COUNTERPART_STAFF_NO:
				return getCounterpartStaffNo();
			case DeskPackage.SHIFT_REQUEST__REASON:
				return getReason();
			case DeskPackage.SHIFT_REQUEST__DECIDED_BY:
				return getDecidedBy();
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
			case DeskPackage.SHIFT_REQUEST__ID:
				setId((String)newValue);
				return;
			case DeskPackage.SHIFT_REQUEST__STAFF_NO:
				setStaffNo((String)newValue);
				return;
			case DeskPackage.SHIFT_REQUEST__KIND:
				setKind((RequestKind)newValue);
				return;
			case DeskPackage.SHIFT_REQUEST__STATUS:
				setStatus((RequestStatus)newValue);
				return;
			case DeskPackage.SHIFT_REQUEST__FROM_DATE:
				setFromDate((Date)newValue);
				return;
			case DeskPackage.SHIFT_REQUEST__TO_DATE:
				setToDate((Date)newValue);
				return;
			case DeskPackage.SHIFT_REQUEST__COUNTERPART_STAFF_NO:
				setCounterpartStaffNo((String)newValue);
				return;
			case DeskPackage.SHIFT_REQUEST__REASON:
				setReason((String)newValue);
				return;
			case DeskPackage.SHIFT_REQUEST__DECIDED_BY:
				setDecidedBy((String)newValue);
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
			case DeskPackage.SHIFT_REQUEST__ID:
				setId(ID_EDEFAULT);
				return;
			case DeskPackage.SHIFT_REQUEST__STAFF_NO:
				setStaffNo(STAFF_NO_EDEFAULT);
				return;
			case DeskPackage.SHIFT_REQUEST__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DeskPackage.SHIFT_REQUEST__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case DeskPackage.SHIFT_REQUEST__FROM_DATE:
				setFromDate(FROM_DATE_EDEFAULT);
				return;
			case DeskPackage.SHIFT_REQUEST__TO_DATE:
				setToDate(TO_DATE_EDEFAULT);
				return;
			case DeskPackage.SHIFT_REQUEST__COUNTERPART_STAFF_NO:
				setCounterpartStaffNo(COUNTERPART_STAFF_NO_EDEFAULT);
				return;
			case DeskPackage.SHIFT_REQUEST__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case DeskPackage.SHIFT_REQUEST__DECIDED_BY:
				setDecidedBy(DECIDED_BY_EDEFAULT);
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
			case DeskPackage.SHIFT_REQUEST__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DeskPackage.SHIFT_REQUEST__STAFF_NO:
				return STAFF_NO_EDEFAULT == null ? staffNo != null : !STAFF_NO_EDEFAULT.equals(staffNo);
			case DeskPackage.SHIFT_REQUEST__KIND:
				return kind != KIND_EDEFAULT;
			case DeskPackage.SHIFT_REQUEST__STATUS:
				return status != STATUS_EDEFAULT;
			case DeskPackage.SHIFT_REQUEST__FROM_DATE:
				return FROM_DATE_EDEFAULT == null ? fromDate != null : !FROM_DATE_EDEFAULT.equals(fromDate);
			case DeskPackage.SHIFT_REQUEST__TO_DATE:
				return TO_DATE_EDEFAULT == null ? toDate != null : !TO_DATE_EDEFAULT.equals(toDate);
			case DeskPackage.SHIFT_REQUEST__COUNTERPART_STAFF_NO:
				return COUNTERPART_STAFF_NO_EDEFAULT == null ? counterpartStaffNo != null : !COUNTERPART_STAFF_NO_EDEFAULT.equals(counterpartStaffNo);
			case DeskPackage.SHIFT_REQUEST__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case DeskPackage.SHIFT_REQUEST__DECIDED_BY:
				return DECIDED_BY_EDEFAULT == null ? decidedBy != null : !DECIDED_BY_EDEFAULT.equals(decidedBy);
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
		result.append(", staffNo: ");
		result.append(staffNo);
		result.append(", kind: ");
		result.append(kind);
		result.append(", status: ");
		result.append(status);
		result.append(", fromDate: ");
		result.append(fromDate);
		result.append(", toDate: ");
		result.append(toDate);
		result.append(", counterpartStaffNo: ");
		result.append(counterpartStaffNo);
		result.append(", reason: ");
		result.append(reason);
		result.append(", decidedBy: ");
		result.append(decidedBy);
		result.append(')');
		return result.toString();
	}

} //ShiftRequestImpl
