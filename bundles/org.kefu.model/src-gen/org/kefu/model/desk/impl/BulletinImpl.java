/**
 */
package org.kefu.model.desk.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.kefu.model.desk.Bulletin;
import org.kefu.model.desk.DeskPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bulletin</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.impl.BulletinImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.BulletinImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.BulletinImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.BulletinImpl#getPublisherStaffNo <em>Publisher Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.BulletinImpl#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.BulletinImpl#getExpiresAt <em>Expires At</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.BulletinImpl#getAudienceRoles <em>Audience Roles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BulletinImpl extends MinimalEObjectImpl.Container implements Bulletin {
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
	 * The default value of the '{@link #getPublisherStaffNo() <em>Publisher Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisherStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisherStaffNo() <em>Publisher Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisherStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String publisherStaffNo = PUBLISHER_STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date PUBLISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected Date publishedAt = PUBLISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiresAt() <em>Expires At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date EXPIRES_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiresAt() <em>Expires At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresAt()
	 * @generated
	 * @ordered
	 */
	protected Date expiresAt = EXPIRES_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAudienceRoles() <em>Audience Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudienceRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> audienceRoles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BulletinImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeskPackage.Literals.BULLETIN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.BULLETIN__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.BULLETIN__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.BULLETIN__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisherStaffNo() {
		return publisherStaffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisherStaffNo(String newPublisherStaffNo) {
		String oldPublisherStaffNo = publisherStaffNo;
		publisherStaffNo = newPublisherStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.BULLETIN__PUBLISHER_STAFF_NO, oldPublisherStaffNo, publisherStaffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPublishedAt() {
		return publishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedAt(Date newPublishedAt) {
		Date oldPublishedAt = publishedAt;
		publishedAt = newPublishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.BULLETIN__PUBLISHED_AT, oldPublishedAt, publishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getExpiresAt() {
		return expiresAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiresAt(Date newExpiresAt) {
		Date oldExpiresAt = expiresAt;
		expiresAt = newExpiresAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.BULLETIN__EXPIRES_AT, oldExpiresAt, expiresAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAudienceRoles() {
		if (audienceRoles == null) {
			audienceRoles = new EDataTypeUniqueEList<String>(String.class, this, DeskPackage.BULLETIN__AUDIENCE_ROLES);
		}
		return audienceRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeskPackage.BULLETIN__ID:
				return getId();
			case DeskPackage.BULLETIN__TITLE:
				return getTitle();
			case DeskPackage.BULLETIN__BODY:
				return getBody();
			case DeskPackage.BULLETIN__PUBLISHER_STAFF_NO:
				return getPublisherStaffNo();
			case DeskPackage.BULLETIN__PUBLISHED_AT:
				return getPublishedAt();
			case DeskPackage.BULLETIN__EXPIRES_AT:
				return getExpiresAt();
			case DeskPackage.BULLETIN__AUDIENCE_ROLES:
				return getAudienceRoles();
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
			case DeskPackage.BULLETIN__ID:
				setId((String)newValue);
				return;
			case DeskPackage.BULLETIN__TITLE:
				setTitle((String)newValue);
				return;
			case DeskPackage.BULLETIN__BODY:
				setBody((String)newValue);
				return;
			case DeskPackage.BULLETIN__PUBLISHER_STAFF_NO:
				setPublisherStaffNo((String)newValue);
				return;
			case DeskPackage.BULLETIN__PUBLISHED_AT:
				setPublishedAt((Date)newValue);
				return;
			case DeskPackage.BULLETIN__EXPIRES_AT:
				setExpiresAt((Date)newValue);
				return;
			case DeskPackage.BULLETIN__AUDIENCE_ROLES:
				getAudienceRoles().clear();
				getAudienceRoles().addAll((Collection<? extends String>)newValue);
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
			case DeskPackage.BULLETIN__ID:
				setId(ID_EDEFAULT);
				return;
			case DeskPackage.BULLETIN__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case DeskPackage.BULLETIN__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case DeskPackage.BULLETIN__PUBLISHER_STAFF_NO:
				setPublisherStaffNo(PUBLISHER_STAFF_NO_EDEFAULT);
				return;
			case DeskPackage.BULLETIN__PUBLISHED_AT:
				setPublishedAt(PUBLISHED_AT_EDEFAULT);
				return;
			case DeskPackage.BULLETIN__EXPIRES_AT:
				setExpiresAt(EXPIRES_AT_EDEFAULT);
				return;
			case DeskPackage.BULLETIN__AUDIENCE_ROLES:
				getAudienceRoles().clear();
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
			case DeskPackage.BULLETIN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DeskPackage.BULLETIN__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case DeskPackage.BULLETIN__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case DeskPackage.BULLETIN__PUBLISHER_STAFF_NO:
				return PUBLISHER_STAFF_NO_EDEFAULT == null ? publisherStaffNo != null : !PUBLISHER_STAFF_NO_EDEFAULT.equals(publisherStaffNo);
			case DeskPackage.BULLETIN__PUBLISHED_AT:
				return PUBLISHED_AT_EDEFAULT == null ? publishedAt != null : !PUBLISHED_AT_EDEFAULT.equals(publishedAt);
			case DeskPackage.BULLETIN__EXPIRES_AT:
				return EXPIRES_AT_EDEFAULT == null ? expiresAt != null : !EXPIRES_AT_EDEFAULT.equals(expiresAt);
			case DeskPackage.BULLETIN__AUDIENCE_ROLES:
				return audienceRoles != null && !audienceRoles.isEmpty();
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
		result.append(", title: ");
		result.append(title);
		result.append(", body: ");
		result.append(body);
		result.append(", publisherStaffNo: ");
		result.append(publisherStaffNo);
		result.append(", publishedAt: ");
		result.append(publishedAt);
		result.append(", expiresAt: ");
		result.append(expiresAt);
		result.append(", audienceRoles: ");
		result.append(audienceRoles);
		result.append(')');
		return result.toString();
	}

} //BulletinImpl
