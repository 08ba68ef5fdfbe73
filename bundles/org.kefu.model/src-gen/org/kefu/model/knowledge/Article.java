/**
 */
package org.kefu.model.knowledge;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 知识: an article with its versions and feedback.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.knowledge.Article#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getTitle <em>Title</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getCategoryId <em>Category Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getSortOrder <em>Sort Order</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getCurrentVersion <em>Current Version</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getViews <em>Views</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Article#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Article extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Article#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_Title()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Article#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Category Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category Id</em>' attribute.
	 * @see #setCategoryId(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_CategoryId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCategoryId();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Article#getCategoryId <em>Category Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Id</em>' attribute.
	 * @see #getCategoryId()
	 * @generated
	 */
	void setCategoryId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.knowledge.ArticleStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.knowledge.ArticleStatus
	 * @see #setStatus(ArticleStatus)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_Status()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	ArticleStatus getStatus();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Article#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.knowledge.ArticleStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ArticleStatus value);

	/**
	 * Returns the value of the '<em><b>Sort Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sort Order</em>' attribute.
	 * @see #setSortOrder(int)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_SortOrder()
	 * @model
	 * @generated
	 */
	int getSortOrder();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Article#getSortOrder <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sort Order</em>' attribute.
	 * @see #getSortOrder()
	 * @generated
	 */
	void setSortOrder(int value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Date)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_ValidFrom()
	 * @model
	 * @generated
	 */
	Date getValidFrom();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Article#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(Date value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(Date)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_ValidTo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getValidTo();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Article#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(Date value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute list.
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_Channels()
	 * @model
	 * @generated
	 */
	EList<String> getChannels();

	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute list.
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_Keywords()
	 * @model
	 * @generated
	 */
	EList<String> getKeywords();

	/**
	 * Returns the value of the '<em><b>Current Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Version</em>' attribute.
	 * @see #setCurrentVersion(int)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_CurrentVersion()
	 * @model
	 * @generated
	 */
	int getCurrentVersion();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Article#getCurrentVersion <em>Current Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Version</em>' attribute.
	 * @see #getCurrentVersion()
	 * @generated
	 */
	void setCurrentVersion(int value);

	/**
	 * Returns the value of the '<em><b>Views</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Views</em>' attribute.
	 * @see #setViews(int)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_Views()
	 * @model
	 * @generated
	 */
	int getViews();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Article#getViews <em>Views</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Views</em>' attribute.
	 * @see #getViews()
	 * @generated
	 */
	void setViews(int value);

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' containment reference list.
	 * The list contents are of type {@link org.kefu.model.knowledge.ArticleVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Versions</em>' containment reference list.
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_Versions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArticleVersion> getVersions();

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' containment reference list.
	 * The list contents are of type {@link org.kefu.model.knowledge.Feedback}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback</em>' containment reference list.
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticle_Feedback()
	 * @model containment="true"
	 * @generated
	 */
	EList<Feedback> getFeedback();

} // Article
