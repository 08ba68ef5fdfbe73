/**
 */
package org.kefu.model.admin.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.PostCategory;
import org.kefu.model.admin.Staff;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staff</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getEnterpriseId <em>Enterprise Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getOrgUnitId <em>Org Unit Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getPostName <em>Post Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getPostCategory <em>Post Category</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getPostLevel <em>Post Level</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getRoleCodes <em>Role Codes</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#isActive <em>Active</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getPasswordSalt <em>Password Salt</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getPasswordIterations <em>Password Iterations</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getFailedLogins <em>Failed Logins</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getLockedUntil <em>Locked Until</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.StaffImpl#getLastLogin <em>Last Login</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffImpl extends MinimalEObjectImpl.Container implements Staff {
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
	 * The default value of the '{@link #getStaffNo() <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStaffNo() <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String staffNo = STAFF_NO_EDEFAULT;

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
	 * The default value of the '{@link #getEnterpriseId() <em>Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterpriseId()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTERPRISE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnterpriseId() <em>Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterpriseId()
	 * @generated
	 * @ordered
	 */
	protected String enterpriseId = ENTERPRISE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrgUnitId() <em>Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgUnitId()
	 * @generated
	 * @ordered
	 */
	protected static final String ORG_UNIT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrgUnitId() <em>Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgUnitId()
	 * @generated
	 * @ordered
	 */
	protected String orgUnitId = ORG_UNIT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostName() <em>Post Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostName()
	 * @generated
	 * @ordered
	 */
	protected static final String POST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostName() <em>Post Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostName()
	 * @generated
	 * @ordered
	 */
	protected String postName = POST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostCategory() <em>Post Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostCategory()
	 * @generated
	 * @ordered
	 */
	protected static final PostCategory POST_CATEGORY_EDEFAULT = PostCategory.AGENT;

	/**
	 * The cached value of the '{@link #getPostCategory() <em>Post Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostCategory()
	 * @generated
	 * @ordered
	 */
	protected PostCategory postCategory = POST_CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostLevel() <em>Post Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int POST_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPostLevel() <em>Post Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostLevel()
	 * @generated
	 * @ordered
	 */
	protected int postLevel = POST_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoleCodes() <em>Role Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoleCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> roleCodes;

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
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordHash() <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordHash()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordHash() <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordHash()
	 * @generated
	 * @ordered
	 */
	protected String passwordHash = PASSWORD_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordSalt() <em>Password Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordSalt()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_SALT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordSalt() <em>Password Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordSalt()
	 * @generated
	 * @ordered
	 */
	protected String passwordSalt = PASSWORD_SALT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordIterations() <em>Password Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordIterations()
	 * @generated
	 * @ordered
	 */
	protected static final int PASSWORD_ITERATIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPasswordIterations() <em>Password Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordIterations()
	 * @generated
	 * @ordered
	 */
	protected int passwordIterations = PASSWORD_ITERATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailedLogins() <em>Failed Logins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedLogins()
	 * @generated
	 * @ordered
	 */
	protected static final int FAILED_LOGINS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFailedLogins() <em>Failed Logins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedLogins()
	 * @generated
	 * @ordered
	 */
	protected int failedLogins = FAILED_LOGINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLockedUntil() <em>Locked Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockedUntil()
	 * @generated
	 * @ordered
	 */
	protected static final Date LOCKED_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLockedUntil() <em>Locked Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockedUntil()
	 * @generated
	 * @ordered
	 */
	protected Date lockedUntil = LOCKED_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastLogin() <em>Last Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLogin()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_LOGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastLogin() <em>Last Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLogin()
	 * @generated
	 * @ordered
	 */
	protected Date lastLogin = LAST_LOGIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaffImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdminPackage.Literals.STAFF;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStaffNo() {
		return staffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaffNo(String newStaffNo) {
		String oldStaffNo = staffNo;
		staffNo = newStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__STAFF_NO, oldStaffNo, staffNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnterpriseId() {
		return enterpriseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterpriseId(String newEnterpriseId) {
		String oldEnterpriseId = enterpriseId;
		enterpriseId = newEnterpriseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__ENTERPRISE_ID, oldEnterpriseId, enterpriseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrgUnitId() {
		return orgUnitId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrgUnitId(String newOrgUnitId) {
		String oldOrgUnitId = orgUnitId;
		orgUnitId = newOrgUnitId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__ORG_UNIT_ID, oldOrgUnitId, orgUnitId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostName() {
		return postName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostName(String newPostName) {
		String oldPostName = postName;
		postName = newPostName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__POST_NAME, oldPostName, postName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PostCategory getPostCategory() {
		return postCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostCategory(PostCategory newPostCategory) {
		PostCategory oldPostCategory = postCategory;
		postCategory = newPostCategory == null ? POST_CATEGORY_EDEFAULT : newPostCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__POST_CATEGORY, oldPostCategory, postCategory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPostLevel() {
		return postLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostLevel(int newPostLevel) {
		int oldPostLevel = postLevel;
		postLevel = newPostLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__POST_LEVEL, oldPostLevel, postLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRoleCodes() {
		if (roleCodes == null) {
			roleCodes = new EDataTypeUniqueEList<String>(String.class, this, AdminPackage.STAFF__ROLE_CODES);
		}
		return roleCodes;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPasswordHash() {
		return passwordHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordHash(String newPasswordHash) {
		String oldPasswordHash = passwordHash;
		passwordHash = newPasswordHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__PASSWORD_HASH, oldPasswordHash, passwordHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPasswordSalt() {
		return passwordSalt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordSalt(String newPasswordSalt) {
		String oldPasswordSalt = passwordSalt;
		passwordSalt = newPasswordSalt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__PASSWORD_SALT, oldPasswordSalt, passwordSalt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPasswordIterations() {
		return passwordIterations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordIterations(int newPasswordIterations) {
		int oldPasswordIterations = passwordIterations;
		passwordIterations = newPasswordIterations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__PASSWORD_ITERATIONS, oldPasswordIterations, passwordIterations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFailedLogins() {
		return failedLogins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailedLogins(int newFailedLogins) {
		int oldFailedLogins = failedLogins;
		failedLogins = newFailedLogins;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__FAILED_LOGINS, oldFailedLogins, failedLogins));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLockedUntil() {
		return lockedUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockedUntil(Date newLockedUntil) {
		Date oldLockedUntil = lockedUntil;
		lockedUntil = newLockedUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__LOCKED_UNTIL, oldLockedUntil, lockedUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastLogin() {
		return lastLogin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastLogin(Date newLastLogin) {
		Date oldLastLogin = lastLogin;
		lastLogin = newLastLogin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.STAFF__LAST_LOGIN, oldLastLogin, lastLogin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AdminPackage.STAFF__ID:
				return getId();
			case AdminPackage.STAFF__STAFF_NO:
				return getStaffNo();
			case AdminPackage.STAFF__NAME:
				return getName();
			case AdminPackage.STAFF__ENTERPRISE_ID:
				return getEnterpriseId();
			case AdminPackage.STAFF__ORG_UNIT_ID:
				return getOrgUnitId();
			case AdminPackage.STAFF__POST_NAME:
				return getPostName();
			case AdminPackage.STAFF__POST_CATEGORY:
				return getPostCategory();
			case AdminPackage.STAFF__POST_LEVEL:
				return getPostLevel();
			case AdminPackage.STAFF__ROLE_CODES:
				return getRoleCodes();
			case AdminPackage.STAFF__PHONE:
				return getPhone();
			case AdminPackage.STAFF__EMAIL:
				return getEmail();
			case AdminPackage.STAFF__ACTIVE:
				return isActive();
			case AdminPackage.STAFF__PASSWORD_HASH:
				return getPasswordHash();
			case AdminPackage.STAFF__PASSWORD_SALT:
				return getPasswordSalt();
			case AdminPackage.STAFF__PASSWORD_ITERATIONS:
				return getPasswordIterations();
			case AdminPackage.STAFF__FAILED_LOGINS:
				return getFailedLogins();
			case AdminPackage.STAFF__LOCKED_UNTIL:
				return getLockedUntil();
			case AdminPackage.STAFF__LAST_LOGIN:
				return getLastLogin();
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
			case AdminPackage.STAFF__ID:
				setId((String)newValue);
				return;
			case AdminPackage.STAFF__STAFF_NO:
				setStaffNo((String)newValue);
				return;
			case AdminPackage.STAFF__NAME:
				setName((String)newValue);
				return;
			case AdminPackage.STAFF__ENTERPRISE_ID:
				setEnterpriseId((String)newValue);
				return;
			case AdminPackage.STAFF__ORG_UNIT_ID:
				setOrgUnitId((String)newValue);
				return;
			case AdminPackage.STAFF__POST_NAME:
				setPostName((String)newValue);
				return;
			case AdminPackage.STAFF__POST_CATEGORY:
				setPostCategory((PostCategory)newValue);
				return;
			case AdminPackage.STAFF__POST_LEVEL:
				setPostLevel((Integer)newValue);
				return;
			case AdminPackage.STAFF__ROLE_CODES:
				getRoleCodes().clear();
				getRoleCodes().addAll((Collection<? extends String>)newValue);
				return;
			case AdminPackage.STAFF__PHONE:
				setPhone((String)newValue);
				return;
			case AdminPackage.STAFF__EMAIL:
				setEmail((String)newValue);
				return;
			case AdminPackage.STAFF__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case AdminPackage.STAFF__PASSWORD_HASH:
				setPasswordHash((String)newValue);
				return;
			case AdminPackage.STAFF__PASSWORD_SALT:
				setPasswordSalt((String)newValue);
				return;
			case AdminPackage.STAFF__PASSWORD_ITERATIONS:
				setPasswordIterations((Integer)newValue);
				return;
			case AdminPackage.STAFF__FAILED_LOGINS:
				setFailedLogins((Integer)newValue);
				return;
			case AdminPackage.STAFF__LOCKED_UNTIL:
				setLockedUntil((Date)newValue);
				return;
			case AdminPackage.STAFF__LAST_LOGIN:
				setLastLogin((Date)newValue);
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
			case AdminPackage.STAFF__ID:
				setId(ID_EDEFAULT);
				return;
			case AdminPackage.STAFF__STAFF_NO:
				setStaffNo(STAFF_NO_EDEFAULT);
				return;
			case AdminPackage.STAFF__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AdminPackage.STAFF__ENTERPRISE_ID:
				setEnterpriseId(ENTERPRISE_ID_EDEFAULT);
				return;
			case AdminPackage.STAFF__ORG_UNIT_ID:
				setOrgUnitId(ORG_UNIT_ID_EDEFAULT);
				return;
			case AdminPackage.STAFF__POST_NAME:
				setPostName(POST_NAME_EDEFAULT);
				return;
			case AdminPackage.STAFF__POST_CATEGORY:
				setPostCategory(POST_CATEGORY_EDEFAULT);
				return;
			case AdminPackage.STAFF__POST_LEVEL:
				setPostLevel(POST_LEVEL_EDEFAULT);
				return;
			case AdminPackage.STAFF__ROLE_CODES:
				getRoleCodes().clear();
				return;
			case AdminPackage.STAFF__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case AdminPackage.STAFF__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case AdminPackage.STAFF__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case AdminPackage.STAFF__PASSWORD_HASH:
				setPasswordHash(PASSWORD_HASH_EDEFAULT);
				return;
			case AdminPackage.STAFF__PASSWORD_SALT:
				setPasswordSalt(PASSWORD_SALT_EDEFAULT);
				return;
			case AdminPackage.STAFF__PASSWORD_ITERATIONS:
				setPasswordIterations(PASSWORD_ITERATIONS_EDEFAULT);
				return;
			case AdminPackage.STAFF__FAILED_LOGINS:
				setFailedLogins(FAILED_LOGINS_EDEFAULT);
				return;
			case AdminPackage.STAFF__LOCKED_UNTIL:
				setLockedUntil(LOCKED_UNTIL_EDEFAULT);
				return;
			case AdminPackage.STAFF__LAST_LOGIN:
				setLastLogin(LAST_LOGIN_EDEFAULT);
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
			case AdminPackage.STAFF__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AdminPackage.STAFF__STAFF_NO:
				return STAFF_NO_EDEFAULT == null ? staffNo != null : !STAFF_NO_EDEFAULT.equals(staffNo);
			case AdminPackage.STAFF__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AdminPackage.STAFF__ENTERPRISE_ID:
				return ENTERPRISE_ID_EDEFAULT == null ? enterpriseId != null : !ENTERPRISE_ID_EDEFAULT.equals(enterpriseId);
			case AdminPackage.STAFF__ORG_UNIT_ID:
				return ORG_UNIT_ID_EDEFAULT == null ? orgUnitId != null : !ORG_UNIT_ID_EDEFAULT.equals(orgUnitId);
			case AdminPackage.STAFF__POST_NAME:
				return POST_NAME_EDEFAULT == null ? postName != null : !POST_NAME_EDEFAULT.equals(postName);
			case AdminPackage.STAFF__POST_CATEGORY:
				return postCategory != POST_CATEGORY_EDEFAULT;
			case AdminPackage.STAFF__POST_LEVEL:
				return postLevel != POST_LEVEL_EDEFAULT;
			case AdminPackage.STAFF__ROLE_CODES:
				return roleCodes != null && !roleCodes.isEmpty();
			case AdminPackage.STAFF__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case AdminPackage.STAFF__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case AdminPackage.STAFF__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case AdminPackage.STAFF__PASSWORD_HASH:
				return PASSWORD_HASH_EDEFAULT == null ? passwordHash != null : !PASSWORD_HASH_EDEFAULT.equals(passwordHash);
			case AdminPackage.STAFF__PASSWORD_SALT:
				return PASSWORD_SALT_EDEFAULT == null ? passwordSalt != null : !PASSWORD_SALT_EDEFAULT.equals(passwordSalt);
			case AdminPackage.STAFF__PASSWORD_ITERATIONS:
				return passwordIterations != PASSWORD_ITERATIONS_EDEFAULT;
			case AdminPackage.STAFF__FAILED_LOGINS:
				return failedLogins != FAILED_LOGINS_EDEFAULT;
			case AdminPackage.STAFF__LOCKED_UNTIL:
				return LOCKED_UNTIL_EDEFAULT == null ? lockedUntil != null : !LOCKED_UNTIL_EDEFAULT.equals(lockedUntil);
			case AdminPackage.STAFF__LAST_LOGIN:
				return LAST_LOGIN_EDEFAULT == null ? lastLogin != null : !LAST_LOGIN_EDEFAULT.equals(lastLogin);
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
		result.append(", staffNo: ");
		result.append(staffNo);
		result.append(", name: ");
		result.append(name);
		result.append(", enterpriseId: ");
		result.append(enterpriseId);
		result.append(", orgUnitId: ");
		result.append(orgUnitId);
		result.append(", postName: ");
		result.append(postName);
		result.append(", postCategory: ");
		result.append(postCategory);
		result.append(", postLevel: ");
		result.append(postLevel);
		result.append(", roleCodes: ");
		result.append(roleCodes);
		result.append(", phone: ");
		result.append(phone);
		result.append(", email: ");
		result.append(email);
		result.append(", active: ");
		result.append(active);
		result.append(", passwordHash: ");
		result.append(passwordHash);
		result.append(", passwordSalt: ");
		result.append(passwordSalt);
		result.append(", passwordIterations: ");
		result.append(passwordIterations);
		result.append(", failedLogins: ");
		result.append(failedLogins);
		result.append(", lockedUntil: ");
		result.append(lockedUntil);
		result.append(", lastLogin: ");
		result.append(lastLogin);
		result.append(')');
		return result.toString();
	}

} //StaffImpl
