/**
 */
package org.kefu.model.service;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Product Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.kefu.model.service.ServicePackage#getProductKind()
 * @model
 * @generated
 */
public enum ProductKind implements Enumerator {
	/**
	 * The '<em><b>CALL PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CALL_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	CALL_PLAN(0, "CALL_PLAN", "CALL_PLAN"),

	/**
	 * The '<em><b>BROADBAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROADBAND_VALUE
	 * @generated
	 * @ordered
	 */
	BROADBAND(1, "BROADBAND", "BROADBAND"),

	/**
	 * The '<em><b>BUNDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUNDLE_VALUE
	 * @generated
	 * @ordered
	 */
	BUNDLE(2, "BUNDLE", "BUNDLE"),

	/**
	 * The '<em><b>VALUE ADDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALUE_ADDED_VALUE
	 * @generated
	 * @ordered
	 */
	VALUE_ADDED(3, "VALUE_ADDED", "VALUE_ADDED"),

	/**
	 * The '<em><b>DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE(4, "DEVICE", "DEVICE");

	/**
	 * The '<em><b>CALL PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CALL_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CALL_PLAN_VALUE = 0;

	/**
	 * The '<em><b>BROADBAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROADBAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BROADBAND_VALUE = 1;

	/**
	 * The '<em><b>BUNDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUNDLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUNDLE_VALUE = 2;

	/**
	 * The '<em><b>VALUE ADDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALUE_ADDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VALUE_ADDED_VALUE = 3;

	/**
	 * The '<em><b>DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Product Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProductKind[] VALUES_ARRAY =
		new ProductKind[] {
			CALL_PLAN,
			BROADBAND,
			BUNDLE,
			VALUE_ADDED,
			DEVICE,
		};

	/**
	 * A public read-only list of all the '<em><b>Product Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProductKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Product Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Product Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Product Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductKind get(int value) {
		switch (value) {
			case CALL_PLAN_VALUE: return CALL_PLAN;
			case BROADBAND_VALUE: return BROADBAND;
			case BUNDLE_VALUE: return BUNDLE;
			case VALUE_ADDED_VALUE: return VALUE_ADDED;
			case DEVICE_VALUE: return DEVICE;
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
	private ProductKind(int value, String name, String literal) {
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
	
} //ProductKind
