/**
 */
package org.kefu.model.service;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * 服务流程: customers with their products, bills and points; contact records; tickets and their steps; products and offers.
 * <!-- end-model-doc -->
 * @see org.kefu.model.service.ServiceFactory
 * @model kind="package"
 * @generated
 */
public interface ServicePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "service";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:kefu:model:service:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "service";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ServicePackage eINSTANCE = org.kefu.model.service.impl.ServicePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.ProductImpl <em>Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.ProductImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getProduct()
	 * @generated
	 */
	int PRODUCT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__NAME = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__KIND = 3;

	/**
	 * The feature id for the '<em><b>Monthly Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__MONTHLY_FEE = 4;

	/**
	 * The feature id for the '<em><b>Points Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__POINTS_PRICE = 5;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__ACTIVE = 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT__DESCRIPTION = 7;

	/**
	 * The number of structural features of the '<em>Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.CustomerImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PHONE = 2;

	/**
	 * The feature id for the '<em><b>Id Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ID_NUMBER = 3;

	/**
	 * The feature id for the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ACCOUNT = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__LEVEL = 6;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CITY = 7;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ADDRESS = 8;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__TAGS = 9;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CREATED_AT = 10;

	/**
	 * The feature id for the '<em><b>Points Balance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__POINTS_BALANCE = 11;

	/**
	 * The feature id for the '<em><b>Balance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__BALANCE = 12;

	/**
	 * The feature id for the '<em><b>Subscriptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__SUBSCRIPTIONS = 13;

	/**
	 * The feature id for the '<em><b>Bills</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__BILLS = 14;

	/**
	 * The feature id for the '<em><b>Points History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__POINTS_HISTORY = 15;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.SubscriptionImpl <em>Subscription</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.SubscriptionImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getSubscription()
	 * @generated
	 */
	int SUBSCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Product Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__PRODUCT_CODE = 1;

	/**
	 * The feature id for the '<em><b>Product Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__PRODUCT_NAME = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__START = 4;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__END = 5;

	/**
	 * The feature id for the '<em><b>Monthly Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__MONTHLY_FEE = 6;

	/**
	 * The number of structural features of the '<em>Subscription</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Subscription</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.BillImpl <em>Bill</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.BillImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getBill()
	 * @generated
	 */
	int BILL = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BILL__ID = 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BILL__PERIOD = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BILL__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Paid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BILL__PAID = 3;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BILL__DUE_DATE = 4;

	/**
	 * The number of structural features of the '<em>Bill</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BILL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Bill</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BILL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.PointsTransactionImpl <em>Points Transaction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.PointsTransactionImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getPointsTransaction()
	 * @generated
	 */
	int POINTS_TRANSACTION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINTS_TRANSACTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINTS_TRANSACTION__TIME = 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINTS_TRANSACTION__POINTS = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINTS_TRANSACTION__REASON = 3;

	/**
	 * The number of structural features of the '<em>Points Transaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINTS_TRANSACTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Points Transaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINTS_TRANSACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.ContactRecordImpl <em>Contact Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.ContactRecordImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getContactRecord()
	 * @generated
	 */
	int CONTACT_RECORD = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__ID = 0;

	/**
	 * The feature id for the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__CUSTOMER_ID = 1;

	/**
	 * The feature id for the '<em><b>Agent Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__AGENT_STAFF_NO = 2;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__CHANNEL = 3;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__DIRECTION = 4;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__CATEGORY = 5;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__CONTENT = 6;

	/**
	 * The feature id for the '<em><b>Handling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__HANDLING = 7;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__RESULT = 8;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__START_TIME = 9;

	/**
	 * The feature id for the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__DURATION_SECONDS = 10;

	/**
	 * The feature id for the '<em><b>Call Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD__CALL_ID = 11;

	/**
	 * The number of structural features of the '<em>Contact Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Contact Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.TicketImpl <em>Ticket</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.TicketImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getTicket()
	 * @generated
	 */
	int TICKET = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__ID = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__CUSTOMER_ID = 5;

	/**
	 * The feature id for the '<em><b>Contact Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__CONTACT_RECORD_ID = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__STATUS = 7;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__PRIORITY = 8;

	/**
	 * The feature id for the '<em><b>Org Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__ORG_UNIT_ID = 9;

	/**
	 * The feature id for the '<em><b>Partner Enterprise Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__PARTNER_ENTERPRISE_ID = 10;

	/**
	 * The feature id for the '<em><b>Collaboration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__COLLABORATION = 11;

	/**
	 * The feature id for the '<em><b>Assignee Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__ASSIGNEE_STAFF_NO = 12;

	/**
	 * The feature id for the '<em><b>Parent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__PARENT_ID = 13;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__CREATED_AT = 14;

	/**
	 * The feature id for the '<em><b>First Response Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__FIRST_RESPONSE_DUE = 15;

	/**
	 * The feature id for the '<em><b>Resolution Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__RESOLUTION_DUE = 16;

	/**
	 * The feature id for the '<em><b>Verification Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__VERIFICATION_CODE = 17;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__UPDATED_AT = 18;

	/**
	 * The feature id for the '<em><b>First Responded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__FIRST_RESPONDED_AT = 19;

	/**
	 * The feature id for the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__RESOLVED_AT = 20;

	/**
	 * The feature id for the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__CLOSED_AT = 21;

	/**
	 * The feature id for the '<em><b>Sla Policy Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__SLA_POLICY_ID = 22;

	/**
	 * The feature id for the '<em><b>Escalation Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__ESCALATION_LEVEL = 23;

	/**
	 * The feature id for the '<em><b>Merged Into Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__MERGED_INTO_ID = 24;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__STEPS = 25;

	/**
	 * The number of structural features of the '<em>Ticket</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_FEATURE_COUNT = 26;

	/**
	 * The number of operations of the '<em>Ticket</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.TicketStepImpl <em>Ticket Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.TicketStepImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getTicketStep()
	 * @generated
	 */
	int TICKET_STEP = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__ID = 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__TIME = 1;

	/**
	 * The feature id for the '<em><b>Actor Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__ACTOR_STAFF_NO = 2;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__ACTION = 3;

	/**
	 * The feature id for the '<em><b>From Org Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__FROM_ORG_UNIT_ID = 4;

	/**
	 * The feature id for the '<em><b>To Org Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__TO_ORG_UNIT_ID = 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__NOTE = 6;

	/**
	 * The feature id for the '<em><b>Customer Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__CUSTOMER_VISIBLE = 7;

	/**
	 * The feature id for the '<em><b>To Partner Enterprise Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__TO_PARTNER_ENTERPRISE_ID = 8;

	/**
	 * The feature id for the '<em><b>To Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__TO_STAFF_NO = 9;

	/**
	 * The feature id for the '<em><b>Customer Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP__CUSTOMER_NOTE = 10;

	/**
	 * The number of structural features of the '<em>Ticket Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Ticket Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.BusinessCalendarImpl <em>Business Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.BusinessCalendarImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getBusinessCalendar()
	 * @generated
	 */
	int BUSINESS_CALENDAR = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__NAME = 1;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__ZONE = 2;

	/**
	 * The feature id for the '<em><b>Opens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__OPENS = 3;

	/**
	 * The feature id for the '<em><b>Closes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__CLOSES = 4;

	/**
	 * The feature id for the '<em><b>Weekdays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__WEEKDAYS = 5;

	/**
	 * The feature id for the '<em><b>Holidays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__HOLIDAYS = 6;

	/**
	 * The feature id for the '<em><b>Workdays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__WORKDAYS = 7;

	/**
	 * The number of structural features of the '<em>Business Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Business Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.impl.SlaPolicyImpl <em>Sla Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.impl.SlaPolicyImpl
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getSlaPolicy()
	 * @generated
	 */
	int SLA_POLICY = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__ID = 0;

	/**
	 * The feature id for the '<em><b>Ticket Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__TICKET_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__PRIORITY = 2;

	/**
	 * The feature id for the '<em><b>First Response Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__FIRST_RESPONSE_MINUTES = 3;

	/**
	 * The feature id for the '<em><b>Resolution Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__RESOLUTION_MINUTES = 4;

	/**
	 * The feature id for the '<em><b>Calendar Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__CALENDAR_ID = 5;

	/**
	 * The feature id for the '<em><b>Warn At Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__WARN_AT_PERCENT = 6;

	/**
	 * The number of structural features of the '<em>Sla Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Sla Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.CustomerStatus <em>Customer Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.CustomerStatus
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getCustomerStatus()
	 * @generated
	 */
	int CUSTOMER_STATUS = 10;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.SubscriptionStatus <em>Subscription Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.SubscriptionStatus
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getSubscriptionStatus()
	 * @generated
	 */
	int SUBSCRIPTION_STATUS = 11;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.ProductKind <em>Product Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.ProductKind
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getProductKind()
	 * @generated
	 */
	int PRODUCT_KIND = 12;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.Channel <em>Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.Channel
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 13;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.Direction
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 14;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.TicketStatus <em>Ticket Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.TicketStatus
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getTicketStatus()
	 * @generated
	 */
	int TICKET_STATUS = 15;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.TicketAction <em>Ticket Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.TicketAction
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getTicketAction()
	 * @generated
	 */
	int TICKET_ACTION = 16;

	/**
	 * The meta object id for the '{@link org.kefu.model.service.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.service.Priority
	 * @see org.kefu.model.service.impl.ServicePackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 17;


	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.Product <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Product</em>'.
	 * @see org.kefu.model.service.Product
	 * @generated
	 */
	EClass getProduct();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Product#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.Product#getId()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Product#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.kefu.model.service.Product#getCode()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Product#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.service.Product#getName()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Product#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kefu.model.service.Product#getKind()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Product#getMonthlyFee <em>Monthly Fee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly Fee</em>'.
	 * @see org.kefu.model.service.Product#getMonthlyFee()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_MonthlyFee();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Product#getPointsPrice <em>Points Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points Price</em>'.
	 * @see org.kefu.model.service.Product#getPointsPrice()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_PointsPrice();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Product#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.kefu.model.service.Product#isActive()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_Active();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Product#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.kefu.model.service.Product#getDescription()
	 * @see #getProduct()
	 * @generated
	 */
	EAttribute getProduct_Description();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see org.kefu.model.service.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.Customer#getId()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.service.Customer#getName()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.kefu.model.service.Customer#getPhone()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getIdNumber <em>Id Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Number</em>'.
	 * @see org.kefu.model.service.Customer#getIdNumber()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_IdNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getAccount <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account</em>'.
	 * @see org.kefu.model.service.Customer#getAccount()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Account();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.kefu.model.service.Customer#getStatus()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.kefu.model.service.Customer#getLevel()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.kefu.model.service.Customer#getCity()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_City();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.kefu.model.service.Customer#getAddress()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Address();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.service.Customer#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.kefu.model.service.Customer#getTags()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.kefu.model.service.Customer#getCreatedAt()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getPointsBalance <em>Points Balance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points Balance</em>'.
	 * @see org.kefu.model.service.Customer#getPointsBalance()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_PointsBalance();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Customer#getBalance <em>Balance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Balance</em>'.
	 * @see org.kefu.model.service.Customer#getBalance()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Balance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kefu.model.service.Customer#getSubscriptions <em>Subscriptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subscriptions</em>'.
	 * @see org.kefu.model.service.Customer#getSubscriptions()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Subscriptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kefu.model.service.Customer#getBills <em>Bills</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bills</em>'.
	 * @see org.kefu.model.service.Customer#getBills()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Bills();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kefu.model.service.Customer#getPointsHistory <em>Points History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points History</em>'.
	 * @see org.kefu.model.service.Customer#getPointsHistory()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_PointsHistory();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.Subscription <em>Subscription</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subscription</em>'.
	 * @see org.kefu.model.service.Subscription
	 * @generated
	 */
	EClass getSubscription();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Subscription#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.Subscription#getId()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Subscription#getProductCode <em>Product Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Code</em>'.
	 * @see org.kefu.model.service.Subscription#getProductCode()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_ProductCode();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Subscription#getProductName <em>Product Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Name</em>'.
	 * @see org.kefu.model.service.Subscription#getProductName()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_ProductName();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Subscription#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.kefu.model.service.Subscription#getStatus()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Subscription#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.kefu.model.service.Subscription#getStart()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Subscription#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.kefu.model.service.Subscription#getEnd()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_End();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Subscription#getMonthlyFee <em>Monthly Fee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly Fee</em>'.
	 * @see org.kefu.model.service.Subscription#getMonthlyFee()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_MonthlyFee();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.Bill <em>Bill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bill</em>'.
	 * @see org.kefu.model.service.Bill
	 * @generated
	 */
	EClass getBill();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Bill#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.Bill#getId()
	 * @see #getBill()
	 * @generated
	 */
	EAttribute getBill_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Bill#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.kefu.model.service.Bill#getPeriod()
	 * @see #getBill()
	 * @generated
	 */
	EAttribute getBill_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Bill#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.kefu.model.service.Bill#getAmount()
	 * @see #getBill()
	 * @generated
	 */
	EAttribute getBill_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Bill#isPaid <em>Paid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paid</em>'.
	 * @see org.kefu.model.service.Bill#isPaid()
	 * @see #getBill()
	 * @generated
	 */
	EAttribute getBill_Paid();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Bill#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.kefu.model.service.Bill#getDueDate()
	 * @see #getBill()
	 * @generated
	 */
	EAttribute getBill_DueDate();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.PointsTransaction <em>Points Transaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Points Transaction</em>'.
	 * @see org.kefu.model.service.PointsTransaction
	 * @generated
	 */
	EClass getPointsTransaction();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.PointsTransaction#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.PointsTransaction#getId()
	 * @see #getPointsTransaction()
	 * @generated
	 */
	EAttribute getPointsTransaction_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.PointsTransaction#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.kefu.model.service.PointsTransaction#getTime()
	 * @see #getPointsTransaction()
	 * @generated
	 */
	EAttribute getPointsTransaction_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.PointsTransaction#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.kefu.model.service.PointsTransaction#getPoints()
	 * @see #getPointsTransaction()
	 * @generated
	 */
	EAttribute getPointsTransaction_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.PointsTransaction#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.kefu.model.service.PointsTransaction#getReason()
	 * @see #getPointsTransaction()
	 * @generated
	 */
	EAttribute getPointsTransaction_Reason();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.ContactRecord <em>Contact Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Record</em>'.
	 * @see org.kefu.model.service.ContactRecord
	 * @generated
	 */
	EClass getContactRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.ContactRecord#getId()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getCustomerId <em>Customer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Id</em>'.
	 * @see org.kefu.model.service.ContactRecord#getCustomerId()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_CustomerId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getAgentStaffNo <em>Agent Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Staff No</em>'.
	 * @see org.kefu.model.service.ContactRecord#getAgentStaffNo()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_AgentStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.kefu.model.service.ContactRecord#getChannel()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.kefu.model.service.ContactRecord#getDirection()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.kefu.model.service.ContactRecord#getCategory()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.kefu.model.service.ContactRecord#getContent()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_Content();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getHandling <em>Handling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handling</em>'.
	 * @see org.kefu.model.service.ContactRecord#getHandling()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_Handling();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.kefu.model.service.ContactRecord#getResult()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_Result();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see org.kefu.model.service.ContactRecord#getStartTime()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getDurationSeconds <em>Duration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Seconds</em>'.
	 * @see org.kefu.model.service.ContactRecord#getDurationSeconds()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_DurationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.ContactRecord#getCallId <em>Call Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Id</em>'.
	 * @see org.kefu.model.service.ContactRecord#getCallId()
	 * @see #getContactRecord()
	 * @generated
	 */
	EAttribute getContactRecord_CallId();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.Ticket <em>Ticket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ticket</em>'.
	 * @see org.kefu.model.service.Ticket
	 * @generated
	 */
	EClass getTicket();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.Ticket#getId()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.kefu.model.service.Ticket#getNumber()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.kefu.model.service.Ticket#getType()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.kefu.model.service.Ticket#getTitle()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.kefu.model.service.Ticket#getDescription()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getCustomerId <em>Customer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Id</em>'.
	 * @see org.kefu.model.service.Ticket#getCustomerId()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_CustomerId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getContactRecordId <em>Contact Record Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Record Id</em>'.
	 * @see org.kefu.model.service.Ticket#getContactRecordId()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_ContactRecordId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.kefu.model.service.Ticket#getStatus()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.kefu.model.service.Ticket#getPriority()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getOrgUnitId <em>Org Unit Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Org Unit Id</em>'.
	 * @see org.kefu.model.service.Ticket#getOrgUnitId()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_OrgUnitId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getPartnerEnterpriseId <em>Partner Enterprise Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Enterprise Id</em>'.
	 * @see org.kefu.model.service.Ticket#getPartnerEnterpriseId()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_PartnerEnterpriseId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#isCollaboration <em>Collaboration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collaboration</em>'.
	 * @see org.kefu.model.service.Ticket#isCollaboration()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Collaboration();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getAssigneeStaffNo <em>Assignee Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignee Staff No</em>'.
	 * @see org.kefu.model.service.Ticket#getAssigneeStaffNo()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_AssigneeStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getParentId <em>Parent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Id</em>'.
	 * @see org.kefu.model.service.Ticket#getParentId()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_ParentId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.kefu.model.service.Ticket#getCreatedAt()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getFirstResponseDue <em>First Response Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Response Due</em>'.
	 * @see org.kefu.model.service.Ticket#getFirstResponseDue()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_FirstResponseDue();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getResolutionDue <em>Resolution Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution Due</em>'.
	 * @see org.kefu.model.service.Ticket#getResolutionDue()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_ResolutionDue();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getVerificationCode <em>Verification Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification Code</em>'.
	 * @see org.kefu.model.service.Ticket#getVerificationCode()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_VerificationCode();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.kefu.model.service.Ticket#getUpdatedAt()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_UpdatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getFirstRespondedAt <em>First Responded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Responded At</em>'.
	 * @see org.kefu.model.service.Ticket#getFirstRespondedAt()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_FirstRespondedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getResolvedAt <em>Resolved At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved At</em>'.
	 * @see org.kefu.model.service.Ticket#getResolvedAt()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_ResolvedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getClosedAt <em>Closed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed At</em>'.
	 * @see org.kefu.model.service.Ticket#getClosedAt()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_ClosedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getSlaPolicyId <em>Sla Policy Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sla Policy Id</em>'.
	 * @see org.kefu.model.service.Ticket#getSlaPolicyId()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_SlaPolicyId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getEscalationLevel <em>Escalation Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escalation Level</em>'.
	 * @see org.kefu.model.service.Ticket#getEscalationLevel()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_EscalationLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.Ticket#getMergedIntoId <em>Merged Into Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Merged Into Id</em>'.
	 * @see org.kefu.model.service.Ticket#getMergedIntoId()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_MergedIntoId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kefu.model.service.Ticket#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.kefu.model.service.Ticket#getSteps()
	 * @see #getTicket()
	 * @generated
	 */
	EReference getTicket_Steps();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.TicketStep <em>Ticket Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ticket Step</em>'.
	 * @see org.kefu.model.service.TicketStep
	 * @generated
	 */
	EClass getTicketStep();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.TicketStep#getId()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.kefu.model.service.TicketStep#getTime()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getActorStaffNo <em>Actor Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor Staff No</em>'.
	 * @see org.kefu.model.service.TicketStep#getActorStaffNo()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_ActorStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.kefu.model.service.TicketStep#getAction()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getFromOrgUnitId <em>From Org Unit Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Org Unit Id</em>'.
	 * @see org.kefu.model.service.TicketStep#getFromOrgUnitId()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_FromOrgUnitId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getToOrgUnitId <em>To Org Unit Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Org Unit Id</em>'.
	 * @see org.kefu.model.service.TicketStep#getToOrgUnitId()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_ToOrgUnitId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.kefu.model.service.TicketStep#getNote()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#isCustomerVisible <em>Customer Visible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Visible</em>'.
	 * @see org.kefu.model.service.TicketStep#isCustomerVisible()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_CustomerVisible();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getToPartnerEnterpriseId <em>To Partner Enterprise Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Partner Enterprise Id</em>'.
	 * @see org.kefu.model.service.TicketStep#getToPartnerEnterpriseId()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_ToPartnerEnterpriseId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getToStaffNo <em>To Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Staff No</em>'.
	 * @see org.kefu.model.service.TicketStep#getToStaffNo()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_ToStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.TicketStep#getCustomerNote <em>Customer Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Note</em>'.
	 * @see org.kefu.model.service.TicketStep#getCustomerNote()
	 * @see #getTicketStep()
	 * @generated
	 */
	EAttribute getTicketStep_CustomerNote();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.BusinessCalendar <em>Business Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Calendar</em>'.
	 * @see org.kefu.model.service.BusinessCalendar
	 * @generated
	 */
	EClass getBusinessCalendar();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.BusinessCalendar#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.BusinessCalendar#getId()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.BusinessCalendar#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.service.BusinessCalendar#getName()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.BusinessCalendar#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zone</em>'.
	 * @see org.kefu.model.service.BusinessCalendar#getZone()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Zone();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.BusinessCalendar#getOpens <em>Opens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opens</em>'.
	 * @see org.kefu.model.service.BusinessCalendar#getOpens()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Opens();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.BusinessCalendar#getCloses <em>Closes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closes</em>'.
	 * @see org.kefu.model.service.BusinessCalendar#getCloses()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Closes();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.service.BusinessCalendar#getWeekdays <em>Weekdays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Weekdays</em>'.
	 * @see org.kefu.model.service.BusinessCalendar#getWeekdays()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Weekdays();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.service.BusinessCalendar#getHolidays <em>Holidays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Holidays</em>'.
	 * @see org.kefu.model.service.BusinessCalendar#getHolidays()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Holidays();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.service.BusinessCalendar#getWorkdays <em>Workdays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Workdays</em>'.
	 * @see org.kefu.model.service.BusinessCalendar#getWorkdays()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Workdays();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.service.SlaPolicy <em>Sla Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sla Policy</em>'.
	 * @see org.kefu.model.service.SlaPolicy
	 * @generated
	 */
	EClass getSlaPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.SlaPolicy#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.service.SlaPolicy#getId()
	 * @see #getSlaPolicy()
	 * @generated
	 */
	EAttribute getSlaPolicy_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.SlaPolicy#getTicketType <em>Ticket Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ticket Type</em>'.
	 * @see org.kefu.model.service.SlaPolicy#getTicketType()
	 * @see #getSlaPolicy()
	 * @generated
	 */
	EAttribute getSlaPolicy_TicketType();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.SlaPolicy#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.kefu.model.service.SlaPolicy#getPriority()
	 * @see #getSlaPolicy()
	 * @generated
	 */
	EAttribute getSlaPolicy_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.SlaPolicy#getFirstResponseMinutes <em>First Response Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Response Minutes</em>'.
	 * @see org.kefu.model.service.SlaPolicy#getFirstResponseMinutes()
	 * @see #getSlaPolicy()
	 * @generated
	 */
	EAttribute getSlaPolicy_FirstResponseMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.SlaPolicy#getResolutionMinutes <em>Resolution Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution Minutes</em>'.
	 * @see org.kefu.model.service.SlaPolicy#getResolutionMinutes()
	 * @see #getSlaPolicy()
	 * @generated
	 */
	EAttribute getSlaPolicy_ResolutionMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.SlaPolicy#getCalendarId <em>Calendar Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calendar Id</em>'.
	 * @see org.kefu.model.service.SlaPolicy#getCalendarId()
	 * @see #getSlaPolicy()
	 * @generated
	 */
	EAttribute getSlaPolicy_CalendarId();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.service.SlaPolicy#getWarnAtPercent <em>Warn At Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warn At Percent</em>'.
	 * @see org.kefu.model.service.SlaPolicy#getWarnAtPercent()
	 * @see #getSlaPolicy()
	 * @generated
	 */
	EAttribute getSlaPolicy_WarnAtPercent();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.service.CustomerStatus <em>Customer Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Customer Status</em>'.
	 * @see org.kefu.model.service.CustomerStatus
	 * @generated
	 */
	EEnum getCustomerStatus();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.service.SubscriptionStatus <em>Subscription Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subscription Status</em>'.
	 * @see org.kefu.model.service.SubscriptionStatus
	 * @generated
	 */
	EEnum getSubscriptionStatus();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.service.ProductKind <em>Product Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Product Kind</em>'.
	 * @see org.kefu.model.service.ProductKind
	 * @generated
	 */
	EEnum getProductKind();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.service.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel</em>'.
	 * @see org.kefu.model.service.Channel
	 * @generated
	 */
	EEnum getChannel();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.service.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.kefu.model.service.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.service.TicketStatus <em>Ticket Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ticket Status</em>'.
	 * @see org.kefu.model.service.TicketStatus
	 * @generated
	 */
	EEnum getTicketStatus();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.service.TicketAction <em>Ticket Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ticket Action</em>'.
	 * @see org.kefu.model.service.TicketAction
	 * @generated
	 */
	EEnum getTicketAction();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.service.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.kefu.model.service.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ServiceFactory getServiceFactory();

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
		 * The meta object literal for the '{@link org.kefu.model.service.impl.ProductImpl <em>Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.ProductImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getProduct()
		 * @generated
		 */
		EClass PRODUCT = eINSTANCE.getProduct();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__ID = eINSTANCE.getProduct_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__CODE = eINSTANCE.getProduct_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__NAME = eINSTANCE.getProduct_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__KIND = eINSTANCE.getProduct_Kind();

		/**
		 * The meta object literal for the '<em><b>Monthly Fee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__MONTHLY_FEE = eINSTANCE.getProduct_MonthlyFee();

		/**
		 * The meta object literal for the '<em><b>Points Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__POINTS_PRICE = eINSTANCE.getProduct_PointsPrice();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__ACTIVE = eINSTANCE.getProduct_Active();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT__DESCRIPTION = eINSTANCE.getProduct_Description();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.CustomerImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ID = eINSTANCE.getCustomer_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NAME = eINSTANCE.getCustomer_Name();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__PHONE = eINSTANCE.getCustomer_Phone();

		/**
		 * The meta object literal for the '<em><b>Id Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ID_NUMBER = eINSTANCE.getCustomer_IdNumber();

		/**
		 * The meta object literal for the '<em><b>Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ACCOUNT = eINSTANCE.getCustomer_Account();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__STATUS = eINSTANCE.getCustomer_Status();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__LEVEL = eINSTANCE.getCustomer_Level();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CITY = eINSTANCE.getCustomer_City();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ADDRESS = eINSTANCE.getCustomer_Address();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__TAGS = eINSTANCE.getCustomer_Tags();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CREATED_AT = eINSTANCE.getCustomer_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Points Balance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__POINTS_BALANCE = eINSTANCE.getCustomer_PointsBalance();

		/**
		 * The meta object literal for the '<em><b>Balance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__BALANCE = eINSTANCE.getCustomer_Balance();

		/**
		 * The meta object literal for the '<em><b>Subscriptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__SUBSCRIPTIONS = eINSTANCE.getCustomer_Subscriptions();

		/**
		 * The meta object literal for the '<em><b>Bills</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__BILLS = eINSTANCE.getCustomer_Bills();

		/**
		 * The meta object literal for the '<em><b>Points History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__POINTS_HISTORY = eINSTANCE.getCustomer_PointsHistory();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.impl.SubscriptionImpl <em>Subscription</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.SubscriptionImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getSubscription()
		 * @generated
		 */
		EClass SUBSCRIPTION = eINSTANCE.getSubscription();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__ID = eINSTANCE.getSubscription_Id();

		/**
		 * The meta object literal for the '<em><b>Product Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__PRODUCT_CODE = eINSTANCE.getSubscription_ProductCode();

		/**
		 * The meta object literal for the '<em><b>Product Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__PRODUCT_NAME = eINSTANCE.getSubscription_ProductName();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__STATUS = eINSTANCE.getSubscription_Status();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__START = eINSTANCE.getSubscription_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__END = eINSTANCE.getSubscription_End();

		/**
		 * The meta object literal for the '<em><b>Monthly Fee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__MONTHLY_FEE = eINSTANCE.getSubscription_MonthlyFee();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.impl.BillImpl <em>Bill</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.BillImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getBill()
		 * @generated
		 */
		EClass BILL = eINSTANCE.getBill();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BILL__ID = eINSTANCE.getBill_Id();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BILL__PERIOD = eINSTANCE.getBill_Period();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BILL__AMOUNT = eINSTANCE.getBill_Amount();

		/**
		 * The meta object literal for the '<em><b>Paid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BILL__PAID = eINSTANCE.getBill_Paid();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BILL__DUE_DATE = eINSTANCE.getBill_DueDate();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.impl.PointsTransactionImpl <em>Points Transaction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.PointsTransactionImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getPointsTransaction()
		 * @generated
		 */
		EClass POINTS_TRANSACTION = eINSTANCE.getPointsTransaction();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINTS_TRANSACTION__ID = eINSTANCE.getPointsTransaction_Id();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINTS_TRANSACTION__TIME = eINSTANCE.getPointsTransaction_Time();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINTS_TRANSACTION__POINTS = eINSTANCE.getPointsTransaction_Points();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINTS_TRANSACTION__REASON = eINSTANCE.getPointsTransaction_Reason();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.impl.ContactRecordImpl <em>Contact Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.ContactRecordImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getContactRecord()
		 * @generated
		 */
		EClass CONTACT_RECORD = eINSTANCE.getContactRecord();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__ID = eINSTANCE.getContactRecord_Id();

		/**
		 * The meta object literal for the '<em><b>Customer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__CUSTOMER_ID = eINSTANCE.getContactRecord_CustomerId();

		/**
		 * The meta object literal for the '<em><b>Agent Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__AGENT_STAFF_NO = eINSTANCE.getContactRecord_AgentStaffNo();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__CHANNEL = eINSTANCE.getContactRecord_Channel();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__DIRECTION = eINSTANCE.getContactRecord_Direction();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__CATEGORY = eINSTANCE.getContactRecord_Category();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__CONTENT = eINSTANCE.getContactRecord_Content();

		/**
		 * The meta object literal for the '<em><b>Handling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__HANDLING = eINSTANCE.getContactRecord_Handling();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__RESULT = eINSTANCE.getContactRecord_Result();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__START_TIME = eINSTANCE.getContactRecord_StartTime();

		/**
		 * The meta object literal for the '<em><b>Duration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__DURATION_SECONDS = eINSTANCE.getContactRecord_DurationSeconds();

		/**
		 * The meta object literal for the '<em><b>Call Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_RECORD__CALL_ID = eINSTANCE.getContactRecord_CallId();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.impl.TicketImpl <em>Ticket</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.TicketImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getTicket()
		 * @generated
		 */
		EClass TICKET = eINSTANCE.getTicket();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__ID = eINSTANCE.getTicket_Id();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__NUMBER = eINSTANCE.getTicket_Number();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__TYPE = eINSTANCE.getTicket_Type();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__TITLE = eINSTANCE.getTicket_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__DESCRIPTION = eINSTANCE.getTicket_Description();

		/**
		 * The meta object literal for the '<em><b>Customer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__CUSTOMER_ID = eINSTANCE.getTicket_CustomerId();

		/**
		 * The meta object literal for the '<em><b>Contact Record Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__CONTACT_RECORD_ID = eINSTANCE.getTicket_ContactRecordId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__STATUS = eINSTANCE.getTicket_Status();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__PRIORITY = eINSTANCE.getTicket_Priority();

		/**
		 * The meta object literal for the '<em><b>Org Unit Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__ORG_UNIT_ID = eINSTANCE.getTicket_OrgUnitId();

		/**
		 * The meta object literal for the '<em><b>Partner Enterprise Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__PARTNER_ENTERPRISE_ID = eINSTANCE.getTicket_PartnerEnterpriseId();

		/**
		 * The meta object literal for the '<em><b>Collaboration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__COLLABORATION = eINSTANCE.getTicket_Collaboration();

		/**
		 * The meta object literal for the '<em><b>Assignee Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__ASSIGNEE_STAFF_NO = eINSTANCE.getTicket_AssigneeStaffNo();

		/**
		 * The meta object literal for the '<em><b>Parent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__PARENT_ID = eINSTANCE.getTicket_ParentId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__CREATED_AT = eINSTANCE.getTicket_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>First Response Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__FIRST_RESPONSE_DUE = eINSTANCE.getTicket_FirstResponseDue();

		/**
		 * The meta object literal for the '<em><b>Resolution Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__RESOLUTION_DUE = eINSTANCE.getTicket_ResolutionDue();

		/**
		 * The meta object literal for the '<em><b>Verification Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__VERIFICATION_CODE = eINSTANCE.getTicket_VerificationCode();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__UPDATED_AT = eINSTANCE.getTicket_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>First Responded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__FIRST_RESPONDED_AT = eINSTANCE.getTicket_FirstRespondedAt();

		/**
		 * The meta object literal for the '<em><b>Resolved At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__RESOLVED_AT = eINSTANCE.getTicket_ResolvedAt();

		/**
		 * The meta object literal for the '<em><b>Closed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__CLOSED_AT = eINSTANCE.getTicket_ClosedAt();

		/**
		 * The meta object literal for the '<em><b>Sla Policy Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__SLA_POLICY_ID = eINSTANCE.getTicket_SlaPolicyId();

		/**
		 * The meta object literal for the '<em><b>Escalation Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__ESCALATION_LEVEL = eINSTANCE.getTicket_EscalationLevel();

		/**
		 * The meta object literal for the '<em><b>Merged Into Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__MERGED_INTO_ID = eINSTANCE.getTicket_MergedIntoId();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TICKET__STEPS = eINSTANCE.getTicket_Steps();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.impl.TicketStepImpl <em>Ticket Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.TicketStepImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getTicketStep()
		 * @generated
		 */
		EClass TICKET_STEP = eINSTANCE.getTicketStep();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__ID = eINSTANCE.getTicketStep_Id();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__TIME = eINSTANCE.getTicketStep_Time();

		/**
		 * The meta object literal for the '<em><b>Actor Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__ACTOR_STAFF_NO = eINSTANCE.getTicketStep_ActorStaffNo();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__ACTION = eINSTANCE.getTicketStep_Action();

		/**
		 * The meta object literal for the '<em><b>From Org Unit Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__FROM_ORG_UNIT_ID = eINSTANCE.getTicketStep_FromOrgUnitId();

		/**
		 * The meta object literal for the '<em><b>To Org Unit Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__TO_ORG_UNIT_ID = eINSTANCE.getTicketStep_ToOrgUnitId();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__NOTE = eINSTANCE.getTicketStep_Note();

		/**
		 * The meta object literal for the '<em><b>Customer Visible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__CUSTOMER_VISIBLE = eINSTANCE.getTicketStep_CustomerVisible();

		/**
		 * The meta object literal for the '<em><b>To Partner Enterprise Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__TO_PARTNER_ENTERPRISE_ID = eINSTANCE.getTicketStep_ToPartnerEnterpriseId();

		/**
		 * The meta object literal for the '<em><b>To Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__TO_STAFF_NO = eINSTANCE.getTicketStep_ToStaffNo();

		/**
		 * The meta object literal for the '<em><b>Customer Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_STEP__CUSTOMER_NOTE = eINSTANCE.getTicketStep_CustomerNote();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.impl.BusinessCalendarImpl <em>Business Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.BusinessCalendarImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getBusinessCalendar()
		 * @generated
		 */
		EClass BUSINESS_CALENDAR = eINSTANCE.getBusinessCalendar();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__ID = eINSTANCE.getBusinessCalendar_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__NAME = eINSTANCE.getBusinessCalendar_Name();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__ZONE = eINSTANCE.getBusinessCalendar_Zone();

		/**
		 * The meta object literal for the '<em><b>Opens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__OPENS = eINSTANCE.getBusinessCalendar_Opens();

		/**
		 * The meta object literal for the '<em><b>Closes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__CLOSES = eINSTANCE.getBusinessCalendar_Closes();

		/**
		 * The meta object literal for the '<em><b>Weekdays</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__WEEKDAYS = eINSTANCE.getBusinessCalendar_Weekdays();

		/**
		 * The meta object literal for the '<em><b>Holidays</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__HOLIDAYS = eINSTANCE.getBusinessCalendar_Holidays();

		/**
		 * The meta object literal for the '<em><b>Workdays</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__WORKDAYS = eINSTANCE.getBusinessCalendar_Workdays();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.impl.SlaPolicyImpl <em>Sla Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.impl.SlaPolicyImpl
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getSlaPolicy()
		 * @generated
		 */
		EClass SLA_POLICY = eINSTANCE.getSlaPolicy();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_POLICY__ID = eINSTANCE.getSlaPolicy_Id();

		/**
		 * The meta object literal for the '<em><b>Ticket Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_POLICY__TICKET_TYPE = eINSTANCE.getSlaPolicy_TicketType();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_POLICY__PRIORITY = eINSTANCE.getSlaPolicy_Priority();

		/**
		 * The meta object literal for the '<em><b>First Response Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_POLICY__FIRST_RESPONSE_MINUTES = eINSTANCE.getSlaPolicy_FirstResponseMinutes();

		/**
		 * The meta object literal for the '<em><b>Resolution Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_POLICY__RESOLUTION_MINUTES = eINSTANCE.getSlaPolicy_ResolutionMinutes();

		/**
		 * The meta object literal for the '<em><b>Calendar Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_POLICY__CALENDAR_ID = eINSTANCE.getSlaPolicy_CalendarId();

		/**
		 * The meta object literal for the '<em><b>Warn At Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_POLICY__WARN_AT_PERCENT = eINSTANCE.getSlaPolicy_WarnAtPercent();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.CustomerStatus <em>Customer Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.CustomerStatus
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getCustomerStatus()
		 * @generated
		 */
		EEnum CUSTOMER_STATUS = eINSTANCE.getCustomerStatus();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.SubscriptionStatus <em>Subscription Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.SubscriptionStatus
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getSubscriptionStatus()
		 * @generated
		 */
		EEnum SUBSCRIPTION_STATUS = eINSTANCE.getSubscriptionStatus();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.ProductKind <em>Product Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.ProductKind
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getProductKind()
		 * @generated
		 */
		EEnum PRODUCT_KIND = eINSTANCE.getProductKind();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.Channel <em>Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.Channel
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getChannel()
		 * @generated
		 */
		EEnum CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.Direction
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.TicketStatus <em>Ticket Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.TicketStatus
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getTicketStatus()
		 * @generated
		 */
		EEnum TICKET_STATUS = eINSTANCE.getTicketStatus();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.TicketAction <em>Ticket Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.TicketAction
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getTicketAction()
		 * @generated
		 */
		EEnum TICKET_ACTION = eINSTANCE.getTicketAction();

		/**
		 * The meta object literal for the '{@link org.kefu.model.service.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.service.Priority
		 * @see org.kefu.model.service.impl.ServicePackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

	}

} //ServicePackage
