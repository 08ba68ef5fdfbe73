/**
 */
package org.kefu.model.knowledge.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.kefu.model.knowledge.KnowledgePackage;
import org.kefu.model.knowledge.Question;
import org.kefu.model.knowledge.QuestionKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Question</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.knowledge.impl.QuestionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.QuestionImpl#getCategoryId <em>Category Id</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.QuestionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.QuestionImpl#getStem <em>Stem</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.QuestionImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.QuestionImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.QuestionImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.kefu.model.knowledge.impl.QuestionImpl#getDifficulty <em>Difficulty</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuestionImpl extends MinimalEObjectImpl.Container implements Question {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final QuestionKind KIND_EDEFAULT = QuestionKind.SINGLE_CHOICE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected QuestionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStem() <em>Stem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStem()
	 * @generated
	 * @ordered
	 */
	protected static final String STEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStem() <em>Stem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStem()
	 * @generated
	 * @ordered
	 */
	protected String stem = STEM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> options;

	/**
	 * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected String answer = ANSWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDifficulty() <em>Difficulty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifficulty()
	 * @generated
	 * @ordered
	 */
	protected static final int DIFFICULTY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDifficulty() <em>Difficulty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifficulty()
	 * @generated
	 * @ordered
	 */
	protected int difficulty = DIFFICULTY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuestionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KnowledgePackage.Literals.QUESTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.QUESTION__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.QUESTION__CATEGORY_ID, oldCategoryId, categoryId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuestionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(QuestionKind newKind) {
		QuestionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.QUESTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStem() {
		return stem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStem(String newStem) {
		String oldStem = stem;
		stem = newStem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.QUESTION__STEM, oldStem, stem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOptions() {
		if (options == null) {
			options = new EDataTypeUniqueEList<String>(String.class, this, KnowledgePackage.QUESTION__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnswer() {
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswer(String newAnswer) {
		String oldAnswer = answer;
		answer = newAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.QUESTION__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.QUESTION__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDifficulty() {
		return difficulty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDifficulty(int newDifficulty) {
		int oldDifficulty = difficulty;
		difficulty = newDifficulty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KnowledgePackage.QUESTION__DIFFICULTY, oldDifficulty, difficulty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KnowledgePackage.QUESTION__ID:
				return getId();
			case KnowledgePackage.QUESTION__CATEGORY_ID:
				return getCategoryId();
			case KnowledgePackage.QUESTION__KIND:
				return getKind();
			case KnowledgePackage.QUESTION__STEM:
				return getStem();
			case KnowledgePackage.QUESTION__OPTIONS:
				return getOptions();
			case KnowledgePackage.QUESTION__ANSWER:
				return getAnswer();
			case KnowledgePackage.QUESTION__EXPLANATION:
				return getExplanation();
			case KnowledgePackage.QUESTION__DIFFICULTY:
				return getDifficulty();
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
			case KnowledgePackage.QUESTION__ID:
				setId((String)newValue);
				return;
			case KnowledgePackage.QUESTION__CATEGORY_ID:
				setCategoryId((String)newValue);
				return;
			case KnowledgePackage.QUESTION__KIND:
				setKind((QuestionKind)newValue);
				return;
			case KnowledgePackage.QUESTION__STEM:
				setStem((String)newValue);
				return;
			case KnowledgePackage.QUESTION__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends String>)newValue);
				return;
			case KnowledgePackage.QUESTION__ANSWER:
				setAnswer((String)newValue);
				return;
			case KnowledgePackage.QUESTION__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case KnowledgePackage.QUESTION__DIFFICULTY:
				setDifficulty((Integer)newValue);
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
			case KnowledgePackage.QUESTION__ID:
				setId(ID_EDEFAULT);
				return;
			case KnowledgePackage.QUESTION__CATEGORY_ID:
				setCategoryId(CATEGORY_ID_EDEFAULT);
				return;
			case KnowledgePackage.QUESTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case KnowledgePackage.QUESTION__STEM:
				setStem(STEM_EDEFAULT);
				return;
			case KnowledgePackage.QUESTION__OPTIONS:
				getOptions().clear();
				return;
			case KnowledgePackage.QUESTION__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case KnowledgePackage.QUESTION__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case KnowledgePackage.QUESTION__DIFFICULTY:
				setDifficulty(DIFFICULTY_EDEFAULT);
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
			case KnowledgePackage.QUESTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case KnowledgePackage.QUESTION__CATEGORY_ID:
				return CATEGORY_ID_EDEFAULT == null ? categoryId != null : !CATEGORY_ID_EDEFAULT.equals(categoryId);
			case KnowledgePackage.QUESTION__KIND:
				return kind != KIND_EDEFAULT;
			case KnowledgePackage.QUESTION__STEM:
				return STEM_EDEFAULT == null ? stem != null : !STEM_EDEFAULT.equals(stem);
			case KnowledgePackage.QUESTION__OPTIONS:
				return options != null && !options.isEmpty();
			case KnowledgePackage.QUESTION__ANSWER:
				return ANSWER_EDEFAULT == null ? answer != null : !ANSWER_EDEFAULT.equals(answer);
			case KnowledgePackage.QUESTION__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case KnowledgePackage.QUESTION__DIFFICULTY:
				return difficulty != DIFFICULTY_EDEFAULT;
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
		result.append(", categoryId: ");
		result.append(categoryId);
		result.append(", kind: ");
		result.append(kind);
		result.append(", stem: ");
		result.append(stem);
		result.append(", options: ");
		result.append(options);
		result.append(", answer: ");
		result.append(answer);
		result.append(", explanation: ");
		result.append(explanation);
		result.append(", difficulty: ");
		result.append(difficulty);
		result.append(')');
		return result.toString();
	}

} //QuestionImpl
