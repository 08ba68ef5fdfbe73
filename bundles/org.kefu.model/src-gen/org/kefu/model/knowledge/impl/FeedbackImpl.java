/**
 */
package org.kefu.model.knowledge.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.knowledge.Feedback;
import org.kefu.model.knowledge.FeedbackKind;
import org.kefu.model.knowledge.KnowledgePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#getCompleteness <em>Completeness</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#getAccuracy <em>Accuracy</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#getUsability <em>Usability</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#getFreshness <em>Freshness</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.FeedbackImpl#isHandled <em>Handled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeedbackImpl extends MinimalEObjectImpl.Container implements Feedback {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FeedbackKind KIND_EDEFAULT = FeedbackKind.CORRECTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FeedbackKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStaffNo() <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStaffNo() <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String staffNo = STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Date time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompleteness() <em>Completeness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompleteness()
	 * @generated
	 * @ordered
	 */
	protected static final int COMPLETENESS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCompleteness() <em>Completeness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompleteness()
	 * @generated
	 * @ordered
	 */
	protected int completeness = COMPLETENESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccuracy() <em>Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccuracy()
	 * @generated
	 * @ordered
	 */
	protected static final int ACCURACY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAccuracy() <em>Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccuracy()
	 * @generated
	 * @ordered
	 */
	protected int accuracy = ACCURACY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsability() <em>Usability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsability()
	 * @generated
	 * @ordered
	 */
	protected static final int USABILITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUsability() <em>Usability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsability()
	 * @generated
	 * @ordered
	 */
	protected int usability = USABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFreshness() <em>Freshness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreshness()
	 * @generated
	 * @ordered
	 */
	protected static final int FRESHNESS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFreshness() <em>Freshness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreshness()
	 * @generated
	 * @ordered
	 */
	protected int freshness = FRESHNESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isHandled() <em>Handled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHandled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HANDLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHandled() <em>Handled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHandled()
	 * @generated
	 * @ordered
	 */
	protected boolean handled = HANDLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeedbackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KnowledgePackage.Literals.FEEDBACK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeedbackKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FeedbackKind newKind) {
		FeedbackKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStaffNo() {
		return staffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaffNo(String newStaffNo) {
		String oldStaffNo = staffNo;
		staffNo = newStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__STAFF_NO, oldStaffNo, staffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Date newTime) {
		Date oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCompleteness() {
		return completeness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompleteness(int newCompleteness) {
		int oldCompleteness = completeness;
		completeness = newCompleteness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__COMPLETENESS, oldCompleteness, completeness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAccuracy() {
		return accuracy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccuracy(int newAccuracy) {
		int oldAccuracy = accuracy;
		accuracy = newAccuracy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__ACCURACY, oldAccuracy, accuracy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUsability() {
		return usability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsability(int newUsability) {
		int oldUsability = usability;
		usability = newUsability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__USABILITY, oldUsability, usability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFreshness() {
		return freshness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFreshness(int newFreshness) {
		int oldFreshness = freshness;
		freshness = newFreshness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__FRESHNESS, oldFreshness, freshness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHandled() {
		return handled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandled(boolean newHandled) {
		boolean oldHandled = handled;
		handled = newHandled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.FEEDBACK__HANDLED, oldHandled, handled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KnowledgePackage.FEEDBACK__ID:
				return getId();
			case KnowledgePackage.FEEDBACK__KIND:
				return getKind();
			case KnowledgePackage.FEEDBACK__STAFF_NO:
				return getStaffNo();
			case KnowledgePackage.FEEDBACK__TIME:
				return getTime();
			case KnowledgePackage.FEEDBACK__TEXT:
				return getText();
			case KnowledgePackage.FEEDBACK__COMPLETENESS:
				return getCompleteness();
			case KnowledgePackage.FEEDBACK__ACCURACY:
				return getAccuracy();
			case KnowledgePackage.FEEDBACK__USABILITY:
				return getUsability();
			case KnowledgePackage.FEEDBACK__FRESHNESS:
				return getFreshness();
			case KnowledgePackage.FEEDBACK__HANDLED:
				return isHandled();
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
			case KnowledgePackage.FEEDBACK__ID:
				setId((String)newValue);
				return;
			case KnowledgePackage.FEEDBACK__KIND:
				setKind((FeedbackKind)newValue);
				return;
			case KnowledgePackage.FEEDBACK__STAFF_NO:
				setStaffNo((String)newValue);
				return;
			case KnowledgePackage.FEEDBACK__TIME:
				setTime((Date)newValue);
				return;
			case KnowledgePackage.FEEDBACK__TEXT:
				setText((String)newValue);
				return;
			case KnowledgePackage.FEEDBACK__COMPLETENESS:
				setCompleteness((Integer)newValue);
				return;
			case KnowledgePackage.FEEDBACK__ACCURACY:
				setAccuracy((Integer)newValue);
				return;
			case KnowledgePackage.FEEDBACK__USABILITY:
				setUsability((Integer)newValue);
				return;
			case KnowledgePackage.FEEDBACK__FRESHNESS:
				setFreshness((Integer)newValue);
				return;
			case KnowledgePackage.FEEDBACK__HANDLED:
				setHandled((Boolean)newValue);
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
			case KnowledgePackage.FEEDBACK__ID:
				setId(ID_EDEFAULT);
				return;
			case KnowledgePackage.FEEDBACK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case KnowledgePackage.FEEDBACK__STAFF_NO:
				setStaffNo(STAFF_NO_EDEFAULT);
				return;
			case KnowledgePackage.FEEDBACK__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case KnowledgePackage.FEEDBACK__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case KnowledgePackage.FEEDBACK__COMPLETENESS:
				setCompleteness(COMPLETENESS_EDEFAULT);
				return;
			case KnowledgePackage.FEEDBACK__ACCURACY:
				setAccuracy(ACCURACY_EDEFAULT);
				return;
			case KnowledgePackage.FEEDBACK__USABILITY:
				setUsability(USABILITY_EDEFAULT);
				return;
			case KnowledgePackage.FEEDBACK__FRESHNESS:
				setFreshness(FRESHNESS_EDEFAULT);
				return;
			case KnowledgePackage.FEEDBACK__HANDLED:
				setHandled(HANDLED_EDEFAULT);
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
			case KnowledgePackage.FEEDBACK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case KnowledgePackage.FEEDBACK__KIND:
				return kind != KIND_EDEFAULT;
			case KnowledgePackage.FEEDBACK__STAFF_NO:
				return STAFF_NO_EDEFAULT == null ? staffNo != null : !STAFF_NO_EDEFAULT.equals(staffNo);
			case KnowledgePackage.FEEDBACK__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case KnowledgePackage.FEEDBACK__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case KnowledgePackage.FEEDBACK__COMPLETENESS:
				return completeness != COMPLETENESS_EDEFAULT;
			case KnowledgePackage.FEEDBACK__ACCURACY:
				return accuracy != ACCURACY_EDEFAULT;
			case KnowledgePackage.FEEDBACK__USABILITY:
				return usability != USABILITY_EDEFAULT;
			case KnowledgePackage.FEEDBACK__FRESHNESS:
				return freshness != FRESHNESS_EDEFAULT;
			case KnowledgePackage.FEEDBACK__HANDLED:
				return handled != HANDLED_EDEFAULT;
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", staffNo: ");
		result.append(staffNo);
		result.append(", time: ");
		result.append(time);
		result.append(", text: ");
		result.append(text);
		result.append(", completeness: ");
		result.append(completeness);
		result.append(", accuracy: ");
		result.append(accuracy);
		result.append(", usability: ");
		result.append(usability);
		result.append(", freshness: ");
		result.append(freshness);
		result.append(", handled: ");
		result.append(handled);
		result.append(')');
		return result.toString();
	}

} //FeedbackImpl
