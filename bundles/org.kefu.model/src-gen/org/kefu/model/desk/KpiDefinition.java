/**
 */
package org.kefu.model.desk;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * KPI 定义
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.KpiDefinition#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiDefinition#getCode <em>Code</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiDefinition#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiDefinition#getTarget <em>Target</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiDefinition#isHigherIsBetter <em>Higher Is Better</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiDefinition#getFormula <em>Formula</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.desk.DeskPackage#getKpiDefinition()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface KpiDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.desk.DeskPackage#getKpiDefinition_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiDefinition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.kefu.model.desk.DeskPackage#getKpiDefinition_Code()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiDefinition#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.kefu.model.desk.DeskPackage#getKpiDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.kefu.model.desk.DeskPackage#getKpiDefinition_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiDefinition#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(double)
	 * @see org.kefu.model.desk.DeskPackage#getKpiDefinition_Target()
	 * @model
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiDefinition#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Returns the value of the '<em><b>Higher Is Better</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Higher Is Better</em>' attribute.
	 * @see #setHigherIsBetter(boolean)
	 * @see org.kefu.model.desk.DeskPackage#getKpiDefinition_HigherIsBetter()
	 * @model default="true"
	 * @generated
	 */
	boolean isHigherIsBetter();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiDefinition#isHigherIsBetter <em>Higher Is Better</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Higher Is Better</em>' attribute.
	 * @see #isHigherIsBetter()
	 * @generated
	 */
	void setHigherIsBetter(boolean value);

	/**
	 * Returns the value of the '<em><b>Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Formula</em>' attribute.
	 * @see #setFormula(String)
	 * @see org.kefu.model.desk.DeskPackage#getKpiDefinition_Formula()
	 * @model
	 * @generated
	 */
	String getFormula();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiDefinition#getFormula <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Formula</em>' attribute.
	 * @see #getFormula()
	 * @generated
	 */
	void setFormula(String value);

} // KpiDefinition
