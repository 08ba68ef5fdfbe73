/**
 */
package org.kefu.model.knowledge;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Question Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.kefu.model.knowledge.KnowledgePackage#getQuestionKind()
 * @model
 * @generated
 */
public enum QuestionKind implements Enumerator {
	/**
	 * The '<em><b>SINGLE CHOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_CHOICE_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_CHOICE(0, "SINGLE_CHOICE", "SINGLE_CHOICE"),

	/**
	 * The '<em><b>MULTIPLE CHOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTIPLE_CHOICE_VALUE
	 * @generated
	 * @ordered
	 */
	MULTIPLE_CHOICE(1, "MULTIPLE_CHOICE", "MULTIPLE_CHOICE"),

	/**
	 * The '<em><b>TRUE FALSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUE_FALSE_VALUE
	 * @generated
	 * @ordered
	 */
	TRUE_FALSE(2, "TRUE_FALSE", "TRUE_FALSE"),

	/**
	 * The '<em><b>SHORT ANSWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORT_ANSWER_VALUE
	 * @generated
	 * @ordered
	 */
	SHORT_ANSWER(3, "SHORT_ANSWER", "SHORT_ANSWER");

	/**
	 * The '<em><b>SINGLE CHOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_CHOICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_CHOICE_VALUE = 0;

	/**
	 * The '<em><b>MULTIPLE CHOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTIPLE_CHOICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MULTIPLE_CHOICE_VALUE = 1;

	/**
	 * The '<em><b>TRUE FALSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUE_FALSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRUE_FALSE_VALUE = 2;

	/**
	 * The '<em><b>SHORT ANSWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORT_ANSWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHORT_ANSWER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Question Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QuestionKind[] VALUES_ARRAY =
		new QuestionKind[] {
			SINGLE_CHOICE,
			MULTIPLE_CHOICE,
			TRUE_FALSE,
			SHORT_ANSWER,
		};

	/**
	 * A public read-only list of all the '<em><b>Question Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QuestionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Question Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuestionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QuestionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Question Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuestionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QuestionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Question Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuestionKind get(int value) {
		switch (value) {
			case SINGLE_CHOICE_VALUE: return SINGLE_CHOICE;
			case MULTIPLE_CHOICE_VALUE: return MULTIPLE_CHOICE;
			case TRUE_FALSE_VALUE: return TRUE_FALSE;
			case SHORT_ANSWER_VALUE: return SHORT_ANSWER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private QuestionKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //QuestionKind
