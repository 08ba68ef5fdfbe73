/**
 */
package org.kefu.model.admin;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 系统管理: enterprises, the org tree, staff, roles and the permission matrix, logs, monitoring rules, parameters.
 * <!-- end-model-doc -->
 * @see org.kefu.model.admin.AdminFactory
 * @model kind="package"
 * @generated
 */
public interface AdminPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "admin";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:kefu:model:admin:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "admin";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AdminPackage eINSTANCE = org.kefu.model.admin.impl.AdminPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.impl.EnterpriseImpl <em>Enterprise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.impl.EnterpriseImpl
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getEnterprise()
	 * @generated
	 */
	int ENTERPRISE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Contract Modules</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__CONTRACT_MODULES = 3;

	/**
	 * The number of structural features of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.impl.OrgUnitImpl <em>Org Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.impl.OrgUnitImpl
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getOrgUnit()
	 * @generated
	 */
	int ORG_UNIT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__ID = 0;

	/**
	 * The feature id for the '<em><b>Enterprise Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__ENTERPRISE_ID = 1;

	/**
	 * The feature id for the '<em><b>Parent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__PARENT_ID = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__CODE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__NAME = 4;

	/**
	 * The feature id for the '<em><b>Sort Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT__SORT_ORDER = 5;

	/**
	 * The number of structural features of the '<em>Org Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Org Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORG_UNIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.impl.StaffImpl <em>Staff</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.impl.StaffImpl
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getStaff()
	 * @generated
	 */
	int STAFF = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ID = 0;

	/**
	 * The feature id for the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__STAFF_NO = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__NAME = 2;

	/**
	 * The feature id for the '<em><b>Enterprise Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ENTERPRISE_ID = 3;

	/**
	 * The feature id for the '<em><b>Org Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ORG_UNIT_ID = 4;

	/**
	 * The feature id for the '<em><b>Post Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__POST_NAME = 5;

	/**
	 * The feature id for the '<em><b>Post Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__POST_CATEGORY = 6;

	/**
	 * The feature id for the '<em><b>Post Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__POST_LEVEL = 7;

	/**
	 * The feature id for the '<em><b>Role Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ROLE_CODES = 8;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__PHONE = 9;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__EMAIL = 10;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ACTIVE = 11;

	/**
	 * The feature id for the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__PASSWORD_HASH = 12;

	/**
	 * The feature id for the '<em><b>Password Salt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__PASSWORD_SALT = 13;

	/**
	 * The feature id for the '<em><b>Password Iterations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__PASSWORD_ITERATIONS = 14;

	/**
	 * The feature id for the '<em><b>Failed Logins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__FAILED_LOGINS = 15;

	/**
	 * The feature id for the '<em><b>Locked Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__LOCKED_UNTIL = 16;

	/**
	 * The feature id for the '<em><b>Last Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__LAST_LOGIN = 17;

	/**
	 * The number of structural features of the '<em>Staff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Staff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.impl.RoleImpl
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME_EN = 3;

	/**
	 * The feature id for the '<em><b>Partner Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PARTNER_ROLE = 4;

	/**
	 * The feature id for the '<em><b>Modules</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__MODULES = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = 6;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.impl.FunctionModuleImpl <em>Function Module</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.impl.FunctionModuleImpl
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getFunctionModule()
	 * @generated
	 */
	int FUNCTION_MODULE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE__CODE = 1;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE__ZONE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE__NAME = 3;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE__NAME_EN = 4;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE__AUDIENCE = 5;

	/**
	 * The feature id for the '<em><b>Partner Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE__PARTNER_ALLOWED = 6;

	/**
	 * The feature id for the '<em><b>Partner Knowledge Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE__PARTNER_KNOWLEDGE_ALLOWED = 7;

	/**
	 * The feature id for the '<em><b>Sort Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE__SORT_ORDER = 8;

	/**
	 * The number of structural features of the '<em>Function Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Function Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_MODULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.impl.LogEntryImpl <em>Log Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.impl.LogEntryImpl
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getLogEntry()
	 * @generated
	 */
	int LOG_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__TIME = 3;

	/**
	 * The feature id for the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__STAFF_NO = 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__EVENT = 6;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__MESSAGE = 7;

	/**
	 * The feature id for the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__DETAILS = 8;

	/**
	 * The number of structural features of the '<em>Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.impl.MonitorRuleImpl <em>Monitor Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.impl.MonitorRuleImpl
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getMonitorRule()
	 * @generated
	 */
	int MONITOR_RULE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE__EVENT = 3;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE__THRESHOLD = 4;

	/**
	 * The feature id for the '<em><b>Window Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE__WINDOW_MINUTES = 5;

	/**
	 * The feature id for the '<em><b>Same Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE__SAME_STAFF = 6;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE__LEVEL = 7;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE__ENABLED = 8;

	/**
	 * The number of structural features of the '<em>Monitor Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Monitor Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.impl.AlertImpl <em>Alert</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.impl.AlertImpl
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getAlert()
	 * @generated
	 */
	int ALERT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__ID = 0;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__RULE_ID = 1;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__TIME = 2;

	/**
	 * The feature id for the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__STAFF_NO = 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__MESSAGE = 4;

	/**
	 * The feature id for the '<em><b>Acknowledged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__ACKNOWLEDGED = 5;

	/**
	 * The feature id for the '<em><b>Acknowledged By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT__ACKNOWLEDGED_BY = 6;

	/**
	 * The number of structural features of the '<em>Alert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Alert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALERT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.impl.ParameterImpl
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__ID = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__CATEGORY = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = 3;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME_EN = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__TYPE = 5;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 6;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DEFAULT_VALUE = 7;

	/**
	 * The feature id for the '<em><b>Min Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__MIN_VALUE = 8;

	/**
	 * The feature id for the '<em><b>Max Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__MAX_VALUE = 9;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__CHOICES = 10;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DESCRIPTION = 11;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.EnterpriseKind <em>Enterprise Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.EnterpriseKind
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getEnterpriseKind()
	 * @generated
	 */
	int ENTERPRISE_KIND = 9;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.Audience <em>Audience</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.Audience
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getAudience()
	 * @generated
	 */
	int AUDIENCE = 10;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.LogKind <em>Log Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.LogKind
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getLogKind()
	 * @generated
	 */
	int LOG_KIND = 11;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.LogLevel <em>Log Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.LogLevel
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getLogLevel()
	 * @generated
	 */
	int LOG_LEVEL = 12;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.ParameterType <em>Parameter Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.ParameterType
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getParameterType()
	 * @generated
	 */
	int PARAMETER_TYPE = 13;

	/**
	 * The meta object id for the '{@link org.kefu.model.admin.PostCategory <em>Post Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.admin.PostCategory
	 * @see org.kefu.model.admin.impl.AdminPackageImpl#getPostCategory()
	 * @generated
	 */
	int POST_CATEGORY = 14;


	/**
	 * Returns the meta object for class '{@link org.kefu.model.admin.Enterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise</em>'.
	 * @see org.kefu.model.admin.Enterprise
	 * @generated
	 */
	EClass getEnterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Enterprise#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.admin.Enterprise#getId()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Enterprise#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.admin.Enterprise#getName()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Enterprise#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kefu.model.admin.Enterprise#getKind()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.admin.Enterprise#getContractModules <em>Contract Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Contract Modules</em>'.
	 * @see org.kefu.model.admin.Enterprise#getContractModules()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_ContractModules();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.admin.OrgUnit <em>Org Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Org Unit</em>'.
	 * @see org.kefu.model.admin.OrgUnit
	 * @generated
	 */
	EClass getOrgUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.OrgUnit#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.admin.OrgUnit#getId()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.OrgUnit#getEnterpriseId <em>Enterprise Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enterprise Id</em>'.
	 * @see org.kefu.model.admin.OrgUnit#getEnterpriseId()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_EnterpriseId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.OrgUnit#getParentId <em>Parent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Id</em>'.
	 * @see org.kefu.model.admin.OrgUnit#getParentId()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_ParentId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.OrgUnit#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.kefu.model.admin.OrgUnit#getCode()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.OrgUnit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.admin.OrgUnit#getName()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.OrgUnit#getSortOrder <em>Sort Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Order</em>'.
	 * @see org.kefu.model.admin.OrgUnit#getSortOrder()
	 * @see #getOrgUnit()
	 * @generated
	 */
	EAttribute getOrgUnit_SortOrder();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.admin.Staff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff</em>'.
	 * @see org.kefu.model.admin.Staff
	 * @generated
	 */
	EClass getStaff();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.admin.Staff#getId()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getStaffNo <em>Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff No</em>'.
	 * @see org.kefu.model.admin.Staff#getStaffNo()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_StaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.admin.Staff#getName()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getEnterpriseId <em>Enterprise Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enterprise Id</em>'.
	 * @see org.kefu.model.admin.Staff#getEnterpriseId()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_EnterpriseId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getOrgUnitId <em>Org Unit Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Org Unit Id</em>'.
	 * @see org.kefu.model.admin.Staff#getOrgUnitId()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_OrgUnitId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getPostName <em>Post Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Name</em>'.
	 * @see org.kefu.model.admin.Staff#getPostName()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_PostName();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getPostCategory <em>Post Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Category</em>'.
	 * @see org.kefu.model.admin.Staff#getPostCategory()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_PostCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getPostLevel <em>Post Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Level</em>'.
	 * @see org.kefu.model.admin.Staff#getPostLevel()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_PostLevel();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.admin.Staff#getRoleCodes <em>Role Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Role Codes</em>'.
	 * @see org.kefu.model.admin.Staff#getRoleCodes()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_RoleCodes();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.kefu.model.admin.Staff#getPhone()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.kefu.model.admin.Staff#getEmail()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.kefu.model.admin.Staff#isActive()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Active();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getPasswordHash <em>Password Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Hash</em>'.
	 * @see org.kefu.model.admin.Staff#getPasswordHash()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_PasswordHash();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getPasswordSalt <em>Password Salt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Salt</em>'.
	 * @see org.kefu.model.admin.Staff#getPasswordSalt()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_PasswordSalt();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getPasswordIterations <em>Password Iterations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Iterations</em>'.
	 * @see org.kefu.model.admin.Staff#getPasswordIterations()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_PasswordIterations();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getFailedLogins <em>Failed Logins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failed Logins</em>'.
	 * @see org.kefu.model.admin.Staff#getFailedLogins()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_FailedLogins();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getLockedUntil <em>Locked Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locked Until</em>'.
	 * @see org.kefu.model.admin.Staff#getLockedUntil()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_LockedUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Staff#getLastLogin <em>Last Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Login</em>'.
	 * @see org.kefu.model.admin.Staff#getLastLogin()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_LastLogin();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.admin.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.kefu.model.admin.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Role#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.admin.Role#getId()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Role#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.kefu.model.admin.Role#getCode()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Role#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.admin.Role#getName()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Role#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.kefu.model.admin.Role#getNameEn()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Role#isPartnerRole <em>Partner Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Role</em>'.
	 * @see org.kefu.model.admin.Role#isPartnerRole()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_PartnerRole();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.admin.Role#getModules <em>Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Modules</em>'.
	 * @see org.kefu.model.admin.Role#getModules()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Modules();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Role#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.kefu.model.admin.Role#getDescription()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Description();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.admin.FunctionModule <em>Function Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Function Module</em>'.
	 * @see org.kefu.model.admin.FunctionModule
	 * @generated
	 */
	EClass getFunctionModule();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.FunctionModule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.admin.FunctionModule#getId()
	 * @see #getFunctionModule()
	 * @generated
	 */
	EAttribute getFunctionModule_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.FunctionModule#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.kefu.model.admin.FunctionModule#getCode()
	 * @see #getFunctionModule()
	 * @generated
	 */
	EAttribute getFunctionModule_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.FunctionModule#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zone</em>'.
	 * @see org.kefu.model.admin.FunctionModule#getZone()
	 * @see #getFunctionModule()
	 * @generated
	 */
	EAttribute getFunctionModule_Zone();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.FunctionModule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.admin.FunctionModule#getName()
	 * @see #getFunctionModule()
	 * @generated
	 */
	EAttribute getFunctionModule_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.FunctionModule#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.kefu.model.admin.FunctionModule#getNameEn()
	 * @see #getFunctionModule()
	 * @generated
	 */
	EAttribute getFunctionModule_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.FunctionModule#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.kefu.model.admin.FunctionModule#getAudience()
	 * @see #getFunctionModule()
	 * @generated
	 */
	EAttribute getFunctionModule_Audience();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.FunctionModule#isPartnerAllowed <em>Partner Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Allowed</em>'.
	 * @see org.kefu.model.admin.FunctionModule#isPartnerAllowed()
	 * @see #getFunctionModule()
	 * @generated
	 */
	EAttribute getFunctionModule_PartnerAllowed();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.FunctionModule#isPartnerKnowledgeAllowed <em>Partner Knowledge Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Knowledge Allowed</em>'.
	 * @see org.kefu.model.admin.FunctionModule#isPartnerKnowledgeAllowed()
	 * @see #getFunctionModule()
	 * @generated
	 */
	EAttribute getFunctionModule_PartnerKnowledgeAllowed();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.FunctionModule#getSortOrder <em>Sort Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Order</em>'.
	 * @see org.kefu.model.admin.FunctionModule#getSortOrder()
	 * @see #getFunctionModule()
	 * @generated
	 */
	EAttribute getFunctionModule_SortOrder();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.admin.LogEntry <em>Log Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Entry</em>'.
	 * @see org.kefu.model.admin.LogEntry
	 * @generated
	 */
	EClass getLogEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.LogEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.admin.LogEntry#getId()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.LogEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kefu.model.admin.LogEntry#getKind()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.LogEntry#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.kefu.model.admin.LogEntry#getLevel()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.LogEntry#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.kefu.model.admin.LogEntry#getTime()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.LogEntry#getStaffNo <em>Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff No</em>'.
	 * @see org.kefu.model.admin.LogEntry#getStaffNo()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_StaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.LogEntry#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.kefu.model.admin.LogEntry#getSource()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.LogEntry#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see org.kefu.model.admin.LogEntry#getEvent()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Event();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.LogEntry#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.kefu.model.admin.LogEntry#getMessage()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.LogEntry#getDetails <em>Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Details</em>'.
	 * @see org.kefu.model.admin.LogEntry#getDetails()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Details();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.admin.MonitorRule <em>Monitor Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monitor Rule</em>'.
	 * @see org.kefu.model.admin.MonitorRule
	 * @generated
	 */
	EClass getMonitorRule();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.MonitorRule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.admin.MonitorRule#getId()
	 * @see #getMonitorRule()
	 * @generated
	 */
	EAttribute getMonitorRule_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.MonitorRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.admin.MonitorRule#getName()
	 * @see #getMonitorRule()
	 * @generated
	 */
	EAttribute getMonitorRule_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.MonitorRule#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kefu.model.admin.MonitorRule#getKind()
	 * @see #getMonitorRule()
	 * @generated
	 */
	EAttribute getMonitorRule_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.MonitorRule#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see org.kefu.model.admin.MonitorRule#getEvent()
	 * @see #getMonitorRule()
	 * @generated
	 */
	EAttribute getMonitorRule_Event();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.MonitorRule#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.kefu.model.admin.MonitorRule#getThreshold()
	 * @see #getMonitorRule()
	 * @generated
	 */
	EAttribute getMonitorRule_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.MonitorRule#getWindowMinutes <em>Window Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Minutes</em>'.
	 * @see org.kefu.model.admin.MonitorRule#getWindowMinutes()
	 * @see #getMonitorRule()
	 * @generated
	 */
	EAttribute getMonitorRule_WindowMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.MonitorRule#isSameStaff <em>Same Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Same Staff</em>'.
	 * @see org.kefu.model.admin.MonitorRule#isSameStaff()
	 * @see #getMonitorRule()
	 * @generated
	 */
	EAttribute getMonitorRule_SameStaff();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.MonitorRule#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.kefu.model.admin.MonitorRule#getLevel()
	 * @see #getMonitorRule()
	 * @generated
	 */
	EAttribute getMonitorRule_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.MonitorRule#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.kefu.model.admin.MonitorRule#isEnabled()
	 * @see #getMonitorRule()
	 * @generated
	 */
	EAttribute getMonitorRule_Enabled();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.admin.Alert <em>Alert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alert</em>'.
	 * @see org.kefu.model.admin.Alert
	 * @generated
	 */
	EClass getAlert();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Alert#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.admin.Alert#getId()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Alert#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.kefu.model.admin.Alert#getRuleId()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Alert#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.kefu.model.admin.Alert#getTime()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Alert#getStaffNo <em>Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff No</em>'.
	 * @see org.kefu.model.admin.Alert#getStaffNo()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_StaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Alert#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.kefu.model.admin.Alert#getMessage()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Alert#isAcknowledged <em>Acknowledged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged</em>'.
	 * @see org.kefu.model.admin.Alert#isAcknowledged()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_Acknowledged();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Alert#getAcknowledgedBy <em>Acknowledged By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged By</em>'.
	 * @see org.kefu.model.admin.Alert#getAcknowledgedBy()
	 * @see #getAlert()
	 * @generated
	 */
	EAttribute getAlert_AcknowledgedBy();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.admin.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.kefu.model.admin.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.admin.Parameter#getId()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.kefu.model.admin.Parameter#getKey()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.kefu.model.admin.Parameter#getCategory()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.admin.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.kefu.model.admin.Parameter#getNameEn()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.kefu.model.admin.Parameter#getType()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.kefu.model.admin.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see org.kefu.model.admin.Parameter#getDefaultValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_DefaultValue();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getMinValue <em>Min Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Value</em>'.
	 * @see org.kefu.model.admin.Parameter#getMinValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_MinValue();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getMaxValue <em>Max Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Value</em>'.
	 * @see org.kefu.model.admin.Parameter#getMaxValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_MaxValue();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.admin.Parameter#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see org.kefu.model.admin.Parameter#getChoices()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Choices();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.admin.Parameter#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.kefu.model.admin.Parameter#getDescription()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Description();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.admin.EnterpriseKind <em>Enterprise Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Enterprise Kind</em>'.
	 * @see org.kefu.model.admin.EnterpriseKind
	 * @generated
	 */
	EEnum getEnterpriseKind();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.admin.Audience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Audience</em>'.
	 * @see org.kefu.model.admin.Audience
	 * @generated
	 */
	EEnum getAudience();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.admin.LogKind <em>Log Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Log Kind</em>'.
	 * @see org.kefu.model.admin.LogKind
	 * @generated
	 */
	EEnum getLogKind();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.admin.LogLevel <em>Log Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Log Level</em>'.
	 * @see org.kefu.model.admin.LogLevel
	 * @generated
	 */
	EEnum getLogLevel();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.admin.ParameterType <em>Parameter Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Type</em>'.
	 * @see org.kefu.model.admin.ParameterType
	 * @generated
	 */
	EEnum getParameterType();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.admin.PostCategory <em>Post Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Post Category</em>'.
	 * @see org.kefu.model.admin.PostCategory
	 * @generated
	 */
	EEnum getPostCategory();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AdminFactory getAdminFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.impl.EnterpriseImpl <em>Enterprise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.impl.EnterpriseImpl
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getEnterprise()
		 * @generated
		 */
		EClass ENTERPRISE = eINSTANCE.getEnterprise();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__ID = eINSTANCE.getEnterprise_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__NAME = eINSTANCE.getEnterprise_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__KIND = eINSTANCE.getEnterprise_Kind();

		/**
		 * The meta object literal for the '<em><b>Contract Modules</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__CONTRACT_MODULES = eINSTANCE.getEnterprise_ContractModules();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.impl.OrgUnitImpl <em>Org Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.impl.OrgUnitImpl
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getOrgUnit()
		 * @generated
		 */
		EClass ORG_UNIT = eINSTANCE.getOrgUnit();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__ID = eINSTANCE.getOrgUnit_Id();

		/**
		 * The meta object literal for the '<em><b>Enterprise Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__ENTERPRISE_ID = eINSTANCE.getOrgUnit_EnterpriseId();

		/**
		 * The meta object literal for the '<em><b>Parent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__PARENT_ID = eINSTANCE.getOrgUnit_ParentId();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__CODE = eINSTANCE.getOrgUnit_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__NAME = eINSTANCE.getOrgUnit_Name();

		/**
		 * The meta object literal for the '<em><b>Sort Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORG_UNIT__SORT_ORDER = eINSTANCE.getOrgUnit_SortOrder();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.impl.StaffImpl <em>Staff</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.impl.StaffImpl
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getStaff()
		 * @generated
		 */
		EClass STAFF = eINSTANCE.getStaff();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ID = eINSTANCE.getStaff_Id();

		/**
		 * The meta object literal for the '<em><b>Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__STAFF_NO = eINSTANCE.getStaff_StaffNo();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__NAME = eINSTANCE.getStaff_Name();

		/**
		 * The meta object literal for the '<em><b>Enterprise Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ENTERPRISE_ID = eINSTANCE.getStaff_EnterpriseId();

		/**
		 * The meta object literal for the '<em><b>Org Unit Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ORG_UNIT_ID = eINSTANCE.getStaff_OrgUnitId();

		/**
		 * The meta object literal for the '<em><b>Post Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__POST_NAME = eINSTANCE.getStaff_PostName();

		/**
		 * The meta object literal for the '<em><b>Post Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__POST_CATEGORY = eINSTANCE.getStaff_PostCategory();

		/**
		 * The meta object literal for the '<em><b>Post Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__POST_LEVEL = eINSTANCE.getStaff_PostLevel();

		/**
		 * The meta object literal for the '<em><b>Role Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ROLE_CODES = eINSTANCE.getStaff_RoleCodes();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__PHONE = eINSTANCE.getStaff_Phone();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__EMAIL = eINSTANCE.getStaff_Email();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ACTIVE = eINSTANCE.getStaff_Active();

		/**
		 * The meta object literal for the '<em><b>Password Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__PASSWORD_HASH = eINSTANCE.getStaff_PasswordHash();

		/**
		 * The meta object literal for the '<em><b>Password Salt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__PASSWORD_SALT = eINSTANCE.getStaff_PasswordSalt();

		/**
		 * The meta object literal for the '<em><b>Password Iterations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__PASSWORD_ITERATIONS = eINSTANCE.getStaff_PasswordIterations();

		/**
		 * The meta object literal for the '<em><b>Failed Logins</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__FAILED_LOGINS = eINSTANCE.getStaff_FailedLogins();

		/**
		 * The meta object literal for the '<em><b>Locked Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__LOCKED_UNTIL = eINSTANCE.getStaff_LockedUntil();

		/**
		 * The meta object literal for the '<em><b>Last Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__LAST_LOGIN = eINSTANCE.getStaff_LastLogin();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.impl.RoleImpl
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__ID = eINSTANCE.getRole_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__CODE = eINSTANCE.getRole_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NAME = eINSTANCE.getRole_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NAME_EN = eINSTANCE.getRole_NameEn();

		/**
		 * The meta object literal for the '<em><b>Partner Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__PARTNER_ROLE = eINSTANCE.getRole_PartnerRole();

		/**
		 * The meta object literal for the '<em><b>Modules</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__MODULES = eINSTANCE.getRole_Modules();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__DESCRIPTION = eINSTANCE.getRole_Description();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.impl.FunctionModuleImpl <em>Function Module</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.impl.FunctionModuleImpl
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getFunctionModule()
		 * @generated
		 */
		EClass FUNCTION_MODULE = eINSTANCE.getFunctionModule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_MODULE__ID = eINSTANCE.getFunctionModule_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_MODULE__CODE = eINSTANCE.getFunctionModule_Code();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_MODULE__ZONE = eINSTANCE.getFunctionModule_Zone();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_MODULE__NAME = eINSTANCE.getFunctionModule_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_MODULE__NAME_EN = eINSTANCE.getFunctionModule_NameEn();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_MODULE__AUDIENCE = eINSTANCE.getFunctionModule_Audience();

		/**
		 * The meta object literal for the '<em><b>Partner Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_MODULE__PARTNER_ALLOWED = eINSTANCE.getFunctionModule_PartnerAllowed();

		/**
		 * The meta object literal for the '<em><b>Partner Knowledge Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_MODULE__PARTNER_KNOWLEDGE_ALLOWED = eINSTANCE.getFunctionModule_PartnerKnowledgeAllowed();

		/**
		 * The meta object literal for the '<em><b>Sort Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_MODULE__SORT_ORDER = eINSTANCE.getFunctionModule_SortOrder();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.impl.LogEntryImpl <em>Log Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.impl.LogEntryImpl
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getLogEntry()
		 * @generated
		 */
		EClass LOG_ENTRY = eINSTANCE.getLogEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__ID = eINSTANCE.getLogEntry_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__KIND = eINSTANCE.getLogEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__LEVEL = eINSTANCE.getLogEntry_Level();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__TIME = eINSTANCE.getLogEntry_Time();

		/**
		 * The meta object literal for the '<em><b>Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__STAFF_NO = eINSTANCE.getLogEntry_StaffNo();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__SOURCE = eINSTANCE.getLogEntry_Source();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__EVENT = eINSTANCE.getLogEntry_Event();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__MESSAGE = eINSTANCE.getLogEntry_Message();

		/**
		 * The meta object literal for the '<em><b>Details</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__DETAILS = eINSTANCE.getLogEntry_Details();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.impl.MonitorRuleImpl <em>Monitor Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.impl.MonitorRuleImpl
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getMonitorRule()
		 * @generated
		 */
		EClass MONITOR_RULE = eINSTANCE.getMonitorRule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_RULE__ID = eINSTANCE.getMonitorRule_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_RULE__NAME = eINSTANCE.getMonitorRule_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_RULE__KIND = eINSTANCE.getMonitorRule_Kind();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_RULE__EVENT = eINSTANCE.getMonitorRule_Event();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_RULE__THRESHOLD = eINSTANCE.getMonitorRule_Threshold();

		/**
		 * The meta object literal for the '<em><b>Window Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_RULE__WINDOW_MINUTES = eINSTANCE.getMonitorRule_WindowMinutes();

		/**
		 * The meta object literal for the '<em><b>Same Staff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_RULE__SAME_STAFF = eINSTANCE.getMonitorRule_SameStaff();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_RULE__LEVEL = eINSTANCE.getMonitorRule_Level();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_RULE__ENABLED = eINSTANCE.getMonitorRule_Enabled();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.impl.AlertImpl <em>Alert</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.impl.AlertImpl
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getAlert()
		 * @generated
		 */
		EClass ALERT = eINSTANCE.getAlert();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__ID = eINSTANCE.getAlert_Id();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__RULE_ID = eINSTANCE.getAlert_RuleId();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__TIME = eINSTANCE.getAlert_Time();

		/**
		 * The meta object literal for the '<em><b>Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__STAFF_NO = eINSTANCE.getAlert_StaffNo();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__MESSAGE = eINSTANCE.getAlert_Message();

		/**
		 * The meta object literal for the '<em><b>Acknowledged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__ACKNOWLEDGED = eINSTANCE.getAlert_Acknowledged();

		/**
		 * The meta object literal for the '<em><b>Acknowledged By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALERT__ACKNOWLEDGED_BY = eINSTANCE.getAlert_AcknowledgedBy();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.impl.ParameterImpl
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__ID = eINSTANCE.getParameter_Id();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__CATEGORY = eINSTANCE.getParameter_Category();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME_EN = eINSTANCE.getParameter_NameEn();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__TYPE = eINSTANCE.getParameter_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__DEFAULT_VALUE = eINSTANCE.getParameter_DefaultValue();

		/**
		 * The meta object literal for the '<em><b>Min Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__MIN_VALUE = eINSTANCE.getParameter_MinValue();

		/**
		 * The meta object literal for the '<em><b>Max Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__MAX_VALUE = eINSTANCE.getParameter_MaxValue();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__CHOICES = eINSTANCE.getParameter_Choices();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__DESCRIPTION = eINSTANCE.getParameter_Description();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.EnterpriseKind <em>Enterprise Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.EnterpriseKind
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getEnterpriseKind()
		 * @generated
		 */
		EEnum ENTERPRISE_KIND = eINSTANCE.getEnterpriseKind();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.Audience <em>Audience</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.Audience
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getAudience()
		 * @generated
		 */
		EEnum AUDIENCE = eINSTANCE.getAudience();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.LogKind <em>Log Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.LogKind
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getLogKind()
		 * @generated
		 */
		EEnum LOG_KIND = eINSTANCE.getLogKind();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.LogLevel <em>Log Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.LogLevel
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getLogLevel()
		 * @generated
		 */
		EEnum LOG_LEVEL = eINSTANCE.getLogLevel();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.ParameterType <em>Parameter Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.ParameterType
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getParameterType()
		 * @generated
		 */
		EEnum PARAMETER_TYPE = eINSTANCE.getParameterType();

		/**
		 * The meta object literal for the '{@link org.kefu.model.admin.PostCategory <em>Post Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.admin.PostCategory
		 * @see org.kefu.model.admin.impl.AdminPackageImpl#getPostCategory()
		 * @generated
		 */
		EEnum POST_CATEGORY = eINSTANCE.getPostCategory();

	}

} //AdminPackage
