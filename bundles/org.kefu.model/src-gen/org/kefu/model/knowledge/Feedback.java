/**
 */
package org.kefu.model.knowledge;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 纠错, 添加, 评价
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.knowledge.Feedback#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Feedback#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Feedback#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Feedback#getTime <em>Time</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Feedback#getText <em>Text</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Feedback#getCompleteness <em>Completeness</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Feedback#getAccuracy <em>Accuracy</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Feedback#getUsability <em>Usability</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Feedback#getFreshness <em>Freshness</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Feedback#isHandled <em>Handled</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback()
 * @model
 * @generated
 */
public interface Feedback extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.knowledge.FeedbackKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.knowledge.FeedbackKind
	 * @see #setKind(FeedbackKind)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_Kind()
	 * @model
	 * @generated
	 */
	FeedbackKind getKind();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.knowledge.FeedbackKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FeedbackKind value);

	/**
	 * Returns the value of the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff No</em>' attribute.
	 * @see #setStaffNo(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_StaffNo()
	 * @model
	 * @generated
	 */
	String getStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#getStaffNo <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff No</em>' attribute.
	 * @see #getStaffNo()
	 * @generated
	 */
	void setStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_Time()
	 * @model
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Completeness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completeness</em>' attribute.
	 * @see #setCompleteness(int)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_Completeness()
	 * @model
	 * @generated
	 */
	int getCompleteness();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#getCompleteness <em>Completeness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completeness</em>' attribute.
	 * @see #getCompleteness()
	 * @generated
	 */
	void setCompleteness(int value);

	/**
	 * Returns the value of the '<em><b>Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accuracy</em>' attribute.
	 * @see #setAccuracy(int)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_Accuracy()
	 * @model
	 * @generated
	 */
	int getAccuracy();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#getAccuracy <em>Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accuracy</em>' attribute.
	 * @see #getAccuracy()
	 * @generated
	 */
	void setAccuracy(int value);

	/**
	 * Returns the value of the '<em><b>Usability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Usability</em>' attribute.
	 * @see #setUsability(int)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_Usability()
	 * @model
	 * @generated
	 */
	int getUsability();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#getUsability <em>Usability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Usability</em>' attribute.
	 * @see #getUsability()
	 * @generated
	 */
	void setUsability(int value);

	/**
	 * Returns the value of the '<em><b>Freshness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Freshness</em>' attribute.
	 * @see #setFreshness(int)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_Freshness()
	 * @model
	 * @generated
	 */
	int getFreshness();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#getFreshness <em>Freshness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Freshness</em>' attribute.
	 * @see #getFreshness()
	 * @generated
	 */
	void setFreshness(int value);

	/**
	 * Returns the value of the '<em><b>Handled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handled</em>' attribute.
	 * @see #setHandled(boolean)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getFeedback_Handled()
	 * @model
	 * @generated
	 */
	boolean isHandled();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Feedback#isHandled <em>Handled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handled</em>' attribute.
	 * @see #isHandled()
	 * @generated
	 */
	void setHandled(boolean value);

} // Feedback
