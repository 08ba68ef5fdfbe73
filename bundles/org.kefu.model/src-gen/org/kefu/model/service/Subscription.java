/**
 */
package org.kefu.model.service;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subscription</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 订购: one product a customer has.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.Subscription#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Subscription#getProductCode <em>Product Code</em>}</li>
 *   <li>{@link org.kefu.model.service.Subscription#getProductName <em>Product Name</em>}</li>
 *   <li>{@link org.kefu.model.service.Subscription#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kefu.model.service.Subscription#getStart <em>Start</em>}</li>
 *   <li>{@link org.kefu.model.service.Subscription#getEnd <em>End</em>}</li>
 *   <li>{@link org.kefu.model.service.Subscription#getMonthlyFee <em>Monthly Fee</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.service.ServicePackage#getSubscription()
 * @model
 * @generated
 */
public interface Subscription extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.service.ServicePackage#getSubscription_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Subscription#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Product Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product Code</em>' attribute.
	 * @see #setProductCode(String)
	 * @see org.kefu.model.service.ServicePackage#getSubscription_ProductCode()
	 * @model
	 * @generated
	 */
	String getProductCode();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Subscription#getProductCode <em>Product Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Code</em>' attribute.
	 * @see #getProductCode()
	 * @generated
	 */
	void setProductCode(String value);

	/**
	 * Returns the value of the '<em><b>Product Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product Name</em>' attribute.
	 * @see #setProductName(String)
	 * @see org.kefu.model.service.ServicePackage#getSubscription_ProductName()
	 * @model
	 * @generated
	 */
	String getProductName();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Subscription#getProductName <em>Product Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Name</em>' attribute.
	 * @see #getProductName()
	 * @generated
	 */
	void setProductName(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.service.SubscriptionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.service.SubscriptionStatus
	 * @see #setStatus(SubscriptionStatus)
	 * @see org.kefu.model.service.ServicePackage#getSubscription_Status()
	 * @model
	 * @generated
	 */
	SubscriptionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Subscription#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.service.SubscriptionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SubscriptionStatus value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see org.kefu.model.service.ServicePackage#getSubscription_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Subscription#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Date)
	 * @see org.kefu.model.service.ServicePackage#getSubscription_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Subscription#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Monthly Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly Fee</em>' attribute.
	 * @see #setMonthlyFee(BigDecimal)
	 * @see org.kefu.model.service.ServicePackage#getSubscription_MonthlyFee()
	 * @model
	 * @generated
	 */
	BigDecimal getMonthlyFee();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Subscription#getMonthlyFee <em>Monthly Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly Fee</em>' attribute.
	 * @see #getMonthlyFee()
	 * @generated
	 */
	void setMonthlyFee(BigDecimal value);

} // Subscription
