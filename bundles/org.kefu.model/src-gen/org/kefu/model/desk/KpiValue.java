/**
 */
package org.kefu.model.desk;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * KPI 结果
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.KpiValue#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiValue#getKpiCode <em>Kpi Code</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiValue#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiValue#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.kefu.model.desk.KpiValue#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.desk.DeskPackage#getKpiValue()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface KpiValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.desk.DeskPackage#getKpiValue_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiValue#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kpi Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpi Code</em>' attribute.
	 * @see #setKpiCode(String)
	 * @see org.kefu.model.desk.DeskPackage#getKpiValue_KpiCode()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getKpiCode();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiValue#getKpiCode <em>Kpi Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpi Code</em>' attribute.
	 * @see #getKpiCode()
	 * @generated
	 */
	void setKpiCode(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.kefu.model.desk.DeskPackage#getKpiValue_Subject()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiValue#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.kefu.model.desk.DeskPackage#getKpiValue_Period()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiValue#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.kefu.model.desk.DeskPackage#getKpiValue_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.KpiValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

} // KpiValue
