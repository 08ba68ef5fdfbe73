/**
 */
package org.kefu.model.service.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kefu.model.service.Priority;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketStatus;
import org.kefu.model.service.TicketStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ticket</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getContactRecordId <em>Contact Record Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getOrgUnitId <em>Org Unit Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getPartnerEnterpriseId <em>Partner Enterprise Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#isCollaboration <em>Collaboration</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getAssigneeStaffNo <em>Assignee Staff No</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getParentId <em>Parent Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getFirstResponseDue <em>First Response Due</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getResolutionDue <em>Resolution Due</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getVerificationCode <em>Verification Code</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getFirstRespondedAt <em>First Responded At</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getResolvedAt <em>Resolved At</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getSlaPolicyId <em>Sla Policy Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getEscalationLevel <em>Escalation Level</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getMergedIntoId <em>Merged Into Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.TicketImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TicketImpl extends MinimalEObjectImpl.Container implements Ticket {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerId() <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerId()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerId() <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerId()
	 * @generated
	 * @ordered
	 */
	protected String customerId = CUSTOMER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactRecordId() <em>Contact Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactRecordId()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_RECORD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactRecordId() <em>Contact Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactRecordId()
	 * @generated
	 * @ordered
	 */
	protected String contactRecordId = CONTACT_RECORD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final TicketStatus STATUS_EDEFAULT = TicketStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected TicketStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.LOW;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrgUnitId() <em>Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgUnitId()
	 * @generated
	 * @ordered
	 */
	protected static final String ORG_UNIT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrgUnitId() <em>Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgUnitId()
	 * @generated
	 * @ordered
	 */
	protected String orgUnitId = ORG_UNIT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartnerEnterpriseId() <em>Partner Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerEnterpriseId()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTNER_ENTERPRISE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartnerEnterpriseId() <em>Partner Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerEnterpriseId()
	 * @generated
	 * @ordered
	 */
	protected String partnerEnterpriseId = PARTNER_ENTERPRISE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isCollaboration() <em>Collaboration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCollaboration()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COLLABORATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCollaboration() <em>Collaboration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCollaboration()
	 * @generated
	 * @ordered
	 */
	protected boolean collaboration = COLLABORATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssigneeStaffNo() <em>Assignee Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssigneeStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSIGNEE_STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssigneeStaffNo() <em>Assignee Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssigneeStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String assigneeStaffNo = ASSIGNEE_STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getParentId() <em>Parent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentId()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParentId() <em>Parent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentId()
	 * @generated
	 * @ordered
	 */
	protected String parentId = PARENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstResponseDue() <em>First Response Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstResponseDue()
	 * @generated
	 * @ordered
	 */
	protected static final Date FIRST_RESPONSE_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstResponseDue() <em>First Response Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstResponseDue()
	 * @generated
	 * @ordered
	 */
	protected Date firstResponseDue = FIRST_RESPONSE_DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolutionDue() <em>Resolution Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionDue()
	 * @generated
	 * @ordered
	 */
	protected static final Date RESOLUTION_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolutionDue() <em>Resolution Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionDue()
	 * @generated
	 * @ordered
	 */
	protected Date resolutionDue = RESOLUTION_DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerificationCode() <em>Verification Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationCode()
	 * @generated
	 * @ordered
	 */
	protected static final String VERIFICATION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerificationCode() <em>Verification Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationCode()
	 * @generated
	 * @ordered
	 */
	protected String verificationCode = VERIFICATION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date UPDATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date updatedAt = UPDATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstRespondedAt() <em>First Responded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstRespondedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date FIRST_RESPONDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstRespondedAt() <em>First Responded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstRespondedAt()
	 * @generated
	 * @ordered
	 */
	protected Date firstRespondedAt = FIRST_RESPONDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolvedAt() <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date RESOLVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolvedAt() <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedAt()
	 * @generated
	 * @ordered
	 */
	protected Date resolvedAt = RESOLVED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CLOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected Date closedAt = CLOSED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlaPolicyId() <em>Sla Policy Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaPolicyId()
	 * @generated
	 * @ordered
	 */
	protected static final String SLA_POLICY_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlaPolicyId() <em>Sla Policy Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaPolicyId()
	 * @generated
	 * @ordered
	 */
	protected String slaPolicyId = SLA_POLICY_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEscalationLevel() <em>Escalation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int ESCALATION_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEscalationLevel() <em>Escalation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationLevel()
	 * @generated
	 * @ordered
	 */
	protected int escalationLevel = ESCALATION_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMergedIntoId() <em>Merged Into Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMergedIntoId()
	 * @generated
	 * @ordered
	 */
	protected static final String MERGED_INTO_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMergedIntoId() <em>Merged Into Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMergedIntoId()
	 * @generated
	 * @ordered
	 */
	protected String mergedIntoId = MERGED_INTO_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<TicketStep> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TicketImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServicePackage.Literals.TICKET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerId() {
		return customerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerId(String newCustomerId) {
		String oldCustomerId = customerId;
		customerId = newCustomerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__CUSTOMER_ID, oldCustomerId, customerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContactRecordId() {
		return contactRecordId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactRecordId(String newContactRecordId) {
		String oldContactRecordId = contactRecordId;
		contactRecordId = newContactRecordId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__CONTACT_RECORD_ID, oldContactRecordId, contactRecordId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TicketStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(TicketStatus newStatus) {
		TicketStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority) {
		Priority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrgUnitId() {
		return orgUnitId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrgUnitId(String newOrgUnitId) {
		String oldOrgUnitId = orgUnitId;
		orgUnitId = newOrgUnitId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__ORG_UNIT_ID, oldOrgUnitId, orgUnitId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartnerEnterpriseId() {
		return partnerEnterpriseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerEnterpriseId(String newPartnerEnterpriseId) {
		String oldPartnerEnterpriseId = partnerEnterpriseId;
		partnerEnterpriseId = newPartnerEnterpriseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__PARTNER_ENTERPRISE_ID, oldPartnerEnterpriseId, partnerEnterpriseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCollaboration() {
		return collaboration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollaboration(boolean newCollaboration) {
		boolean oldCollaboration = collaboration;
		collaboration = newCollaboration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__COLLABORATION, oldCollaboration, collaboration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssigneeStaffNo() {
		return assigneeStaffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssigneeStaffNo(String newAssigneeStaffNo) {
		String oldAssigneeStaffNo = assigneeStaffNo;
		assigneeStaffNo = newAssigneeStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__ASSIGNEE_STAFF_NO, oldAssigneeStaffNo, assigneeStaffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParentId() {
		return parentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentId(String newParentId) {
		String oldParentId = parentId;
		parentId = newParentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__PARENT_ID, oldParentId, parentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFirstResponseDue() {
		return firstResponseDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstResponseDue(Date newFirstResponseDue) {
		Date oldFirstResponseDue = firstResponseDue;
		firstResponseDue = newFirstResponseDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__FIRST_RESPONSE_DUE, oldFirstResponseDue, firstResponseDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getResolutionDue() {
		return resolutionDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolutionDue(Date newResolutionDue) {
		Date oldResolutionDue = resolutionDue;
		resolutionDue = newResolutionDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__RESOLUTION_DUE, oldResolutionDue, resolutionDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerificationCode() {
		return verificationCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerificationCode(String newVerificationCode) {
		String oldVerificationCode = verificationCode;
		verificationCode = newVerificationCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__VERIFICATION_CODE, oldVerificationCode, verificationCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getUpdatedAt() {
		return updatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedAt(Date newUpdatedAt) {
		Date oldUpdatedAt = updatedAt;
		updatedAt = newUpdatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__UPDATED_AT, oldUpdatedAt, updatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFirstRespondedAt() {
		return firstRespondedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstRespondedAt(Date newFirstRespondedAt) {
		Date oldFirstRespondedAt = firstRespondedAt;
		firstRespondedAt = newFirstRespondedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__FIRST_RESPONDED_AT, oldFirstRespondedAt, firstRespondedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getResolvedAt() {
		return resolvedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedAt(Date newResolvedAt) {
		Date oldResolvedAt = resolvedAt;
		resolvedAt = newResolvedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__RESOLVED_AT, oldResolvedAt, resolvedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getClosedAt() {
		return closedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedAt(Date newClosedAt) {
		Date oldClosedAt = closedAt;
		closedAt = newClosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__CLOSED_AT, oldClosedAt, closedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlaPolicyId() {
		return slaPolicyId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlaPolicyId(String newSlaPolicyId) {
		String oldSlaPolicyId = slaPolicyId;
		slaPolicyId = newSlaPolicyId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__SLA_POLICY_ID, oldSlaPolicyId, slaPolicyId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEscalationLevel() {
		return escalationLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscalationLevel(int newEscalationLevel) {
		int oldEscalationLevel = escalationLevel;
		escalationLevel = newEscalationLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__ESCALATION_LEVEL, oldEscalationLevel, escalationLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMergedIntoId() {
		return mergedIntoId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMergedIntoId(String newMergedIntoId) {
		String oldMergedIntoId = mergedIntoId;
		mergedIntoId = newMergedIntoId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.TICKET__MERGED_INTO_ID, oldMergedIntoId, mergedIntoId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TicketStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<TicketStep>(TicketStep.class, this, ServicePackage.TICKET__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServicePackage.TICKET__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServicePackage.TICKET__ID:
				return getId();
			case ServicePackage.TICKET__NUMBER:
				return getNumber();
			case ServicePackage.TICKET__TYPE:
				return getType();
			case ServicePackage.TICKET__TITLE:
				return getTitle();
			case ServicePackage.TICKET__DESCRIPTION:
				return getDescription();
			case ServicePackage.TICKET__CUSTOMER_ID:
				return getCustomerId();
			case ServicePackage.TICKET__CONTACT_RECORD_ID:
				return getContactRecordId();
			case ServicePackage.TICKET__STATUS:
				return getStatus();
			case ServicePackage.TICKET__PRIORITY:
				return getPriority();
			case ServicePackage.TICKET__ORG_UNIT_ID:
				return getOrgUnitId();
			case ServicePackage.TICKET__PARTNER_ENTERPRISE_ID:
				return getPartnerEnterpriseId();
			case ServicePackage.TICKET__COLLABORATION:
				return isCollaboration();
			case ServicePackage.TICKET__ASSIGNEE_STAFF_NO:
				return getAssigneeStaffNo();
			case ServicePackage.TICKET__PARENT_ID:
				return getParentId();
			case ServicePackage.TICKET__CREATED_AT:
				return getCreatedAt();
			case ServicePackage.TICKET__FIRST_RESPONSE_DUE:
				return getFirstResponseDue();
			case ServicePackage.TICKET__RESOLUTION_DUE:
				return getResolutionDue();
			case ServicePackage.TICKET__VERIFICATION_CODE:
				return getVerificationCode();
			case ServicePackage.TICKET__UPDATED_AT:
				return getUpdatedAt();
			case ServicePackage.TICKET__FIRST_RESPONDED_AT:
				return getFirstRespondedAt();
			case ServicePackage.TICKET__RESOLVED_AT:
				return getResolvedAt();
			case ServicePackage.TICKET__CLOSED_AT:
				return getClosedAt();
			case ServicePackage.TICKET__SLA_POLICY_ID:
				return getSlaPolicyId();
			case ServicePackage.TICKET__ESCALATION_LEVEL:
				return getEscalationLevel();
			case ServicePackage.TICKET__MERGED_INTO_ID:
				return getMergedIntoId();
			case ServicePackage.TICKET__STEPS:
				return getSteps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServicePackage.TICKET__ID:
				setId((String)newValue);
				return;
			case ServicePackage.TICKET__NUMBER:
				setNumber((String)newValue);
				return;
			case ServicePackage.TICKET__TYPE:
				setType((String)newValue);
				return;
			case ServicePackage.TICKET__TITLE:
				setTitle((String)newValue);
				return;
			case ServicePackage.TICKET__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ServicePackage.TICKET__CUSTOMER_ID:
				setCustomerId((String)newValue);
				return;
			case ServicePackage.TICKET__CONTACT_RECORD_ID:
				setContactRecordId((String)newValue);
				return;
			case ServicePackage.TICKET__STATUS:
				setStatus((TicketStatus)newValue);
				return;
			case ServicePackage.TICKET__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case ServicePackage.TICKET__ORG_UNIT_ID:
				setOrgUnitId((String)newValue);
				return;
			case ServicePackage.TICKET__PARTNER_ENTERPRISE_ID:
				setPartnerEnterpriseId((String)newValue);
				return;
			case ServicePackage.TICKET__COLLABORATION:
				setCollaboration((Boolean)newValue);
				return;
			case ServicePackage.TICKET__ASSIGNEE_STAFF_NO:
				setAssigneeStaffNo((String)newValue);
				return;
			case ServicePackage.TICKET__PARENT_ID:
				setParentId((String)newValue);
				return;
			case ServicePackage.TICKET__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case ServicePackage.TICKET__FIRST_RESPONSE_DUE:
				setFirstResponseDue((Date)newValue);
				return;
			case ServicePackage.TICKET__RESOLUTION_DUE:
				setResolutionDue((Date)newValue);
				return;
			case ServicePackage.TICKET__VERIFICATION_CODE:
				setVerificationCode((String)newValue);
				return;
			case ServicePackage.TICKET__UPDATED_AT:
				setUpdatedAt((Date)newValue);
				return;
			case ServicePackage.TICKET__FIRST_RESPONDED_AT:
				setFirstRespondedAt((Date)newValue);
				return;
			case ServicePackage.TICKET__RESOLVED_AT:
				setResolvedAt((Date)newValue);
				return;
			case ServicePackage.TICKET__CLOSED_AT:
				setClosedAt((Date)newValue);
				return;
			case ServicePackage.TICKET__SLA_POLICY_ID:
				setSlaPolicyId((String)newValue);
				return;
			case ServicePackage.TICKET__ESCALATION_LEVEL:
				setEscalationLevel((Integer)newValue);
				return;
			case ServicePackage.TICKET__MERGED_INTO_ID:
				setMergedIntoId((String)newValue);
				return;
			case ServicePackage.TICKET__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends TicketStep>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ServicePackage.TICKET__ID:
				setId(ID_EDEFAULT);
				return;
			case ServicePackage.TICKET__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ServicePackage.TICKET__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ServicePackage.TICKET__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ServicePackage.TICKET__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ServicePackage.TICKET__CUSTOMER_ID:
				setCustomerId(CUSTOMER_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET__CONTACT_RECORD_ID:
				setContactRecordId(CONTACT_RECORD_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ServicePackage.TICKET__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case ServicePackage.TICKET__ORG_UNIT_ID:
				setOrgUnitId(ORG_UNIT_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET__PARTNER_ENTERPRISE_ID:
				setPartnerEnterpriseId(PARTNER_ENTERPRISE_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET__COLLABORATION:
				setCollaboration(COLLABORATION_EDEFAULT);
				return;
			case ServicePackage.TICKET__ASSIGNEE_STAFF_NO:
				setAssigneeStaffNo(ASSIGNEE_STAFF_NO_EDEFAULT);
				return;
			case ServicePackage.TICKET__PARENT_ID:
				setParentId(PARENT_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ServicePackage.TICKET__FIRST_RESPONSE_DUE:
				setFirstResponseDue(FIRST_RESPONSE_DUE_EDEFAULT);
				return;
			case ServicePackage.TICKET__RESOLUTION_DUE:
				setResolutionDue(RESOLUTION_DUE_EDEFAULT);
				return;
			case ServicePackage.TICKET__VERIFICATION_CODE:
				setVerificationCode(VERIFICATION_CODE_EDEFAULT);
				return;
			case ServicePackage.TICKET__UPDATED_AT:
				setUpdatedAt(UPDATED_AT_EDEFAULT);
				return;
			case ServicePackage.TICKET__FIRST_RESPONDED_AT:
				setFirstRespondedAt(FIRST_RESPONDED_AT_EDEFAULT);
				return;
			case ServicePackage.TICKET__RESOLVED_AT:
				setResolvedAt(RESOLVED_AT_EDEFAULT);
				return;
			case ServicePackage.TICKET__CLOSED_AT:
				setClosedAt(CLOSED_AT_EDEFAULT);
				return;
			case ServicePackage.TICKET__SLA_POLICY_ID:
				setSlaPolicyId(SLA_POLICY_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET__ESCALATION_LEVEL:
				setEscalationLevel(ESCALATION_LEVEL_EDEFAULT);
				return;
			case ServicePackage.TICKET__MERGED_INTO_ID:
				setMergedIntoId(MERGED_INTO_ID_EDEFAULT);
				return;
			case ServicePackage.TICKET__STEPS:
				getSteps().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ServicePackage.TICKET__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ServicePackage.TICKET__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case ServicePackage.TICKET__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case ServicePackage.TICKET__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ServicePackage.TICKET__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ServicePackage.TICKET__CUSTOMER_ID:
				return CUSTOMER_ID_EDEFAULT == null ? customerId != null : !CUSTOMER_ID_EDEFAULT.equals(customerId);
			case ServicePackage.TICKET__CONTACT_RECORD_ID:
				return CONTACT_RECORD_ID_EDEFAULT == null ? contactRecordId != null : !CONTACT_RECORD_ID_EDEFAULT.equals(contactRecordId);
			case ServicePackage.TICKET__STATUS:
				return status != STATUS_EDEFAULT;
			case ServicePackage.TICKET__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case ServicePackage.TICKET__ORG_UNIT_ID:
				return ORG_UNIT_ID_EDEFAULT == null ? orgUnitId != null : !ORG_UNIT_ID_EDEFAULT.equals(orgUnitId);
			case ServicePackage.TICKET__PARTNER_ENTERPRISE_ID:
				return PARTNER_ENTERPRISE_ID_EDEFAULT == null ? partnerEnterpriseId != null : !PARTNER_ENTERPRISE_ID_EDEFAULT.equals(partnerEnterpriseId);
			case ServicePackage.TICKET__COLLABORATION:
				return collaboration != COLLABORATION_EDEFAULT;
			case ServicePackage.TICKET__ASSIGNEE_STAFF_NO:
				return ASSIGNEE_STAFF_NO_EDEFAULT == null ? assigneeStaffNo != null : !ASSIGNEE_STAFF_NO_EDEFAULT.equals(assigneeStaffNo);
			case ServicePackage.TICKET__PARENT_ID:
				return PARENT_ID_EDEFAULT == null ? parentId != null : !PARENT_ID_EDEFAULT.equals(parentId);
			case ServicePackage.TICKET__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ServicePackage.TICKET__FIRST_RESPONSE_DUE:
				return FIRST_RESPONSE_DUE_EDEFAULT == null ? firstResponseDue != null : !FIRST_RESPONSE_DUE_EDEFAULT.equals(firstResponseDue);
			case ServicePackage.TICKET__RESOLUTION_DUE:
				return RESOLUTION_DUE_EDEFAULT == null ? resolutionDue != null : !RESOLUTION_DUE_EDEFAULT.equals(resolutionDue);
			case ServicePackage.TICKET__VERIFICATION_CODE:
				return VERIFICATION_CODE_EDEFAULT == null ? verificationCode != null : !VERIFICATION_CODE_EDEFAULT.equals(verificationCode);
			case ServicePackage.TICKET__UPDATED_AT:
				return UPDATED_AT_EDEFAULT == null ? updatedAt != null : !UPDATED_AT_EDEFAULT.equals(updatedAt);
			case ServicePackage.TICKET__FIRST_RESPONDED_AT:
				return FIRST_RESPONDED_AT_EDEFAULT == null ? firstRespondedAt != null : !FIRST_RESPONDED_AT_EDEFAULT.equals(firstRespondedAt);
			case ServicePackage.TICKET__RESOLVED_AT:
				return RESOLVED_AT_EDEFAULT == null ? resolvedAt != null : !RESOLVED_AT_EDEFAULT.equals(resolvedAt);
			case ServicePackage.TICKET__CLOSED_AT:
				return CLOSED_AT_EDEFAULT == null ? closedAt != null : !CLOSED_AT_EDEFAULT.equals(closedAt);
			case ServicePackage.TICKET__SLA_POLICY_ID:
				return SLA_POLICY_ID_EDEFAULT == null ? slaPolicyId != null : !SLA_POLICY_ID_EDEFAULT.equals(slaPolicyId);
			case ServicePackage.TICKET__ESCALATION_LEVEL:
				return escalationLevel != ESCALATION_LEVEL_EDEFAULT;
			case ServicePackage.TICKET__MERGED_INTO_ID:
				return MERGED_INTO_ID_EDEFAULT == null ? mergedIntoId != null : !MERGED_INTO_ID_EDEFAULT.equals(mergedIntoId);
			case ServicePackage.TICKET__STEPS:
				return steps != null && !steps.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", number: ");
		result.append(number);
		result.append(", type: ");
		result.append(type);
		result.append(", title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", customerId: ");
		result.append(customerId);
		result.append(", contactRecordId: ");
		result.append(contactRecordId);
		result.append(", status: ");
		result.append(status);
		result.append(", priority: ");
		result.append(priority);
		result.append(", orgUnitId: ");
		result.append(orgUnitId);
		result.append(", partnerEnterpriseId: ");
		result.append(partnerEnterpriseId);
		result.append(", collaboration: ");
		result.append(collaboration);
		result.append(", assigneeStaffNo: ");
		result.append(assigneeStaffNo);
		result.append(", parentId: ");
		result.append(parentId);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", firstResponseDue: ");
		result.append(firstResponseDue);
		result.append(", resolutionDue: ");
		result.append(resolutionDue);
		result.append(", verificationCode: ");
		result.append(verificationCode);
		result.append(", updatedAt: ");
		result.append(updatedAt);
		result.append(", firstRespondedAt: ");
		result.append(firstRespondedAt);
		result.append(", resolvedAt: ");
		result.append(resolvedAt);
		result.append(", closedAt: ");
		result.append(closedAt);
		result.append(", slaPolicyId: ");
		result.append(slaPolicyId);
		result.append(", escalationLevel: ");
		result.append(escalationLevel);
		result.append(", mergedIntoId: ");
		result.append(mergedIntoId);
		result.append(')');
		return result.toString();
	}

} //TicketImpl
