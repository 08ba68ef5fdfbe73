/**
 */
package org.kefu.model.admin;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Log Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 日志: one application, security, system or administration event.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.LogEntry#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.LogEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.admin.LogEntry#getLevel <em>Level</em>}</li>
 *   <li>{@link org.kefu.model.admin.LogEntry#getTime <em>Time</em>}</li>
 *   <li>{@link org.kefu.model.admin.LogEntry#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.admin.LogEntry#getSource <em>Source</em>}</li>
 *   <li>{@link org.kefu.model.admin.LogEntry#getEvent <em>Event</em>}</li>
 *   <li>{@link org.kefu.model.admin.LogEntry#getMessage <em>Message</em>}</li>
 *   <li>{@link org.kefu.model.admin.LogEntry#getDetails <em>Details</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.admin.AdminPackage#getLogEntry()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface LogEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.admin.AdminPackage#getLogEntry_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.LogEntry#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.admin.LogKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.admin.LogKind
	 * @see #setKind(LogKind)
	 * @see org.kefu.model.admin.AdminPackage#getLogEntry_Kind()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	LogKind getKind();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.LogEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.admin.LogKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LogKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.admin.LogLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.kefu.model.admin.LogLevel
	 * @see #setLevel(LogLevel)
	 * @see org.kefu.model.admin.AdminPackage#getLogEntry_Level()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	LogLevel getLevel();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.LogEntry#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.kefu.model.admin.LogLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(LogLevel value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.kefu.model.admin.AdminPackage#getLogEntry_Time()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.LogEntry#getTime <em>Time</em>}' attribute.
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
	 * @see org.kefu.model.admin.AdminPackage#getLogEntry_StaffNo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.LogEntry#getStaffNo <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff No</em>' attribute.
	 * @see #getStaffNo()
	 * @generated
	 */
	void setStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.kefu.model.admin.AdminPackage#getLogEntry_Source()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.LogEntry#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event</em>' attribute.
	 * @see #setEvent(String)
	 * @see org.kefu.model.admin.AdminPackage#getLogEntry_Event()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getEvent();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.LogEntry#getEvent <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event</em>' attribute.
	 * @see #getEvent()
	 * @generated
	 */
	void setEvent(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.kefu.model.admin.AdminPackage#getLogEntry_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.LogEntry#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Details</em>' attribute.
	 * @see #setDetails(String)
	 * @see org.kefu.model.admin.AdminPackage#getLogEntry_Details()
	 * @model
	 * @generated
	 */
	String getDetails();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.LogEntry#getDetails <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Details</em>' attribute.
	 * @see #getDetails()
	 * @generated
	 */
	void setDetails(String value);

} // LogEntry
