/**
 */
package org.kefu.model.service;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ticket Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 工单步骤: one action on a ticket; customerVisible steps are shown on the status page.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.TicketStep#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#getTime <em>Time</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#getActorStaffNo <em>Actor Staff No</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#getAction <em>Action</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#getFromOrgUnitId <em>From Org Unit Id</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#getToOrgUnitId <em>To Org Unit Id</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#getNote <em>Note</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#isCustomerVisible <em>Customer Visible</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#getToPartnerEnterpriseId <em>To Partner Enterprise Id</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#getToStaffNo <em>To Staff No</em>}</li>
 *   <li>{@link org.kefu.model.service.TicketStep#getCustomerNote <em>Customer Note</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.service.ServicePackage#getTicketStep()
 * @model
 * @generated
 */
public interface TicketStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_Time()
	 * @model
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

	/**
	 * Returns the value of the '<em><b>Actor Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor Staff No</em>' attribute.
	 * @see #setActorStaffNo(String)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_ActorStaffNo()
	 * @model
	 * @generated
	 */
	String getActorStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getActorStaffNo <em>Actor Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor Staff No</em>' attribute.
	 * @see #getActorStaffNo()
	 * @generated
	 */
	void setActorStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.service.TicketAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.kefu.model.service.TicketAction
	 * @see #setAction(TicketAction)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_Action()
	 * @model
	 * @generated
	 */
	TicketAction getAction();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.kefu.model.service.TicketAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(TicketAction value);

	/**
	 * Returns the value of the '<em><b>From Org Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Org Unit Id</em>' attribute.
	 * @see #setFromOrgUnitId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_FromOrgUnitId()
	 * @model
	 * @generated
	 */
	String getFromOrgUnitId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getFromOrgUnitId <em>From Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Org Unit Id</em>' attribute.
	 * @see #getFromOrgUnitId()
	 * @generated
	 */
	void setFromOrgUnitId(String value);

	/**
	 * Returns the value of the '<em><b>To Org Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Org Unit Id</em>' attribute.
	 * @see #setToOrgUnitId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_ToOrgUnitId()
	 * @model
	 * @generated
	 */
	String getToOrgUnitId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getToOrgUnitId <em>To Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Org Unit Id</em>' attribute.
	 * @see #getToOrgUnitId()
	 * @generated
	 */
	void setToOrgUnitId(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Customer Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Visible</em>' attribute.
	 * @see #setCustomerVisible(boolean)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_CustomerVisible()
	 * @model
	 * @generated
	 */
	boolean isCustomerVisible();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#isCustomerVisible <em>Customer Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Visible</em>' attribute.
	 * @see #isCustomerVisible()
	 * @generated
	 */
	void setCustomerVisible(boolean value);

	/**
	 * Returns the value of the '<em><b>To Partner Enterprise Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Partner Enterprise Id</em>' attribute.
	 * @see #setToPartnerEnterpriseId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_ToPartnerEnterpriseId()
	 * @model
	 * @generated
	 */
	String getToPartnerEnterpriseId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getToPartnerEnterpriseId <em>To Partner Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Partner Enterprise Id</em>' attribute.
	 * @see #getToPartnerEnterpriseId()
	 * @generated
	 */
	void setToPartnerEnterpriseId(String value);

	/**
	 * Returns the value of the '<em><b>To Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Staff No</em>' attribute.
	 * @see #setToStaffNo(String)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_ToStaffNo()
	 * @model
	 * @generated
	 */
	String getToStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getToStaffNo <em>To Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Staff No</em>' attribute.
	 * @see #getToStaffNo()
	 * @generated
	 */
	void setToStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Customer Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer reads about this step on the status page; the note is internal and never shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Note</em>' attribute.
	 * @see #setCustomerNote(String)
	 * @see org.kefu.model.service.ServicePackage#getTicketStep_CustomerNote()
	 * @model
	 * @generated
	 */
	String getCustomerNote();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.TicketStep#getCustomerNote <em>Customer Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Note</em>' attribute.
	 * @see #getCustomerNote()
	 * @generated
	 */
	void setCustomerNote(String value);

} // TicketStep
