/**
 */
package org.kefu.model.knowledge.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kefu.model.knowledge.Article;
import org.kefu.model.knowledge.ArticleStatus;
import org.kefu.model.knowledge.ArticleVersion;
import org.kefu.model.knowledge.Feedback;
import org.kefu.model.knowledge.KnowledgePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getCategoryId <em>Category Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getSortOrder <em>Sort Order</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getCurrentVersion <em>Current Version</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getViews <em>Views</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.ArticleImpl#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArticleImpl extends MinimalEObjectImpl.Container implements Article {
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
	 * The default value of the '{@link #getCategoryId() <em>Category Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryId()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategoryId() <em>Category Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryId()
	 * @generated
	 * @ordered
	 */
	protected String categoryId = CATEGORY_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ArticleStatus STATUS_EDEFAULT = ArticleStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ArticleStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSortOrder() <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int SORT_ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSortOrder() <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortOrder()
	 * @generated
	 * @ordered
	 */
	protected int sortOrder = SORT_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected Date validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected Date validTo = VALID_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> channels;

	/**
	 * The cached value of the '{@link #getKeywords() <em>Keywords</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keywords;

	/**
	 * The default value of the '{@link #getCurrentVersion() <em>Current Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int CURRENT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCurrentVersion() <em>Current Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentVersion()
	 * @generated
	 * @ordered
	 */
	protected int currentVersion = CURRENT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getViews() <em>Views</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViews()
	 * @generated
	 * @ordered
	 */
	protected static final int VIEWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getViews() <em>Views</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViews()
	 * @generated
	 * @ordered
	 */
	protected int views = VIEWS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<ArticleVersion> versions;

	/**
	 * The cached value of the '{@link #getFeedback() <em>Feedback</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedback()
	 * @generated
	 * @ordered
	 */
	protected EList<Feedback> feedback;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KnowledgePackage.Literals.ARTICLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategoryId() {
		return categoryId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategoryId(String newCategoryId) {
		String oldCategoryId = categoryId;
		categoryId = newCategoryId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE__CATEGORY_ID, oldCategoryId, categoryId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArticleStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ArticleStatus newStatus) {
		ArticleStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSortOrder() {
		return sortOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSortOrder(int newSortOrder) {
		int oldSortOrder = sortOrder;
		sortOrder = newSortOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE__SORT_ORDER, oldSortOrder, sortOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(Date newValidFrom) {
		Date oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidTo() {
		return validTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidTo(Date newValidTo) {
		Date oldValidTo = validTo;
		validTo = newValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getChannels() {
		if (channels == null) {
			channels = new EDataTypeUniqueEList<String>(String.class, this, KnowledgePackage.ARTICLE__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeywords() {
		if (keywords == null) {
			keywords = new EDataTypeUniqueEList<String>(String.class, this, KnowledgePackage.ARTICLE__KEYWORDS);
		}
		return keywords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCurrentVersion() {
		return currentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentVersion(int newCurrentVersion) {
		int oldCurrentVersion = currentVersion;
		currentVersion = newCurrentVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE__CURRENT_VERSION, oldCurrentVersion, currentVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getViews() {
		return views;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViews(int newViews) {
		int oldViews = views;
		views = newViews;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.ARTICLE__VIEWS, oldViews, views));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArticleVersion> getVersions() {
		if (versions == null) {
			versions = new EObjectContainmentEList<ArticleVersion>(ArticleVersion.class, this, KnowledgePackage.ARTICLE__VERSIONS);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Feedback> getFeedback() {
		if (feedback == null) {
			feedback = new EObjectContainmentEList<Feedback>(Feedback.class, this, KnowledgePackage.ARTICLE__FEEDBACK);
		}
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KnowledgePackage.ARTICLE__VERSIONS:
				return ((InternalEList<?>)getVersions()).basicRemove(otherEnd, msgs);
			case KnowledgePackage.ARTICLE__FEEDBACK:
				return ((InternalEList<?>)getFeedback()).basicRemove(otherEnd, msgs);
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
			case KnowledgePackage.ARTICLE__ID:
				return getId();
			case KnowledgePackage.ARTICLE__TITLE:
				return getTitle();
			case KnowledgePackage.ARTICLE__CATEGORY_ID:
				return getCategoryId();
			case KnowledgePackage.ARTICLE__STATUS:
				return getStatus();
			case KnowledgePackage.ARTICLE__SORT_ORDER:
				return getSortOrder();
			case KnowledgePackage.ARTICLE__VALID_FROM:
				return getValidFrom();
			case KnowledgePackage.ARTICLE__VALID_TO:
				return getValidTo();
			case KnowledgePackage.ARTICLE__CHANNELS:
				return getChannels();
			case KnowledgePackage.ARTICLE__KEYWORDS:
				return getKeywords();
			case KnowledgePackage.ARTICLE__CURRENT_VERSION:
				return getCurrentVersion();
			case KnowledgePackage.ARTICLE__VIEWS:
				return getViews();
			case KnowledgePackage.ARTICLE__VERSIONS:
				return getVersions();
			case KnowledgePackage.ARTICLE__FEEDBACK:
				return getFeedback();
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
			case KnowledgePackage.ARTICLE__ID:
				setId((String)newValue);
				return;
			case KnowledgePackage.ARTICLE__TITLE:
				setTitle((String)newValue);
				return;
			case KnowledgePackage.ARTICLE__CATEGORY_ID:
				setCategoryId((String)newValue);
				return;
			case KnowledgePackage.ARTICLE__STATUS:
				setStatus((ArticleStatus)newValue);
				return;
			case KnowledgePackage.ARTICLE__SORT_ORDER:
				setSortOrder((Integer)newValue);
				return;
			case KnowledgePackage.ARTICLE__VALID_FROM:
				setValidFrom((Date)newValue);
				return;
			case KnowledgePackage.ARTICLE__VALID_TO:
				setValidTo((Date)newValue);
				return;
			case KnowledgePackage.ARTICLE__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends String>)newValue);
				return;
			case KnowledgePackage.ARTICLE__KEYWORDS:
				getKeywords().clear();
				getKeywords().addAll((Collection<? extends String>)newValue);
				return;
			case KnowledgePackage.ARTICLE__CURRENT_VERSION:
				setCurrentVersion((Integer)newValue);
				return;
			case KnowledgePackage.ARTICLE__VIEWS:
				setViews((Integer)newValue);
				return;
			case KnowledgePackage.ARTICLE__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends ArticleVersion>)newValue);
				return;
			case KnowledgePackage.ARTICLE__FEEDBACK:
				getFeedback().clear();
				getFeedback().addAll((Collection<? extends Feedback>)newValue);
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
			case KnowledgePackage.ARTICLE__ID:
				setId(ID_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE__CATEGORY_ID:
				setCategoryId(CATEGORY_ID_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE__SORT_ORDER:
				setSortOrder(SORT_ORDER_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE__CHANNELS:
				getChannels().clear();
				return;
			case KnowledgePackage.ARTICLE__KEYWORDS:
				getKeywords().clear();
				return;
			case KnowledgePackage.ARTICLE__CURRENT_VERSION:
				setCurrentVersion(CURRENT_VERSION_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE__VIEWS:
				setViews(VIEWS_EDEFAULT);
				return;
			case KnowledgePackage.ARTICLE__VERSIONS:
				getVersions().clear();
				return;
			case KnowledgePackage.ARTICLE__FEEDBACK:
				getFeedback().clear();
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
			case KnowledgePackage.ARTICLE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case KnowledgePackage.ARTICLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case KnowledgePackage.ARTICLE__CATEGORY_ID:
				return CATEGORY_ID_EDEFAULT == null ? categoryId != null : !CATEGORY_ID_EDEFAULT.equals(categoryId);
			case KnowledgePackage.ARTICLE__STATUS:
				return status != STATUS_EDEFAULT;
			case KnowledgePackage.ARTICLE__SORT_ORDER:
				return sortOrder != SORT_ORDER_EDEFAULT;
			case KnowledgePackage.ARTICLE__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case KnowledgePackage.ARTICLE__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
			case KnowledgePackage.ARTICLE__CHANNELS:
				return channels != null && !channels.isEmpty();
			case KnowledgePackage.ARTICLE__KEYWORDS:
				return keywords != null && !keywords.isEmpty();
			case KnowledgePackage.ARTICLE__CURRENT_VERSION:
				return currentVersion != CURRENT_VERSION_EDEFAULT;
			case KnowledgePackage.ARTICLE__VIEWS:
				return views != VIEWS_EDEFAULT;
			case KnowledgePackage.ARTICLE__VERSIONS:
				return versions != null && !versions.isEmpty();
			case KnowledgePackage.ARTICLE__FEEDBACK:
				return feedback != null && !feedback.isEmpty();
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
		result.append(", categoryId: ");
		result.append(categoryId);
		result.append(", status: ");
		result.append(status);
		result.append(", sortOrder: ");
		result.append(sortOrder);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validTo: ");
		result.append(validTo);
		result.append(", channels: ");
		result.append(channels);
		result.append(", keywords: ");
		result.append(keywords);
		result.append(", currentVersion: ");
		result.append(currentVersion);
		result.append(", views: ");
		result.append(views);
		result.append(')');
		return result.toString();
	}

} //ArticleImpl
