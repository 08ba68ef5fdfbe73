/**
 */
package org.kefu.model.desk;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shift</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 排班
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.Shift#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.Shift#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.Shift#getDate <em>Date</em>}</li>
 *   <li>{@link org.kefu.model.desk.Shift#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.desk.Shift#getStart <em>Start</em>}</li>
 *   <li>{@link org.kefu.model.desk.Shift#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.desk.DeskPackage#getShift()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Shift extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.desk.DeskPackage#getShift_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Shift#getId <em>Id</em>}' attribute.
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
	 * @see org.kefu.model.desk.DeskPackage#getShift_StaffNo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Shift#getStaffNo <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff No</em>' attribute.
	 * @see #getStaffNo()
	 * @generated
	 */
	void setStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.kefu.model.desk.DeskPackage#getShift_Date()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Shift#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.desk.ShiftKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.desk.ShiftKind
	 * @see #setKind(ShiftKind)
	 * @see org.kefu.model.desk.DeskPackage#getShift_Kind()
	 * @model
	 * @generated
	 */
	ShiftKind getKind();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Shift#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.desk.ShiftKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ShiftKind value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(String)
	 * @see org.kefu.model.desk.DeskPackage#getShift_Start()
	 * @model
	 * @generated
	 */
	String getStart();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Shift#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(String value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(String)
	 * @see org.kefu.model.desk.DeskPackage#getShift_End()
	 * @model
	 * @generated
	 */
	String getEnd();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Shift#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(String value);

} // Shift
