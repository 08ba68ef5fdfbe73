/**
 */
package org.kefu.model.desk;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shift Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 调班, 请假, 加班
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.ShiftRequest#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.ShiftRequest#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.ShiftRequest#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.desk.ShiftRequest#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kefu.model.desk.ShiftRequest#getFromDate <em>From Date</em>}</li>
 *   <li>{@link org.kefu.model.desk.ShiftRequest#getToDate <em>To Date</em>}</li>
 *   <li>{@link org.kefu.model.desk.ShiftRequest#getCounterpartStaffNo <em>Counterpart Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.ShiftRequest#getReason <em>Reason</em>}</li>
 *   <li>{@link org.kefu.model.desk.ShiftRequest#getDecidedBy <em>Decided By</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.desk.DeskPackage#getShiftRequest()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface ShiftRequest extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.desk.DeskPackage#getShiftRequest_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ShiftRequest#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff No</em>' attribute.
	 * @see #setStaffNo(String)
	 * @see org.kefu.model.desk.DeskPackage#getShiftRequest_StaffNo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ShiftRequest#getStaffNo <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff No</em>' attribute.
	 * @see #getStaffNo()
	 * @generated
	 */
	void setStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.desk.RequestKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.desk.RequestKind
	 * @see #setKind(RequestKind)
	 * @see org.kefu.model.desk.DeskPackage#getShiftRequest_Kind()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	RequestKind getKind();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ShiftRequest#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.desk.RequestKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RequestKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.desk.RequestStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.desk.RequestStatus
	 * @see #setStatus(RequestStatus)
	 * @see org.kefu.model.desk.DeskPackage#getShiftRequest_Status()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	RequestStatus getStatus();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ShiftRequest#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.desk.RequestStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RequestStatus value);

	/**
	 * Returns the value of the '<em><b>From Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Date</em>' attribute.
	 * @see #setFromDate(Date)
	 * @see org.kefu.model.desk.DeskPackage#getShiftRequest_FromDate()
	 * @model
	 * @generated
	 */
	Date getFromDate();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ShiftRequest#getFromDate <em>From Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Date</em>' attribute.
	 * @see #getFromDate()
	 * @generated
	 */
	void setFromDate(Date value);

	/**
	 * Returns the value of the '<em><b>To Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Date</em>' attribute.
	 * @see #setToDate(Date)
	 * @see org.kefu.model.desk.DeskPackage#getShiftRequest_ToDate()
	 * @model
	 * @generated
	 */
	Date getToDate();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ShiftRequest#getToDate <em>To Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Date</em>' attribute.
	 * @see #getToDate()
	 * @generated
	 */
	void setToDate(Date value);

	/**
	 * Returns the value of the '<em><b>Counterpart Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counterpart Staff No</em>' attribute.
	 * @see #setCounterpartStaffNo(String)
	 * @see org.kefu.model.desk.DeskPackage#getShiftRequest_CounterpartStaffNo()
	 * @model
	 * @generated
	 */
	String getCounterpartStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ShiftRequest#getCounterpartStaffNo <em>Counterpart Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counterpart Staff No</em>' attribute.
	 * @see #getCounterpartStaffNo()
	 * @generated
	 */
	void setCounterpartStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.kefu.model.desk.DeskPackage#getShiftRequest_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ShiftRequest#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' attribute.
	 * @see #setDecidedBy(String)
	 * @see org.kefu.model.desk.DeskPackage#getShiftRequest_DecidedBy()
	 * @model
	 * @generated
	 */
	String getDecidedBy();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ShiftRequest#getDecidedBy <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' attribute.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(String value);

} // ShiftRequest
