/**
 */
package org.kefu.model.admin;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Function Module</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 功能模块: one row of the permission matrix; who may ever use it is data, not code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.FunctionModule#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.FunctionModule#getCode <em>Code</em>}</li>
 *   <li>{@link org.kefu.model.admin.FunctionModule#getZone <em>Zone</em>}</li>
 *   <li>{@link org.kefu.model.admin.FunctionModule#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.FunctionModule#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.kefu.model.admin.FunctionModule#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.kefu.model.admin.FunctionModule#isPartnerAllowed <em>Partner Allowed</em>}</li>
 *   <li>{@link org.kefu.model.admin.FunctionModule#isPartnerKnowledgeAllowed <em>Partner Knowledge Allowed</em>}</li>
 *   <li>{@link org.kefu.model.admin.FunctionModule#getSortOrder <em>Sort Order</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.admin.AdminPackage#getFunctionModule()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface FunctionModule extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.admin.AdminPackage#getFunctionModule_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.FunctionModule#getId <em>Id</em>}' attribute.
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
	 * @see org.kefu.model.admin.AdminPackage#getFunctionModule_Code()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.FunctionModule#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zone</em>' attribute.
	 * @see #setZone(String)
	 * @see org.kefu.model.admin.AdminPackage#getFunctionModule_Zone()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getZone();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.FunctionModule#getZone <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' attribute.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.kefu.model.admin.AdminPackage#getFunctionModule_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.FunctionModule#getName <em>Name</em>}' attribute.
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
	 * @see org.kefu.model.admin.AdminPackage#getFunctionModule_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.FunctionModule#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.admin.Audience}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see org.kefu.model.admin.Audience
	 * @see #setAudience(Audience)
	 * @see org.kefu.model.admin.AdminPackage#getFunctionModule_Audience()
	 * @model
	 * @generated
	 */
	Audience getAudience();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.FunctionModule#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see org.kefu.model.admin.Audience
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(Audience value);

	/**
	 * Returns the value of the '<em><b>Partner Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner Allowed</em>' attribute.
	 * @see #setPartnerAllowed(boolean)
	 * @see org.kefu.model.admin.AdminPackage#getFunctionModule_PartnerAllowed()
	 * @model
	 * @generated
	 */
	boolean isPartnerAllowed();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.FunctionModule#isPartnerAllowed <em>Partner Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Allowed</em>' attribute.
	 * @see #isPartnerAllowed()
	 * @generated
	 */
	void setPartnerAllowed(boolean value);

	/**
	 * Returns the value of the '<em><b>Partner Knowledge Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner Knowledge Allowed</em>' attribute.
	 * @see #setPartnerKnowledgeAllowed(boolean)
	 * @see org.kefu.model.admin.AdminPackage#getFunctionModule_PartnerKnowledgeAllowed()
	 * @model
	 * @generated
	 */
	boolean isPartnerKnowledgeAllowed();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.FunctionModule#isPartnerKnowledgeAllowed <em>Partner Knowledge Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Knowledge Allowed</em>' attribute.
	 * @see #isPartnerKnowledgeAllowed()
	 * @generated
	 */
	void setPartnerKnowledgeAllowed(boolean value);

	/**
	 * Returns the value of the '<em><b>Sort Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sort Order</em>' attribute.
	 * @see #setSortOrder(int)
	 * @see org.kefu.model.admin.AdminPackage#getFunctionModule_SortOrder()
	 * @model
	 * @generated
	 */
	int getSortOrder();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.FunctionModule#getSortOrder <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sort Order</em>' attribute.
	 * @see #getSortOrder()
	 * @generated
	 */
	void setSortOrder(int value);

} // FunctionModule
