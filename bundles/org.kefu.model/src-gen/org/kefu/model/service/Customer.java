/**
 */
package org.kefu.model.service;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 客户: the 360 view's aggregate: identity, products, bills and points.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.Customer#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getIdNumber <em>Id Number</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getAccount <em>Account</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getLevel <em>Level</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getCity <em>City</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getAddress <em>Address</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getTags <em>Tags</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getPointsBalance <em>Points Balance</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getBalance <em>Balance</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getSubscriptions <em>Subscriptions</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getBills <em>Bills</em>}</li>
 *   <li>{@link org.kefu.model.service.Customer#getPointsHistory <em>Points History</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.service.ServicePackage#getCustomer()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Customer extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getId <em>Id</em>}' attribute.
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
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Name()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Phone()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Id Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id Number</em>' attribute.
	 * @see #setIdNumber(String)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_IdNumber()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getIdNumber();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getIdNumber <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Number</em>' attribute.
	 * @see #getIdNumber()
	 * @generated
	 */
	void setIdNumber(String value);

	/**
	 * Returns the value of the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account</em>' attribute.
	 * @see #setAccount(String)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Account()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getAccount();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getAccount <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account</em>' attribute.
	 * @see #getAccount()
	 * @generated
	 */
	void setAccount(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.service.CustomerStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.service.CustomerStatus
	 * @see #setStatus(CustomerStatus)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Status()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	CustomerStatus getStatus();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.kefu.model.service.CustomerStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CustomerStatus value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(String)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Level()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getLevel();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_City()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Points Balance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points Balance</em>' attribute.
	 * @see #setPointsBalance(int)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_PointsBalance()
	 * @model
	 * @generated
	 */
	int getPointsBalance();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getPointsBalance <em>Points Balance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points Balance</em>' attribute.
	 * @see #getPointsBalance()
	 * @generated
	 */
	void setPointsBalance(int value);

	/**
	 * Returns the value of the '<em><b>Balance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Balance</em>' attribute.
	 * @see #setBalance(BigDecimal)
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Balance()
	 * @model
	 * @generated
	 */
	BigDecimal getBalance();

	/**
	 * Sets the value of the '{@link org.kefu.model.service.Customer#getBalance <em>Balance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Balance</em>' attribute.
	 * @see #getBalance()
	 * @generated
	 */
	void setBalance(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Subscriptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.kefu.model.service.Subscription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subscriptions</em>' containment reference list.
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Subscriptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subscription> getSubscriptions();

	/**
	 * Returns the value of the '<em><b>Bills</b></em>' containment reference list.
	 * The list contents are of type {@link org.kefu.model.service.Bill}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bills</em>' containment reference list.
	 * @see org.kefu.model.service.ServicePackage#getCustomer_Bills()
	 * @model containment="true"
	 * @generated
	 */
	EList<Bill> getBills();

	/**
	 * Returns the value of the '<em><b>Points History</b></em>' containment reference list.
	 * The list contents are of type {@link org.kefu.model.service.PointsTransaction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points History</em>' containment reference list.
	 * @see org.kefu.model.service.ServicePackage#getCustomer_PointsHistory()
	 * @model containment="true"
	 * @generated
	 */
	EList<PointsTransaction> getPointsHistory();

} // Customer
