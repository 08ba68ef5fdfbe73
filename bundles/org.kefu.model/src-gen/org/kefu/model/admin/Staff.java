/**
 */
package org.kefu.model.admin;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Staff</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 人员: the eight dimensions of the requirements plus login state.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.Staff#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getStaffNo <em>Staff No</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getEnterpriseId <em>Enterprise Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getOrgUnitId <em>Org Unit Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getPostName <em>Post Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getPostCategory <em>Post Category</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getPostLevel <em>Post Level</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getRoleCodes <em>Role Codes</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getEmail <em>Email</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#isActive <em>Active</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getPasswordSalt <em>Password Salt</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getPasswordIterations <em>Password Iterations</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getFailedLogins <em>Failed Logins</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getLockedUntil <em>Locked Until</em>}</li>
 *   <li>{@link org.kefu.model.admin.Staff#getLastLogin <em>Last Login</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.admin.AdminPackage#getStaff()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Staff extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff No</em>' attribute.
	 * @see #setStaffNo(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_StaffNo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getStaffNo <em>Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff No</em>' attribute.
	 * @see #getStaffNo()
	 * @generated
	 */
	void setStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_Name()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Enterprise Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise Id</em>' attribute.
	 * @see #setEnterpriseId(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_EnterpriseId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getEnterpriseId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getEnterpriseId <em>Enterprise Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise Id</em>' attribute.
	 * @see #getEnterpriseId()
	 * @generated
	 */
	void setEnterpriseId(String value);

	/**
	 * Returns the value of the '<em><b>Org Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Org Unit Id</em>' attribute.
	 * @see #setOrgUnitId(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_OrgUnitId()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getOrgUnitId();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getOrgUnitId <em>Org Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Org Unit Id</em>' attribute.
	 * @see #getOrgUnitId()
	 * @generated
	 */
	void setOrgUnitId(String value);

	/**
	 * Returns the value of the '<em><b>Post Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post Name</em>' attribute.
	 * @see #setPostName(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_PostName()
	 * @model
	 * @generated
	 */
	String getPostName();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getPostName <em>Post Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Name</em>' attribute.
	 * @see #getPostName()
	 * @generated
	 */
	void setPostName(String value);

	/**
	 * Returns the value of the '<em><b>Post Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.admin.PostCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post Category</em>' attribute.
	 * @see org.kefu.model.admin.PostCategory
	 * @see #setPostCategory(PostCategory)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_PostCategory()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	PostCategory getPostCategory();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getPostCategory <em>Post Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Category</em>' attribute.
	 * @see org.kefu.model.admin.PostCategory
	 * @see #getPostCategory()
	 * @generated
	 */
	void setPostCategory(PostCategory value);

	/**
	 * Returns the value of the '<em><b>Post Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post Level</em>' attribute.
	 * @see #setPostLevel(int)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_PostLevel()
	 * @model
	 * @generated
	 */
	int getPostLevel();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getPostLevel <em>Post Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Level</em>' attribute.
	 * @see #getPostLevel()
	 * @generated
	 */
	void setPostLevel(int value);

	/**
	 * Returns the value of the '<em><b>Role Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role Codes</em>' attribute list.
	 * @see org.kefu.model.admin.AdminPackage#getStaff_RoleCodes()
	 * @model
	 * @generated
	 */
	EList<String> getRoleCodes();

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Password Hash</em>' attribute.
	 * @see #setPasswordHash(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_PasswordHash()
	 * @model
	 * @generated
	 */
	String getPasswordHash();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getPasswordHash <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Hash</em>' attribute.
	 * @see #getPasswordHash()
	 * @generated
	 */
	void setPasswordHash(String value);

	/**
	 * Returns the value of the '<em><b>Password Salt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Password Salt</em>' attribute.
	 * @see #setPasswordSalt(String)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_PasswordSalt()
	 * @model
	 * @generated
	 */
	String getPasswordSalt();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getPasswordSalt <em>Password Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Salt</em>' attribute.
	 * @see #getPasswordSalt()
	 * @generated
	 */
	void setPasswordSalt(String value);

	/**
	 * Returns the value of the '<em><b>Password Iterations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Password Iterations</em>' attribute.
	 * @see #setPasswordIterations(int)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_PasswordIterations()
	 * @model
	 * @generated
	 */
	int getPasswordIterations();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getPasswordIterations <em>Password Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Iterations</em>' attribute.
	 * @see #getPasswordIterations()
	 * @generated
	 */
	void setPasswordIterations(int value);

	/**
	 * Returns the value of the '<em><b>Failed Logins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failed Logins</em>' attribute.
	 * @see #setFailedLogins(int)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_FailedLogins()
	 * @model
	 * @generated
	 */
	int getFailedLogins();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getFailedLogins <em>Failed Logins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed Logins</em>' attribute.
	 * @see #getFailedLogins()
	 * @generated
	 */
	void setFailedLogins(int value);

	/**
	 * Returns the value of the '<em><b>Locked Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locked Until</em>' attribute.
	 * @see #setLockedUntil(Date)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_LockedUntil()
	 * @model
	 * @generated
	 */
	Date getLockedUntil();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getLockedUntil <em>Locked Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locked Until</em>' attribute.
	 * @see #getLockedUntil()
	 * @generated
	 */
	void setLockedUntil(Date value);

	/**
	 * Returns the value of the '<em><b>Last Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Login</em>' attribute.
	 * @see #setLastLogin(Date)
	 * @see org.kefu.model.admin.AdminPackage#getStaff_LastLogin()
	 * @model
	 * @generated
	 */
	Date getLastLogin();

	/**
	 * Sets the value of the '{@link org.kefu.model.admin.Staff#getLastLogin <em>Last Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Login</em>' attribute.
	 * @see #getLastLogin()
	 * @generated
	 */
	void setLastLogin(Date value);

} // Staff
