/**
 */
package org.kefu.model.admin;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 企业: the operator itself or a partner (outsourcing) enterprise; a contract may open more modules to a partner.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.Enterprise#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.Enterprise#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.Enterprise#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.admin.Enterprise#getContractModules <em>Contract Modules</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.admin.AdminPackage#getEnterprise()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Enterprise extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.admin.AdminPackage#getEnterprise_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Enterprise#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.kefu.model.admin.AdminPackage#getEnterprise_Name()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Enterprise#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.admin.EnterpriseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.admin.EnterpriseKind
	 * @see #setKind(EnterpriseKind)
	 * @see org.kefu.model.admin.AdminPackage#getEnterprise_Kind()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	EnterpriseKind getKind();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Enterprise#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.admin.EnterpriseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EnterpriseKind value);

	/**
	 * Returns the value of the '<em><b>Contract Modules</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contract Modules</em>' attribute list.
	 * @see org.kefu.model.admin.AdminPackage#getEnterprise_ContractModules()
	 * @model
	 * @generated
	 */
	EList<String> getContractModules();

} // Enterprise
