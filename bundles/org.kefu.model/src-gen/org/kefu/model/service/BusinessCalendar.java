/**
 */
package org.kefu.model.service;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 营业日历: the hours SLA clocks run in: open and close time on working weekdays, public holidays, and exception days (调休) that are worked although they fall on a weekend. Dates are ISO yyyy-MM-dd in the calendar's zone.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.BusinessCalendar#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.BusinessCalendar#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.service.BusinessCalendar#getZone <em>Zone</em>}</li>
 *   <li>{@link org.kefu.model.service.BusinessCalendar#getOpens <em>Opens</em>}</li>
 *   <li>{@link org.kefu.model.service.BusinessCalendar#getCloses <em>Closes</em>}</li>
 *   <li>{@link org.kefu.model.service.BusinessCalendar#getWeekdays <em>Weekdays</em>}</li>
 *   <li>{@link org.kefu.model.service.BusinessCalendar#getHolidays <em>Holidays</em>}</li>
 *   <li>{@link org.kefu.model.service.BusinessCalendar#getWorkdays <em>Workdays</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.service.ServicePackage#getBusinessCalendar()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface BusinessCalendar extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.service.ServicePackage#getBusinessCalendar_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.BusinessCalendar#getId <em>Id</em>}' attribute.
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
	 * @see org.kefu.model.service.ServicePackage#getBusinessCalendar_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.BusinessCalendar#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' attribute.
	 * The default value is <code>"Asia/Shanghai"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zone</em>' attribute.
	 * @see #setZone(String)
	 * @see org.kefu.model.service.ServicePackage#getBusinessCalendar_Zone()
	 * @model default="Asia/Shanghai"
	 * @generated
	 */
	String getZone();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.BusinessCalendar#getZone <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' attribute.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(String value);

	/**
	 * Returns the value of the '<em><b>Opens</b></em>' attribute.
	 * The default value is <code>"08:30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HH:mm
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opens</em>' attribute.
	 * @see #setOpens(String)
	 * @see org.kefu.model.service.ServicePackage#getBusinessCalendar_Opens()
	 * @model default="08:30"
	 * @generated
	 */
	String getOpens();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.BusinessCalendar#getOpens <em>Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opens</em>' attribute.
	 * @see #getOpens()
	 * @generated
	 */
	void setOpens(String value);

	/**
	 * Returns the value of the '<em><b>Closes</b></em>' attribute.
	 * The default value is <code>"17:30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HH:mm
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closes</em>' attribute.
	 * @see #setCloses(String)
	 * @see org.kefu.model.service.ServicePackage#getBusinessCalendar_Closes()
	 * @model default="17:30"
	 * @generated
	 */
	String getCloses();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.BusinessCalendar#getCloses <em>Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closes</em>' attribute.
	 * @see #getCloses()
	 * @generated
	 */
	void setCloses(String value);

	/**
	 * Returns the value of the '<em><b>Weekdays</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO days of week that are working days (1 = Monday).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weekdays</em>' attribute list.
	 * @see org.kefu.model.service.ServicePackage#getBusinessCalendar_Weekdays()
	 * @model
	 * @generated
	 */
	EList<Integer> getWeekdays();

	/**
	 * Returns the value of the '<em><b>Holidays</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Holidays</em>' attribute list.
	 * @see org.kefu.model.service.ServicePackage#getBusinessCalendar_Holidays()
	 * @model
	 * @generated
	 */
	EList<String> getHolidays();

	/**
	 * Returns the value of the '<em><b>Workdays</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exception days worked although they are a weekend or holiday (调休).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workdays</em>' attribute list.
	 * @see org.kefu.model.service.ServicePackage#getBusinessCalendar_Workdays()
	 * @model
	 * @generated
	 */
	EList<String> getWorkdays();

} // BusinessCalendar
