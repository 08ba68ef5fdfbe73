/**
 */
package org.kefu.model.service.impl;

import java.math.BigDecimal;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kefu.model.service.Bill;
import org.kefu.model.service.Customer;
import org.kefu.model.service.CustomerStatus;
import org.kefu.model.service.PointsTransaction;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.Subscription;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getIdNumber <em>Id Number</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getAccount <em>Account</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getPointsBalance <em>Points Balance</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getBalance <em>Balance</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getSubscriptions <em>Subscriptions</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getBills <em>Bills</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.CustomerImpl#getPointsHistory <em>Points History</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerImpl extends MinimalEObjectImpl.Container implements Customer {
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
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdNumber() <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdNumber() <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdNumber()
	 * @generated
	 * @ordered
	 */
	protected String idNumber = ID_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccount() <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccount()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccount() <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccount()
	 * @generated
	 * @ordered
	 */
	protected String account = ACCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CustomerStatus STATUS_EDEFAULT = CustomerStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CustomerStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected String level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPointsBalance() <em>Points Balance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsBalance()
	 * @generated
	 * @ordered
	 */
	protected static final int POINTS_BALANCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPointsBalance() <em>Points Balance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsBalance()
	 * @generated
	 * @ordered
	 */
	protected int pointsBalance = POINTS_BALANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBalance() <em>Balance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBalance()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BALANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBalance() <em>Balance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBalance()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal balance = BALANCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubscriptions() <em>Subscriptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscriptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Subscription> subscriptions;

	/**
	 * The cached value of the '{@link #getBills() <em>Bills</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBills()
	 * @generated
	 * @ordered
	 */
	protected EList<Bill> bills;

	/**
	 * The cached value of the '{@link #getPointsHistory() <em>Points History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<PointsTransaction> pointsHistory;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServicePackage.Literals.CUSTOMER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdNumber() {
		return idNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdNumber(String newIdNumber) {
		String oldIdNumber = idNumber;
		idNumber = newIdNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__ID_NUMBER, oldIdNumber, idNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccount() {
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccount(String newAccount) {
		String oldAccount = account;
		account = newAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__ACCOUNT, oldAccount, account));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CustomerStatus newStatus) {
		CustomerStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(String newLevel) {
		String oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, ServicePackage.CUSTOMER__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPointsBalance() {
		return pointsBalance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointsBalance(int newPointsBalance) {
		int oldPointsBalance = pointsBalance;
		pointsBalance = newPointsBalance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__POINTS_BALANCE, oldPointsBalance, pointsBalance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBalance() {
		return balance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBalance(BigDecimal newBalance) {
		BigDecimal oldBalance = balance;
		balance = newBalance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.CUSTOMER__BALANCE, oldBalance, balance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subscription> getSubscriptions() {
		if (subscriptions == null) {
			subscriptions = new EObjectContainmentEList<Subscription>(Subscription.class, this, ServicePackage.CUSTOMER__SUBSCRIPTIONS);
		}
		return subscriptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Bill> getBills() {
		if (bills == null) {
			bills = new EObjectContainmentEList<Bill>(Bill.class, this, ServicePackage.CUSTOMER__BILLS);
		}
		return bills;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PointsTransaction> getPointsHistory() {
		if (pointsHistory == null) {
			pointsHistory = new EObjectContainmentEList<PointsTransaction>(PointsTransaction.class, this, ServicePackage.CUSTOMER__POINTS_HISTORY);
		}
		return pointsHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServicePackage.CUSTOMER__SUBSCRIPTIONS:
				return ((InternalEList<?>)getSubscriptions()).basicRemove(otherEnd, msgs);
			case ServicePackage.CUSTOMER__BILLS:
				return ((InternalEList<?>)getBills()).basicRemove(otherEnd, msgs);
			case ServicePackage.CUSTOMER__POINTS_HISTORY:
				return ((InternalEList<?>)getPointsHistory()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServicePackage.CUSTOMER__ID:
				return getId();
			case ServicePackage.CUSTOMER__NAME:
				return getName();
			case ServicePackage.CUSTOMER__PHONE:
				return getPhone();
			case ServicePackage.CUSTOMER__ID_NUMBER:
				return getIdNumber();
			case ServicePackage.CUSTOMER__ACCOUNT:
				return getAccount();
			case ServicePackage.CUSTOMER__STATUS:
				return getStatus();
			case ServicePackage.CUSTOMER__LEVEL:
				return getLevel();
			case ServicePackage.CUSTOMER__CITY:
				return getCity();
			case ServicePackage.CUSTOMER__ADDRESS:
				return getAddress();
			case ServicePackage.CUSTOMER__TAGS:
				return getTags();
			case ServicePackage.CUSTOMER__CREATED_AT:
				return getCreatedAt();
			case ServicePackage.CUSTOMER__POINTS_BALANCE:
				return getPointsBalance();
			case ServicePackage.CUSTOMER__BALANCE:
				return getBalance();
			case ServicePackage.CUSTOMER__SUBSCRIPTIONS:
				return getSubscriptions();
			case ServicePackage.CUSTOMER__BILLS:
				return getBills();
			case ServicePackage.CUSTOMER__POINTS_HISTORY:
				return getPointsHistory();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServicePackage.CUSTOMER__ID:
				setId((String)newValue);
				return;
			case ServicePackage.CUSTOMER__NAME:
				setName((String)newValue);
				return;
			case ServicePackage.CUSTOMER__PHONE:
				setPhone((String)newValue);
				return;
			case ServicePackage.CUSTOMER__ID_NUMBER:
				setIdNumber((String)newValue);
				return;
			case ServicePackage.CUSTOMER__ACCOUNT:
				setAccount((String)newValue);
				return;
			case ServicePackage.CUSTOMER__STATUS:
				setStatus((CustomerStatus)newValue);
				return;
			case ServicePackage.CUSTOMER__LEVEL:
				setLevel((String)newValue);
				return;
			case ServicePackage.CUSTOMER__CITY:
				setCity((String)newValue);
				return;
			case ServicePackage.CUSTOMER__ADDRESS:
				setAddress((String)newValue);
				return;
			case ServicePackage.CUSTOMER__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case ServicePackage.CUSTOMER__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case ServicePackage.CUSTOMER__POINTS_BALANCE:
				setPointsBalance((Integer)newValue);
				return;
			case ServicePackage.CUSTOMER__BALANCE:
				setBalance((BigDecimal)newValue);
				return;
			case ServicePackage.CUSTOMER__SUBSCRIPTIONS:
				getSubscriptions().clear();
				getSubscriptions().addAll((Collection<? extends Subscription>)newValue);
				return;
			case ServicePackage.CUSTOMER__BILLS:
				getBills().clear();
				getBills().addAll((Collection<? extends Bill>)newValue);
				return;
			case ServicePackage.CUSTOMER__POINTS_HISTORY:
				getPointsHistory().clear();
				getPointsHistory().addAll((Collection<? extends PointsTransaction>)newValue);
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
			case ServicePackage.CUSTOMER__ID:
				setId(ID_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__ID_NUMBER:
				setIdNumber(ID_NUMBER_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__ACCOUNT:
				setAccount(ACCOUNT_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__TAGS:
				getTags().clear();
				return;
			case ServicePackage.CUSTOMER__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__POINTS_BALANCE:
				setPointsBalance(POINTS_BALANCE_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__BALANCE:
				setBalance(BALANCE_EDEFAULT);
				return;
			case ServicePackage.CUSTOMER__SUBSCRIPTIONS:
				getSubscriptions().clear();
				return;
			case ServicePackage.CUSTOMER__BILLS:
				getBills().clear();
				return;
			case ServicePackage.CUSTOMER__POINTS_HISTORY:
				getPointsHistory().clear();
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
			case ServicePackage.CUSTOMER__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ServicePackage.CUSTOMER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ServicePackage.CUSTOMER__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case ServicePackage.CUSTOMER__ID_NUMBER:
				return ID_NUMBER_EDEFAULT == null ? idNumber != null : !ID_NUMBER_EDEFAULT.equals(idNumber);
			case ServicePackage.CUSTOMER__ACCOUNT:
				return ACCOUNT_EDEFAULT == null ? account != null : !ACCOUNT_EDEFAULT.equals(account);
			case ServicePackage.CUSTOMER__STATUS:
				return status != STATUS_EDEFAULT;
			case ServicePackage.CUSTOMER__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case ServicePackage.CUSTOMER__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case ServicePackage.CUSTOMER__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case ServicePackage.CUSTOMER__TAGS:
				return tags != null && !tags.isEmpty();
			case ServicePackage.CUSTOMER__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ServicePackage.CUSTOMER__POINTS_BALANCE:
				return pointsBalance != POINTS_BALANCE_EDEFAULT;
			case ServicePackage.CUSTOMER__BALANCE:
				return BALANCE_EDEFAULT == null ? balance != null : !BALANCE_EDEFAULT.equals(balance);
			case ServicePackage.CUSTOMER__SUBSCRIPTIONS:
				return subscriptions != null && !subscriptions.isEmpty();
			case ServicePackage.CUSTOMER__BILLS:
				return bills != null && !bills.isEmpty();
			case ServicePackage.CUSTOMER__POINTS_HISTORY:
				return pointsHistory != null && !pointsHistory.isEmpty();
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
		result.append(", name: ");
		result.append(name);
		result.append(", phone: ");
		result.append(phone);
		result.append(", idNumber: ");
		result.append(idNumber);
		result.append(", account: ");
		result.append(account);
		result.append(", status: ");
		result.append(status);
		result.append(", level: ");
		result.append(level);
		result.append(", city: ");
		result.append(city);
		result.append(", address: ");
		result.append(address);
		result.append(", tags: ");
		result.append(tags);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", pointsBalance: ");
		result.append(pointsBalance);
		result.append(", balance: ");
		result.append(balance);
		result.append(')');
		return result.toString();
	}

} //CustomerImpl
