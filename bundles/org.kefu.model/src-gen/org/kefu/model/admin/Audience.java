/**
 */
package org.kefu.model.admin;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Audience</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.kefu.model.admin.AdminPackage#getAudience()
 * @model
 * @generated
 */
public enum Audience implements Enumerator {
	/**
	 * The '<em><b>OWN STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWN_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	OWN_STAFF(0, "OWN_STAFF", "OWN_STAFF"),

	/**
	 * The '<em><b>MANAGERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGERS_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGERS(1, "MANAGERS", "MANAGERS"),

	/**
	 * The '<em><b>EVERYONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVERYONE_VALUE
	 * @generated
	 * @ordered
	 */
	EVERYONE(2, "EVERYONE", "EVERYONE"),

	/**
	 * The '<em><b>ADMINISTRATORS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATORS_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATORS(3, "ADMINISTRATORS", "ADMINISTRATORS");

	/**
	 * The '<em><b>OWN STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWN_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OWN_STAFF_VALUE = 0;

	/**
	 * The '<em><b>MANAGERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANAGERS_VALUE = 1;

	/**
	 * The '<em><b>EVERYONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVERYONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVERYONE_VALUE = 2;

	/**
	 * The '<em><b>ADMINISTRATORS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATORS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATORS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Audience</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Audience[] VALUES_ARRAY =
		new Audience[] {
			OWN_STAFF,
			MANAGERS,
			EVERYONE,
			ADMINISTRATORS,
		};

	/**
	 * A public read-only list of all the '<em><b>Audience</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Audience> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Audience</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Audience get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Audience result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Audience</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Audience getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Audience result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Audience</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Audience get(int value) {
		switch (value) {
			case OWN_STAFF_VALUE: return OWN_STAFF;
			case MANAGERS_VALUE: return MANAGERS;
			case EVERYONE_VALUE: return EVERYONE;
			case ADMINISTRATORS_VALUE: return ADMINISTRATORS;
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
	private Audience(int value, String name, String literal) {
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
	
} //Audience
