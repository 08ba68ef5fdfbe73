/**
 */
package org.kefu.model.service;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ticket</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 工单: work that crosses departments or partners, with its full history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.Ticket#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getNumber <em>Number</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getType <em>Type</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getTitle <em>Title</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getDescription <em>Description</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getContactRecordId <em>Contact Record Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getOrgUnitId <em>Org Unit Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getPartnerEnterpriseId <em>Partner Enterprise Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#isCollaboration <em>Collaboration</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getAssigneeStaffNo <em>Assignee Staff No</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getParentId <em>Parent Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getFirstResponseDue <em>First Response Due</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getResolutionDue <em>Resolution Due</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getVerificationCode <em>Verification Code</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getFirstRespondedAt <em>First Responded At</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getResolvedAt <em>Resolved At</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getSlaPolicyId <em>Sla Policy Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getEscalationLevel <em>Escalation Level</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getMergedIntoId <em>Merged Into Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Ticket#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.service.ServicePackage#getTicket()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Ticket extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_Number()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_Type()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Id</em>' attribute.
	 * @see #setCustomerId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_CustomerId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCustomerId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getCustomerId <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Id</em>' attribute.
	 * @see #getCustomerId()
	 * @generated
	 */
	void setCustomerId(String value);

	/**
	 * Returns the value of the '<em><b>Contact Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact Record Id</em>' attribute.
	 * @see #setContactRecordId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_ContactRecordId()
	 * @model
	 * @generated
	 */
	String getContactRecordId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getContactRecordId <em>Contact Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Record Id</em>' attribute.
	 * @see #getContactRecordId()
	 * @generated
	 */
	void setContactRecordId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.service.TicketStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.service.TicketStatus
	 * @see #setStatus(TicketStatus)
	 * @see org.kefu.model.service.ServicePackage#getTicket_Status()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	TicketStatus getStatus();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.service.TicketStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TicketStatus value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.service.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.kefu.model.service.Priority
	 * @see #setPriority(Priority)
	 * @see org.kefu.model.service.ServicePackage#getTicket_Priority()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.kefu.model.service.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Org Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Org Unit Id</em>' attribute.
	 * @see #setOrgUnitId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_OrgUnitId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getOrgUnitId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getOrgUnitId <em>Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Org Unit Id</em>' attribute.
	 * @see #getOrgUnitId()
	 * @generated
	 */
	void setOrgUnitId(String value);

	/**
	 * Returns the value of the '<em><b>Partner Enterprise Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner Enterprise Id</em>' attribute.
	 * @see #setPartnerEnterpriseId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_PartnerEnterpriseId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getPartnerEnterpriseId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getPartnerEnterpriseId <em>Partner Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Enterprise Id</em>' attribute.
	 * @see #getPartnerEnterpriseId()
	 * @generated
	 */
	void setPartnerEnterpriseId(String value);

	/**
	 * Returns the value of the '<em><b>Collaboration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collaboration</em>' attribute.
	 * @see #setCollaboration(boolean)
	 * @see org.kefu.model.service.ServicePackage#getTicket_Collaboration()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	boolean isCollaboration();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#isCollaboration <em>Collaboration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collaboration</em>' attribute.
	 * @see #isCollaboration()
	 * @generated
	 */
	void setCollaboration(boolean value);

	/**
	 * Returns the value of the '<em><b>Assignee Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignee Staff No</em>' attribute.
	 * @see #setAssigneeStaffNo(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_AssigneeStaffNo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getAssigneeStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getAssigneeStaffNo <em>Assignee Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee Staff No</em>' attribute.
	 * @see #getAssigneeStaffNo()
	 * @generated
	 */
	void setAssigneeStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Parent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Id</em>' attribute.
	 * @see #setParentId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_ParentId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getParentId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getParentId <em>Parent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Id</em>' attribute.
	 * @see #getParentId()
	 * @generated
	 */
	void setParentId(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.kefu.model.service.ServicePackage#getTicket_CreatedAt()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>First Response Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Response Due</em>' attribute.
	 * @see #setFirstResponseDue(Date)
	 * @see org.kefu.model.service.ServicePackage#getTicket_FirstResponseDue()
	 * @model
	 * @generated
	 */
	Date getFirstResponseDue();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getFirstResponseDue <em>First Response Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Response Due</em>' attribute.
	 * @see #getFirstResponseDue()
	 * @generated
	 */
	void setFirstResponseDue(Date value);

	/**
	 * Returns the value of the '<em><b>Resolution Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution Due</em>' attribute.
	 * @see #setResolutionDue(Date)
	 * @see org.kefu.model.service.ServicePackage#getTicket_ResolutionDue()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getResolutionDue();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getResolutionDue <em>Resolution Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution Due</em>' attribute.
	 * @see #getResolutionDue()
	 * @generated
	 */
	void setResolutionDue(Date value);

	/**
	 * Returns the value of the '<em><b>Verification Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verification Code</em>' attribute.
	 * @see #setVerificationCode(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_VerificationCode()
	 * @model
	 * @generated
	 */
	String getVerificationCode();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getVerificationCode <em>Verification Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification Code</em>' attribute.
	 * @see #getVerificationCode()
	 * @generated
	 */
	void setVerificationCode(String value);

	/**
	 * Returns the value of the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time of the latest step: what ageing and live views sort by.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Date)
	 * @see org.kefu.model.service.ServicePackage#getTicket_UpdatedAt()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>First Responded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the first person acted on it after creation (accept, return, resolve…): the first-response SLA stops here.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Responded At</em>' attribute.
	 * @see #setFirstRespondedAt(Date)
	 * @see org.kefu.model.service.ServicePackage#getTicket_FirstRespondedAt()
	 * @model
	 * @generated
	 */
	Date getFirstRespondedAt();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getFirstRespondedAt <em>First Responded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Responded At</em>' attribute.
	 * @see #getFirstRespondedAt()
	 * @generated
	 */
	void setFirstRespondedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved At</em>' attribute.
	 * @see #setResolvedAt(Date)
	 * @see org.kefu.model.service.ServicePackage#getTicket_ResolvedAt()
	 * @model
	 * @generated
	 */
	Date getResolvedAt();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getResolvedAt <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved At</em>' attribute.
	 * @see #getResolvedAt()
	 * @generated
	 */
	void setResolvedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed At</em>' attribute.
	 * @see #setClosedAt(Date)
	 * @see org.kefu.model.service.ServicePackage#getTicket_ClosedAt()
	 * @model
	 * @generated
	 */
	Date getClosedAt();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getClosedAt <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed At</em>' attribute.
	 * @see #getClosedAt()
	 * @generated
	 */
	void setClosedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Sla Policy Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sla Policy Id</em>' attribute.
	 * @see #setSlaPolicyId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_SlaPolicyId()
	 * @model
	 * @generated
	 */
	String getSlaPolicyId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getSlaPolicyId <em>Sla Policy Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sla Policy Id</em>' attribute.
	 * @see #getSlaPolicyId()
	 * @generated
	 */
	void setSlaPolicyId(String value);

	/**
	 * Returns the value of the '<em><b>Escalation Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Escalation Level</em>' attribute.
	 * @see #setEscalationLevel(int)
	 * @see org.kefu.model.service.ServicePackage#getTicket_EscalationLevel()
	 * @model
	 * @generated
	 */
	int getEscalationLevel();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getEscalationLevel <em>Escalation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escalation Level</em>' attribute.
	 * @see #getEscalationLevel()
	 * @generated
	 */
	void setEscalationLevel(int value);

	/**
	 * Returns the value of the '<em><b>Merged Into Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when this ticket was merged into another as a duplicate; it is then closed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Merged Into Id</em>' attribute.
	 * @see #setMergedIntoId(String)
	 * @see org.kefu.model.service.ServicePackage#getTicket_MergedIntoId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getMergedIntoId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Ticket#getMergedIntoId <em>Merged Into Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Merged Into Id</em>' attribute.
	 * @see #getMergedIntoId()
	 * @generated
	 */
	void setMergedIntoId(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.kefu.model.service.TicketStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.kefu.model.service.ServicePackage#getTicket_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<TicketStep> getSteps();

} // Ticket
