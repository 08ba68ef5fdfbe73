/**
 */
package org.kefu.model.admin;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Org Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 组织: a node of an enterprise's org tree; the parent is referenced by id so the tree syncs node by node.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.OrgUnit#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.OrgUnit#getEnterpriseId <em>Enterprise Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.OrgUnit#getParentId <em>Parent Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.OrgUnit#getCode <em>Code</em>}</li>
 *   <li>{@link org.kefu.model.admin.OrgUnit#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.OrgUnit#getSortOrder <em>Sort Order</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.admin.AdminPackage#getOrgUnit()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface OrgUnit extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.admin.AdminPackage#getOrgUnit_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.OrgUnit#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Enterprise Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise Id</em>' attribute.
	 * @see #setEnterpriseId(String)
	 * @see org.kefu.model.admin.AdminPackage#getOrgUnit_EnterpriseId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getEnterpriseId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.OrgUnit#getEnterpriseId <em>Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise Id</em>' attribute.
	 * @see #getEnterpriseId()
	 * @generated
	 */
	void setEnterpriseId(String value);

	/**
	 * Returns the value of the '<em><b>Parent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Id</em>' attribute.
	 * @see #setParentId(String)
	 * @see org.kefu.model.admin.AdminPackage#getOrgUnit_ParentId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getParentId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.OrgUnit#getParentId <em>Parent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Id</em>' attribute.
	 * @see #getParentId()
	 * @generated
	 */
	void setParentId(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.kefu.model.admin.AdminPackage#getOrgUnit_Code()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.OrgUnit#getCode <em>Code</em>}' attribute.
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
	 * @see org.kefu.model.admin.AdminPackage#getOrgUnit_Name()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.OrgUnit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sort Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sort Order</em>' attribute.
	 * @see #setSortOrder(int)
	 * @see org.kefu.model.admin.AdminPackage#getOrgUnit_SortOrder()
	 * @model
	 * @generated
	 */
	int getSortOrder();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.OrgUnit#getSortOrder <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sort Order</em>' attribute.
	 * @see #getSortOrder()
	 * @generated
	 */
	void setSortOrder(int value);

} // OrgUnit
