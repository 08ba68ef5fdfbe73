/**
 */
package org.kefu.model.service;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Product</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 产品: a sellable product of the operator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.Product#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Product#getCode <em>Code</em>}</li>
 *   <li>{@link org.kefu.model.service.Product#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.service.Product#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.service.Product#getMonthlyFee <em>Monthly Fee</em>}</li>
 *   <li>{@link org.kefu.model.service.Product#getPointsPrice <em>Points Price</em>}</li>
 *   <li>{@link org.kefu.model.service.Product#isActive <em>Active</em>}</li>
 *   <li>{@link org.kefu.model.service.Product#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.service.ServicePackage#getProduct()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Product extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.service.ServicePackage#getProduct_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Product#getId <em>Id</em>}' attribute.
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
	 * @see org.kefu.model.service.ServicePackage#getProduct_Code()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Product#getCode <em>Code</em>}' attribute.
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
	 * @see org.kefu.model.service.ServicePackage#getProduct_Name()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Product#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.service.ProductKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.service.ProductKind
	 * @see #setKind(ProductKind)
	 * @see org.kefu.model.service.ServicePackage#getProduct_Kind()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	ProductKind getKind();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Product#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.service.ProductKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProductKind value);

	/**
	 * Returns the value of the '<em><b>Monthly Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly Fee</em>' attribute.
	 * @see #setMonthlyFee(BigDecimal)
	 * @see org.kefu.model.service.ServicePackage#getProduct_MonthlyFee()
	 * @model
	 * @generated
	 */
	BigDecimal getMonthlyFee();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Product#getMonthlyFee <em>Monthly Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly Fee</em>' attribute.
	 * @see #getMonthlyFee()
	 * @generated
	 */
	void setMonthlyFee(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Points Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points Price</em>' attribute.
	 * @see #setPointsPrice(int)
	 * @see org.kefu.model.service.ServicePackage#getProduct_PointsPrice()
	 * @model
	 * @generated
	 */
	int getPointsPrice();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Product#getPointsPrice <em>Points Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points Price</em>' attribute.
	 * @see #getPointsPrice()
	 * @generated
	 */
	void setPointsPrice(int value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.kefu.model.service.ServicePackage#getProduct_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Product#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.kefu.model.service.ServicePackage#getProduct_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Product#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Product
