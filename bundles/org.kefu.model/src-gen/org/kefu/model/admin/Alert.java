/**
 */
package org.kefu.model.admin;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Alert</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 告警: raised by a monitoring rule.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.Alert#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.Alert#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.Alert#getTime <em>Time</em>}</li>
 *   <li>{@link org.kefu.model.admin.Alert#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.admin.Alert#getMessage <em>Message</em>}</li>
 *   <li>{@link org.kefu.model.admin.Alert#isAcknowledged <em>Acknowledged</em>}</li>
 *   <li>{@link org.kefu.model.admin.Alert#getAcknowledgedBy <em>Acknowledged By</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.admin.AdminPackage#getAlert()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Alert extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.admin.AdminPackage#getAlert_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Alert#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.kefu.model.admin.AdminPackage#getAlert_RuleId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Alert#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.kefu.model.admin.AdminPackage#getAlert_Time()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Alert#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

	/**
	 * Returns the value of the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff No</em>' attribute.
	 * @see #setStaffNo(String)
	 * @see org.kefu.model.admin.AdminPackage#getAlert_StaffNo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Alert#getStaffNo <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff No</em>' attribute.
	 * @see #getStaffNo()
	 * @generated
	 */
	void setStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.kefu.model.admin.AdminPackage#getAlert_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Alert#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Acknowledged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledged</em>' attribute.
	 * @see #setAcknowledged(boolean)
	 * @see org.kefu.model.admin.AdminPackage#getAlert_Acknowledged()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	boolean isAcknowledged();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Alert#isAcknowledged <em>Acknowledged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged</em>' attribute.
	 * @see #isAcknowledged()
	 * @generated
	 */
	void setAcknowledged(boolean value);

	/**
	 * Returns the value of the '<em><b>Acknowledged By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledged By</em>' attribute.
	 * @see #setAcknowledgedBy(String)
	 * @see org.kefu.model.admin.AdminPackage#getAlert_AcknowledgedBy()
	 * @model
	 * @generated
	 */
	String getAcknowledgedBy();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Alert#getAcknowledgedBy <em>Acknowledged By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged By</em>' attribute.
	 * @see #getAcknowledgedBy()
	 * @generated
	 */
	void setAcknowledgedBy(String value);

} // Alert
