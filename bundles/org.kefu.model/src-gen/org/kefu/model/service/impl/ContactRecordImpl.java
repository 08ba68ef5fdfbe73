/**
 */
package org.kefu.model.service.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.service.Channel;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Direction;
import org.kefu.model.service.ServicePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getAgentStaffNo <em>Agent Staff No</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getHandling <em>Handling</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getResult <em>Result</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getDurationSeconds <em>Duration Seconds</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ContactRecordImpl#getCallId <em>Call Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactRecordImpl extends MinimalEObjectImpl.Container implements ContactRecord {
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
	 * The default value of the '{@link #getAgentStaffNo() <em>Agent Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENT_STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgentStaffNo() <em>Agent Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String agentStaffNo = AGENT_STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final Channel CHANNEL_EDEFAULT = Channel.PHONE;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.INBOUND;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected String content = CONTENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandling() <em>Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandling()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDLING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandling() <em>Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandling()
	 * @generated
	 * @ordered
	 */
	protected String handling = HANDLING_EDEFAULT;

	/**
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final String RESULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected String result = RESULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected Date startTime = START_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationSeconds() <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected int durationSeconds = DURATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallId() <em>Call Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallId()
	 * @generated
	 * @ordered
	 */
	protected static final String CALL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallId() <em>Call Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallId()
	 * @generated
	 * @ordered
	 */
	protected String callId = CALL_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServicePackage.Literals.CONTACT_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__CUSTOMER_ID, oldCustomerId, customerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgentStaffNo() {
		return agentStaffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgentStaffNo(String newAgentStaffNo) {
		String oldAgentStaffNo = agentStaffNo;
		agentStaffNo = newAgentStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__AGENT_STAFF_NO, oldAgentStaffNo, agentStaffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		String oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandling() {
		return handling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandling(String newHandling) {
		String oldHandling = handling;
		handling = newHandling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__HANDLING, oldHandling, handling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(String newResult) {
		String oldResult = result;
		result = newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(Date newStartTime) {
		Date oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationSeconds() {
		return durationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationSeconds(int newDurationSeconds) {
		int oldDurationSeconds = durationSeconds;
		durationSeconds = newDurationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__DURATION_SECONDS, oldDurationSeconds, durationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallId() {
		return callId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallId(String newCallId) {
		String oldCallId = callId;
		callId = newCallId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CONTACT_RECORD__CALL_ID, oldCallId, callId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServicePackage.CONTACT_RECORD__ID:
				return getId();
			case ServicePackage.CONTACT_RECORD__CUSTOMER_ID:
				return getCustomerId();
			case ServicePackage.CONTACT_RECORD__AGENT_STAFF_NO:
				return getAgentStaffNo();
			case ServicePackage.CONTACT_RECORD__CHANNEL:
				return getChannel();
			case ServicePackage.CONTACT_RECORD__DIRECTION:
				return getDirection();
			case ServicePackage.CONTACT_RECORD__CATEGORY:
				return getCategory();
			case ServicePackage.CONTACT_RECORD__CONTENT:
				return getContent();
			case ServicePackage.CONTACT_RECORD__HANDLING:
				return getHandling();
			case ServicePackage.CONTACT_RECORD__RESULT:
				return getResult();
			case ServicePackage.CONTACT_RECORD__START_TIME:
				return getStartTime();
			case ServicePackage.CONTACT_RECORD__DURATION_SECONDS:
				return getDurationSeconds();
			case ServicePackage.CONTACT_RECORD__CALL_ID:
				return getCallId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServicePackage.CONTACT_RECORD__ID:
				setId((String)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__CUSTOMER_ID:
				setCustomerId((String)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__AGENT_STAFF_NO:
				setAgentStaffNo((String)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__CATEGORY:
				setCategory((String)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__CONTENT:
				setContent((String)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__HANDLING:
				setHandling((String)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__RESULT:
				setResult((String)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__START_TIME:
				setStartTime((Date)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__DURATION_SECONDS:
				setDurationSeconds((Integer)newValue);
				return;
			case ServicePackage.CONTACT_RECORD__CALL_ID:
				setCallId((String)newValue);
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
			case ServicePackage.CONTACT_RECORD__ID:
				setId(ID_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__CUSTOMER_ID:
				setCustomerId(CUSTOMER_ID_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__AGENT_STAFF_NO:
				setAgentStaffNo(AGENT_STAFF_NO_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__CONTENT:
				setContent(CONTENT_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__HANDLING:
				setHandling(HANDLING_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__RESULT:
				setResult(RESULT_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__DURATION_SECONDS:
				setDurationSeconds(DURATION_SECONDS_EDEFAULT);
				return;
			case ServicePackage.CONTACT_RECORD__CALL_ID:
				setCallId(CALL_ID_EDEFAULT);
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
			case ServicePackage.CONTACT_RECORD__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ServicePackage.CONTACT_RECORD__CUSTOMER_ID:
				return CUSTOMER_ID_EDEFAULT == null ? customerId != null : !CUSTOMER_ID_EDEFAULT.equals(customerId);
			case ServicePackage.CONTACT_RECORD__AGENT_STAFF_NO:
				return AGENT_STAFF_NO_EDEFAULT == null ? agentStaffNo != null : !AGENT_STAFF_NO_EDEFAULT.equals(agentStaffNo);
			case ServicePackage.CONTACT_RECORD__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case ServicePackage.CONTACT_RECORD__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case ServicePackage.CONTACT_RECORD__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case ServicePackage.CONTACT_RECORD__CONTENT:
				return CONTENT_EDEFAULT == null ? content != null : !CONTENT_EDEFAULT.equals(content);
			case ServicePackage.CONTACT_RECORD__HANDLING:
				return HANDLING_EDEFAULT == null ? handling != null : !HANDLING_EDEFAULT.equals(handling);
			case ServicePackage.CONTACT_RECORD__RESULT:
				return RESULT_EDEFAULT == null ? result != null : !RESULT_EDEFAULT.equals(result);
			case ServicePackage.CONTACT_RECORD__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
			case ServicePackage.CONTACT_RECORD__DURATION_SECONDS:
				return durationSeconds != DURATION_SECONDS_EDEFAULT;
			case ServicePackage.CONTACT_RECORD__CALL_ID:
				return CALL_ID_EDEFAULT == null ? callId != null : !CALL_ID_EDEFAULT.equals(callId);
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
		result.append(", customerId: ");
		result.append(customerId);
		result.append(", agentStaffNo: ");
		result.append(agentStaffNo);
		result.append(", channel: ");
		result.append(channel);
		result.append(", direction: ");
		result.append(direction);
		result.append(", category: ");
		result.append(category);
		result.append(", content: ");
		result.append(content);
		result.append(", handling: ");
		result.append(handling);
		result.append(", result: ");
		result.append(result);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(", durationSeconds: ");
		result.append(durationSeconds);
		result.append(", callId: ");
		result.append(callId);
		result.append(')');
		return result.toString();
	}

} //ContactRecordImpl
