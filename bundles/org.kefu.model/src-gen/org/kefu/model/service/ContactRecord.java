/**
 */
package org.kefu.model.service;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 受理记录: one contact with a customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.ContactRecord#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getAgentStaffNo <em>Agent Staff No</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getCategory <em>Category</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getContent <em>Content</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getHandling <em>Handling</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getResult <em>Result</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.kefu.model.service.ContactRecord#getCallId <em>Call Id</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.service.ServicePackage#getContactRecord()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface ContactRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Id</em>' attribute.
	 * @see #setCustomerId(String)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_CustomerId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCustomerId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getCustomerId <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Id</em>' attribute.
	 * @see #getCustomerId()
	 * @generated
	 */
	void setCustomerId(String value);

	/**
	 * Returns the value of the '<em><b>Agent Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agent Staff No</em>' attribute.
	 * @see #setAgentStaffNo(String)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_AgentStaffNo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getAgentStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getAgentStaffNo <em>Agent Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Staff No</em>' attribute.
	 * @see #getAgentStaffNo()
	 * @generated
	 */
	void setAgentStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.service.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.kefu.model.service.Channel
	 * @see #setChannel(Channel)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_Channel()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.kefu.model.service.Channel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.service.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.kefu.model.service.Direction
	 * @see #setDirection(Direction)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_Direction()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.kefu.model.service.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_Category()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

	/**
	 * Returns the value of the '<em><b>Handling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handling</em>' attribute.
	 * @see #setHandling(String)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_Handling()
	 * @model
	 * @generated
	 */
	String getHandling();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getHandling <em>Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handling</em>' attribute.
	 * @see #getHandling()
	 * @generated
	 */
	void setHandling(String value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see #setResult(String)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_Result()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getResult();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(String value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Date)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_StartTime()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getStartTime();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(Date value);

	/**
	 * Returns the value of the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Seconds</em>' attribute.
	 * @see #setDurationSeconds(int)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_DurationSeconds()
	 * @model
	 * @generated
	 */
	int getDurationSeconds();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getDurationSeconds <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Seconds</em>' attribute.
	 * @see #getDurationSeconds()
	 * @generated
	 */
	void setDurationSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Call Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call Id</em>' attribute.
	 * @see #setCallId(String)
	 * @see org.kefu.model.service.ServicePackage#getContactRecord_CallId()
	 * @model
	 * @generated
	 */
	String getCallId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.ContactRecord#getCallId <em>Call Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Id</em>' attribute.
	 * @see #getCallId()
	 * @generated
	 */
	void setCallId(String value);

} // ContactRecord
