/**
 */
package org.kefu.model.admin;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monitor Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 监控规则: raise an alert when an event happens often enough within a window.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.MonitorRule#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.MonitorRule#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.MonitorRule#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.admin.MonitorRule#getEvent <em>Event</em>}</li>
 *   <li>{@link org.kefu.model.admin.MonitorRule#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.kefu.model.admin.MonitorRule#getWindowMinutes <em>Window Minutes</em>}</li>
 *   <li>{@link org.kefu.model.admin.MonitorRule#isSameStaff <em>Same Staff</em>}</li>
 *   <li>{@link org.kefu.model.admin.MonitorRule#getLevel <em>Level</em>}</li>
 *   <li>{@link org.kefu.model.admin.MonitorRule#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.admin.AdminPackage#getMonitorRule()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface MonitorRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.admin.AdminPackage#getMonitorRule_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.MonitorRule#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.kefu.model.admin.AdminPackage#getMonitorRule_Name()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.MonitorRule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.admin.LogKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.admin.LogKind
	 * @see #setKind(LogKind)
	 * @see org.kefu.model.admin.AdminPackage#getMonitorRule_Kind()
	 * @model
	 * @generated
	 */
	LogKind getKind();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.MonitorRule#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.admin.LogKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LogKind value);

	/**
	 * Returns the value of the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event</em>' attribute.
	 * @see #setEvent(String)
	 * @see org.kefu.model.admin.AdminPackage#getMonitorRule_Event()
	 * @model
	 * @generated
	 */
	String getEvent();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.MonitorRule#getEvent <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event</em>' attribute.
	 * @see #getEvent()
	 * @generated
	 */
	void setEvent(String value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(int)
	 * @see org.kefu.model.admin.AdminPackage#getMonitorRule_Threshold()
	 * @model
	 * @generated
	 */
	int getThreshold();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.MonitorRule#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(int value);

	/**
	 * Returns the value of the '<em><b>Window Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window Minutes</em>' attribute.
	 * @see #setWindowMinutes(int)
	 * @see org.kefu.model.admin.AdminPackage#getMonitorRule_WindowMinutes()
	 * @model
	 * @generated
	 */
	int getWindowMinutes();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.MonitorRule#getWindowMinutes <em>Window Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Minutes</em>' attribute.
	 * @see #getWindowMinutes()
	 * @generated
	 */
	void setWindowMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Same Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Same Staff</em>' attribute.
	 * @see #setSameStaff(boolean)
	 * @see org.kefu.model.admin.AdminPackage#getMonitorRule_SameStaff()
	 * @model
	 * @generated
	 */
	boolean isSameStaff();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.MonitorRule#isSameStaff <em>Same Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Same Staff</em>' attribute.
	 * @see #isSameStaff()
	 * @generated
	 */
	void setSameStaff(boolean value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.admin.LogLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.kefu.model.admin.LogLevel
	 * @see #setLevel(LogLevel)
	 * @see org.kefu.model.admin.AdminPackage#getMonitorRule_Level()
	 * @model
	 * @generated
	 */
	LogLevel getLevel();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.MonitorRule#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.kefu.model.admin.LogLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(LogLevel value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.kefu.model.admin.AdminPackage#getMonitorRule_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.MonitorRule#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // MonitorRule
