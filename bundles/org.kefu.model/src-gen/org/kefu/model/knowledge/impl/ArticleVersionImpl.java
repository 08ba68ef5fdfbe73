/**
 */
package org.kefu.model.knowledge.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.knowledge.ArticleVersion;
import org.kefu.model.knowledge.KnowledgePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Article Version</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleVersionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleVersionImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleVersionImpl#getCustomerBody <em>Customer Body</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleVersionImpl#getAuthorStaffNo <em>Author Staff No</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleVersionImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleVersionImpl#getChangeNote <em>Change Note</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleVersionImpl#getReviewerStaffNo <em>Reviewer Staff No</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleVersionImpl#getReviewComment <em>Review Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArticleVersionImpl extends MinimalEObjectImpl.Container implements ArticleVersion {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected String body = BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerBody() <em>Customer Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerBody()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerBody() <em>Customer Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerBody()
	 * @generated
	 * @ordered
	 */
	protected String customerBody = CUSTOMER_BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorStaffNo() <em>Author Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthorStaffNo() <em>Author Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String authorStaffNo = AUTHOR_STAFF_NO_EDEFAULT;

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
	 * The default value of the '{@link #getChangeNote() <em>Change Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeNote()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGE_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangeNote() <em>Change Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeNote()
	 * @generated
	 * @ordered
	 */
	protected String changeNote = CHANGE_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewerStaffNo() <em>Reviewer Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerStaffNo() <em>Reviewer Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String reviewerStaffNo = REVIEWER_STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewComment() <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComment()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEW_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewComment() <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComment()
	 * @generated
	 * @ordered
	 */
	protected String reviewComment = REVIEW_COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticleVersionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KnowledgePackage.Literals.ARTICLE_VERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE_VERSION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody() {
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(String newBody) {
		String oldBody = body;
		body = newBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE_VERSION__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerBody() {
		return customerBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerBody(String newCustomerBody) {
		String oldCustomerBody = customerBody;
		customerBody = newCustomerBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE_VERSION__CUSTOMER_BODY, oldCustomerBody, customerBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthorStaffNo() {
		return authorStaffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorStaffNo(String newAuthorStaffNo) {
		String oldAuthorStaffNo = authorStaffNo;
		authorStaffNo = newAuthorStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE_VERSION__AUTHOR_STAFF_NO, oldAuthorStaffNo, authorStaffNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE_VERSION__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangeNote() {
		return changeNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangeNote(String newChangeNote) {
		String oldChangeNote = changeNote;
		changeNote = newChangeNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE_VERSION__CHANGE_NOTE, oldChangeNote, changeNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerStaffNo() {
		return reviewerStaffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerStaffNo(String newReviewerStaffNo) {
		String oldReviewerStaffNo = reviewerStaffNo;
		reviewerStaffNo = newReviewerStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE_VERSION__REVIEWER_STAFF_NO, oldReviewerStaffNo, reviewerStaffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewComment() {
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewComment(String newReviewComment) {
		String oldReviewComment = reviewComment;
		reviewComment = newReviewComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE_VERSION__REVIEW_COMMENT, oldReviewComment, reviewComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KnowledgePackage.ARTICLE_VERSION__NUMBER:
				return getNumber();
			case KnowledgePackage.ARTICLE_VERSION__BODY:
				return getBody();
			case KnowledgePackage.ARTICLE_VERSION__CUSTOMER_BODY:
				return getCustomerBody();
			case KnowledgePackage.ARTICLE_VERSION__AUTHOR_STAFF_NO:
				return getAuthorStaffNo();
			case KnowledgePackage.ARTICLE_VERSION__TIME:
				return getTime();
			case KnowledgePackage.ARTICLE_VERSION__CHANGE_NOTE:
				return getChangeNote();
			case KnowledgePackage.ARTICLE_VERSION__REVIEWER_STAFF_NO:
				return getReviewerStaffNo();
			case KnowledgePackage.ARTICLE_VERSION__REVIEW_COMMENT:
				return getReviewComment();
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
			case KnowledgePackage.ARTICLE_VERSION__NUMBER:
				setNumber((Integer)newValue);
				return;
			case KnowledgePackage.ARTICLE_VERSION__BODY:
				setBody((String)newValue);
				return;
			case KnowledgePackage.ARTICLE_VERSION__CUSTOMER_BODY:
				setCustomerBody((String)newValue);
				return;
			case KnowledgePackage.ARTICLE_VERSION__AUTHOR_STAFF_NO:
				setAuthorStaffNo((String)newValue);
				return;
			case KnowledgePackage.ARTICLE_VERSION__TIME:
				setTime((Date)newValue);
				return;
			case KnowledgePackage.ARTICLE_VERSION__CHANGE_NOTE:
				setChangeNote((String)newValue);
				return;
			case KnowledgePackage.ARTICLE_VERSION__REVIEWER_STAFF_NO:
				setReviewerStaffNo((String)newValue);
				return;
			case KnowledgePackage.ARTICLE_VERSION__REVIEW_COMMENT:
				setReviewComment((String)newValue);
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
			case KnowledgePackage.ARTICLE_VERSION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE_VERSION__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE_VERSION__CUSTOMER_BODY:
				setCustomerBody(CUSTOMER_BODY_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE_VERSION__AUTHOR_STAFF_NO:
				setAuthorStaffNo(AUTHOR_STAFF_NO_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE_VERSION__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE_VERSION__CHANGE_NOTE:
				setChangeNote(CHANGE_NOTE_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE_VERSION__REVIEWER_STAFF_NO:
				setReviewerStaffNo(REVIEWER_STAFF_NO_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE_VERSION__REVIEW_COMMENT:
				setReviewComment(REVIEW_COMMENT_EDEFAULT);
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
			case KnowledgePackage.ARTICLE_VERSION__NUMBER:
				return number != NUMBER_EDEFAULT;
			case KnowledgePackage.ARTICLE_VERSION__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case KnowledgePackage.ARTICLE_VERSION__CUSTOMER_BODY:
				return CUSTOMER_BODY_EDEFAULT == null ? customerBody != null : !CUSTOMER_BODY_EDEFAULT.equals(customerBody);
			case KnowledgePackage.ARTICLE_VERSION__AUTHOR_STAFF_NO:
				return AUTHOR_STAFF_NO_EDEFAULT == null ? authorStaffNo != null : !AUTHOR_STAFF_NO_EDEFAULT.equals(authorStaffNo);
			case KnowledgePackage.ARTICLE_VERSION__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case KnowledgePackage.ARTICLE_VERSION__CHANGE_NOTE:
				return CHANGE_NOTE_EDEFAULT == null ? changeNote != null : !CHANGE_NOTE_EDEFAULT.equals(changeNote);
			case KnowledgePackage.ARTICLE_VERSION__REVIEWER_STAFF_NO:
				return REVIEWER_STAFF_NO_EDEFAULT == null ? reviewerStaffNo != null : !REVIEWER_STAFF_NO_EDEFAULT.equals(reviewerStaffNo);
			case KnowledgePackage.ARTICLE_VERSION__REVIEW_COMMENT:
				return REVIEW_COMMENT_EDEFAULT == null ? reviewComment != null : !REVIEW_COMMENT_EDEFAULT.equals(reviewComment);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", body: ");
		result.append(body);
		result.append(", customerBody: ");
		result.append(customerBody);
		result.append(", authorStaffNo: ");
		result.append(authorStaffNo);
		result.append(", time: ");
		result.append(time);
		result.append(", changeNote: ");
		result.append(changeNote);
		result.append(", reviewerStaffNo: ");
		result.append(reviewerStaffNo);
		result.append(", reviewComment: ");
		result.append(reviewComment);
		result.append(')');
		return result.toString();
	}

} //ArticleVersionImpl
