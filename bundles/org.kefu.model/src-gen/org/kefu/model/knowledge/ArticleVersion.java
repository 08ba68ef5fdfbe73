/**
 */
package org.kefu.model.knowledge;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 知识版本
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.knowledge.ArticleVersion#getNumber <em>Number</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.ArticleVersion#getBody <em>Body</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.ArticleVersion#getCustomerBody <em>Customer Body</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.ArticleVersion#getAuthorStaffNo <em>Author Staff No</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.ArticleVersion#getTime <em>Time</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.ArticleVersion#getChangeNote <em>Change Note</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.ArticleVersion#getReviewerStaffNo <em>Reviewer Staff No</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.ArticleVersion#getReviewComment <em>Review Comment</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.knowledge.KnowledgePackage#getArticleVersion()
 * @model
 * @generated
 */
public interface ArticleVersion extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticleVersion_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.ArticleVersion#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticleVersion_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.ArticleVersion#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Customer Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Body</em>' attribute.
	 * @see #setCustomerBody(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticleVersion_CustomerBody()
	 * @model
	 * @generated
	 */
	String getCustomerBody();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.ArticleVersion#getCustomerBody <em>Customer Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Body</em>' attribute.
	 * @see #getCustomerBody()
	 * @generated
	 */
	void setCustomerBody(String value);

	/**
	 * Returns the value of the '<em><b>Author Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author Staff No</em>' attribute.
	 * @see #setAuthorStaffNo(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticleVersion_AuthorStaffNo()
	 * @model
	 * @generated
	 */
	String getAuthorStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.ArticleVersion#getAuthorStaffNo <em>Author Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Staff No</em>' attribute.
	 * @see #getAuthorStaffNo()
	 * @generated
	 */
	void setAuthorStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticleVersion_Time()
	 * @model
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.ArticleVersion#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

	/**
	 * Returns the value of the '<em><b>Change Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Note</em>' attribute.
	 * @see #setChangeNote(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticleVersion_ChangeNote()
	 * @model
	 * @generated
	 */
	String getChangeNote();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.ArticleVersion#getChangeNote <em>Change Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Note</em>' attribute.
	 * @see #getChangeNote()
	 * @generated
	 */
	void setChangeNote(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Staff No</em>' attribute.
	 * @see #setReviewerStaffNo(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticleVersion_ReviewerStaffNo()
	 * @model
	 * @generated
	 */
	String getReviewerStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.ArticleVersion#getReviewerStaffNo <em>Reviewer Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Staff No</em>' attribute.
	 * @see #getReviewerStaffNo()
	 * @generated
	 */
	void setReviewerStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Review Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Comment</em>' attribute.
	 * @see #setReviewComment(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getArticleVersion_ReviewComment()
	 * @model
	 * @generated
	 */
	String getReviewComment();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.ArticleVersion#getReviewComment <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Comment</em>' attribute.
	 * @see #getReviewComment()
	 * @generated
	 */
	void setReviewComment(String value);

} // ArticleVersion
