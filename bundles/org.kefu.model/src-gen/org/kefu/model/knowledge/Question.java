/**
 */
package org.kefu.model.knowledge;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 题库: one question.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.knowledge.Question#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Question#getCategoryId <em>Category Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Question#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Question#getStem <em>Stem</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Question#getOptions <em>Options</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Question#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Question#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.Question#getDifficulty <em>Difficulty</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestion()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Question extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestion_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Question#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Category Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category Id</em>' attribute.
	 * @see #setCategoryId(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestion_CategoryId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCategoryId();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Question#getCategoryId <em>Category Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Id</em>' attribute.
	 * @see #getCategoryId()
	 * @generated
	 */
	void setCategoryId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.knowledge.QuestionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.knowledge.QuestionKind
	 * @see #setKind(QuestionKind)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestion_Kind()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	QuestionKind getKind();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Question#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.knowledge.QuestionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(QuestionKind value);

	/**
	 * Returns the value of the '<em><b>Stem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stem</em>' attribute.
	 * @see #setStem(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestion_Stem()
	 * @model
	 * @generated
	 */
	String getStem();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Question#getStem <em>Stem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stem</em>' attribute.
	 * @see #getStem()
	 * @generated
	 */
	void setStem(String value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' attribute list.
	 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestion_Options()
	 * @model
	 * @generated
	 */
	EList<String> getOptions();

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see #setAnswer(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestion_Answer()
	 * @model
	 * @generated
	 */
	String getAnswer();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Question#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestion_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Question#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Difficulty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Difficulty</em>' attribute.
	 * @see #setDifficulty(int)
	 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestion_Difficulty()
	 * @model
	 * @generated
	 */
	int getDifficulty();

	/**
	 * Sets the value of the '{@link org.kefu.model.knowledge.Question#getDifficulty <em>Difficulty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Difficulty</em>' attribute.
	 * @see #getDifficulty()
	 * @generated
	 */
	void setDifficulty(int value);

} // Question
