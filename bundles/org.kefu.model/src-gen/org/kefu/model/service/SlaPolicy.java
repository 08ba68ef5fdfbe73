/**
 */
package org.kefu.model.service;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sla Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 服务时限: first-response and resolution targets of a ticket type and priority, counted in business minutes of a calendar.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.SlaPolicy#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.SlaPolicy#getTicketType <em>Ticket Type</em>}</li>
 *   <li>{@link org.kefu.model.service.SlaPolicy#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.kefu.model.service.SlaPolicy#getFirstResponseMinutes <em>First Response Minutes</em>}</li>
 *   <li>{@link org.kefu.model.service.SlaPolicy#getResolutionMinutes <em>Resolution Minutes</em>}</li>
 *   <li>{@link org.kefu.model.service.SlaPolicy#getCalendarId <em>Calendar Id</em>}</li>
 *   <li>{@link org.kefu.model.service.SlaPolicy#getWarnAtPercent <em>Warn At Percent</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.service.ServicePackage#getSlaPolicy()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface SlaPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.service.ServicePackage#getSlaPolicy_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.SlaPolicy#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Ticket Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ticket Type</em>' attribute.
	 * @see #setTicketType(String)
	 * @see org.kefu.model.service.ServicePackage#getSlaPolicy_TicketType()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getTicketType();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.SlaPolicy#getTicketType <em>Ticket Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ticket Type</em>' attribute.
	 * @see #getTicketType()
	 * @generated
	 */
	void setTicketType(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.service.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unset: the policy of the type for every priority without one of its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.kefu.model.service.Priority
	 * @see #isSetPriority()
	 * @see #unsetPriority()
	 * @see #setPriority(Priority)
	 * @see org.kefu.model.service.ServicePackage#getSlaPolicy_Priority()
	 * @model unsettable="true"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.SlaPolicy#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.kefu.model.service.Priority
	 * @see #isSetPriority()
	 * @see #unsetPriority()
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Unsets the value of the '{@link org.kefu.model.service.SlaPolicy#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPriority()
	 * @see #getPriority()
	 * @see #setPriority(Priority)
	 * @generated
	 */
	void unsetPriority();

	/**
	 * Returns whether the value of the '{@link org.kefu.model.service.SlaPolicy#getPriority <em>Priority</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Priority</em>' attribute is set.
	 * @see #unsetPriority()
	 * @see #getPriority()
	 * @see #setPriority(Priority)
	 * @generated
	 */
	boolean isSetPriority();

	/**
	 * Returns the value of the '<em><b>First Response Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Response Minutes</em>' attribute.
	 * @see #setFirstResponseMinutes(int)
	 * @see org.kefu.model.service.ServicePackage#getSlaPolicy_FirstResponseMinutes()
	 * @model
	 * @generated
	 */
	int getFirstResponseMinutes();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.SlaPolicy#getFirstResponseMinutes <em>First Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Response Minutes</em>' attribute.
	 * @see #getFirstResponseMinutes()
	 * @generated
	 */
	void setFirstResponseMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Resolution Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution Minutes</em>' attribute.
	 * @see #setResolutionMinutes(int)
	 * @see org.kefu.model.service.ServicePackage#getSlaPolicy_ResolutionMinutes()
	 * @model
	 * @generated
	 */
	int getResolutionMinutes();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.SlaPolicy#getResolutionMinutes <em>Resolution Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution Minutes</em>' attribute.
	 * @see #getResolutionMinutes()
	 * @generated
	 */
	void setResolutionMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Calendar Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calendar Id</em>' attribute.
	 * @see #setCalendarId(String)
	 * @see org.kefu.model.service.ServicePackage#getSlaPolicy_CalendarId()
	 * @model
	 * @generated
	 */
	String getCalendarId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.SlaPolicy#getCalendarId <em>Calendar Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar Id</em>' attribute.
	 * @see #getCalendarId()
	 * @generated
	 */
	void setCalendarId(String value);

	/**
	 * Returns the value of the '<em><b>Warn At Percent</b></em>' attribute.
	 * The default value is <code>"80"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A ticket is about to breach once this share of a target has passed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warn At Percent</em>' attribute.
	 * @see #setWarnAtPercent(int)
	 * @see org.kefu.model.service.ServicePackage#getSlaPolicy_WarnAtPercent()
	 * @model default="80"
	 * @generated
	 */
	int getWarnAtPercent();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.SlaPolicy#getWarnAtPercent <em>Warn At Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warn At Percent</em>' attribute.
	 * @see #getWarnAtPercent()
	 * @generated
	 */
	void setWarnAtPercent(int value);

} // SlaPolicy
