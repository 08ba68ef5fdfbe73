/**
 */
package org.kefu.model.desk.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.desk.DeskPackage;
import org.kefu.model.desk.KpiDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.impl.KpiDefinitionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.KpiDefinitionImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.KpiDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.KpiDefinitionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.KpiDefinitionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.KpiDefinitionImpl#isHigherIsBetter <em>Higher Is Better</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.KpiDefinitionImpl#getFormula <em>Formula</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiDefinitionImpl extends MinimalEObjectImpl.Container implements KpiDefinition {
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
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #isHigherIsBetter() <em>Higher Is Better</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHigherIsBetter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIGHER_IS_BETTER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isHigherIsBetter() <em>Higher Is Better</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHigherIsBetter()
	 * @generated
	 * @ordered
	 */
	protected boolean higherIsBetter = HIGHER_IS_BETTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormula() <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormula()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMULA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormula() <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormula()
	 * @generated
	 * @ordered
	 */
	protected String formula = FORMULA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeskPackage.Literals.KPI_DEFINITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.KPI_DEFINITION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.KPI_DEFINITION__CODE, oldCode, code));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.KPI_DEFINITION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.KPI_DEFINITION__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(double newTarget) {
		double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.KPI_DEFINITION__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHigherIsBetter() {
		return higherIsBetter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHigherIsBetter(boolean newHigherIsBetter) {
		boolean oldHigherIsBetter = higherIsBetter;
		higherIsBetter = newHigherIsBetter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.KPI_DEFINITION__HIGHER_IS_BETTER, oldHigherIsBetter, higherIsBetter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormula() {
		return formula;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormula(String newFormula) {
		String oldFormula = formula;
		formula = newFormula;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.KPI_DEFINITION__FORMULA, oldFormula, formula));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeskPackage.KPI_DEFINITION__ID:
				return getId();
			case DeskPackage.KPI_DEFINITION__CODE:
				return getCode();
			case DeskPackage.KPI_DEFINITION__NAME:
				return getName();
			case DeskPackage.KPI_DEFINITION__UNIT:
				return getUnit();
			case DeskPackage.KPI_DEFINITION__TARGET:
				return getTarget();
			case DeskPackage.KPI_DEFINITION__HIGHER_IS_BETTER:
				return isHigherIsBetter();
			case DeskPackage.KPI_DEFINITION__FORMULA:
				return getFormula();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DeskPackage.KPI_DEFINITION__ID:
				setId((String)newValue);
				return;
			case DeskPackage.KPI_DEFINITION__CODE:
				setCode((String)newValue);
				return;
			case DeskPackage.KPI_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case DeskPackage.KPI_DEFINITION__UNIT:
				setUnit((String)newValue);
				return;
			case DeskPackage.KPI_DEFINITION__TARGET:
				setTarget((Double)newValue);
				return;
			case DeskPackage.KPI_DEFINITION__HIGHER_IS_BETTER:
				setHigherIsBetter((Boolean)newValue);
				return;
			case DeskPackage.KPI_DEFINITION__FORMULA:
				setFormula((String)newValue);
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
			case DeskPackage.KPI_DEFINITION__ID:
				setId(ID_EDEFAULT);
				return;
			case DeskPackage.KPI_DEFINITION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case DeskPackage.KPI_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DeskPackage.KPI_DEFINITION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case DeskPackage.KPI_DEFINITION__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case DeskPackage.KPI_DEFINITION__HIGHER_IS_BETTER:
				setHigherIsBetter(HIGHER_IS_BETTER_EDEFAULT);
				return;
			case DeskPackage.KPI_DEFINITION__FORMULA:
				setFormula(FORMULA_EDEFAULT);
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
			case DeskPackage.KPI_DEFINITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DeskPackage.KPI_DEFINITION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case DeskPackage.KPI_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DeskPackage.KPI_DEFINITION__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case DeskPackage.KPI_DEFINITION__TARGET:
				return target != TARGET_EDEFAULT;
			case DeskPackage.KPI_DEFINITION__HIGHER_IS_BETTER:
				return higherIsBetter != HIGHER_IS_BETTER_EDEFAULT;
			case DeskPackage.KPI_DEFINITION__FORMULA:
				return FORMULA_EDEFAULT == null ? formula != null : !FORMULA_EDEFAULT.equals(formula);
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
		result.append(", code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", unit: ");
		result.append(unit);
		result.append(", target: ");
		result.append(target);
		result.append(", higherIsBetter: ");
		result.append(higherIsBetter);
		result.append(", formula: ");
		result.append(formula);
		result.append(')');
		return result.toString();
	}

} //KpiDefinitionImpl
