/**
 */
package org.kefu.model.admin;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 角色: a named set of function modules (操作权限); partner roles are limited to what partners may use.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.Role#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.Role#getCode <em>Code</em>}</li>
 *   <li>{@link org.kefu.model.admin.Role#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.Role#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.kefu.model.admin.Role#isPartnerRole <em>Partner Role</em>}</li>
 *   <li>{@link org.kefu.model.admin.Role#getModules <em>Modules</em>}</li>
 *   <li>{@link org.kefu.model.admin.Role#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.admin.AdminPackage#getRole()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Role extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.admin.AdminPackage#getRole_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Role#getId <em>Id</em>}' attribute.
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
	 * @see org.kefu.model.admin.AdminPackage#getRole_Code()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Role#getCode <em>Code</em>}' attribute.
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
	 * @see org.kefu.model.admin.AdminPackage#getRole_Name()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Role#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.kefu.model.admin.AdminPackage#getRole_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Role#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Partner Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner Role</em>' attribute.
	 * @see #setPartnerRole(boolean)
	 * @see org.kefu.model.admin.AdminPackage#getRole_PartnerRole()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	boolean isPartnerRole();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Role#isPartnerRole <em>Partner Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Role</em>' attribute.
	 * @see #isPartnerRole()
	 * @generated
	 */
	void setPartnerRole(boolean value);

	/**
	 * Returns the value of the '<em><b>Modules</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modules</em>' attribute list.
	 * @see org.kefu.model.admin.AdminPackage#getRole_Modules()
	 * @model
	 * @generated
	 */
	EList<String> getModules();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.kefu.model.admin.AdminPackage#getRole_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Role#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Role
