/**
 */
package org.kefu.model.service.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.kefu.model.admin.AdminPackage;

import org.kefu.model.admin.impl.AdminPackageImpl;

import org.kefu.model.desk.DeskPackage;

import org.kefu.model.desk.impl.DeskPackageImpl;

import org.kefu.model.knowledge.KnowledgePackage;

import org.kefu.model.knowledge.impl.KnowledgePackageImpl;

import org.kefu.model.service.Bill;
import org.kefu.model.service.BusinessCalendar;
import org.kefu.model.service.Channel;
import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.Customer;
import org.kefu.model.service.CustomerStatus;
import org.kefu.model.service.Direction;
import org.kefu.model.service.PointsTransaction;
import org.kefu.model.service.Priority;
import org.kefu.model.service.Product;
import org.kefu.model.service.ProductKind;
import org.kefu.model.service.ServiceFactory;
import org.kefu.model.service.ServicePackage;
import org.kefu.model.service.SlaPolicy;
import org.kefu.model.service.Subscription;
import org.kefu.model.service.SubscriptionStatus;
import org.kefu.model.service.Ticket;
import org.kefu.model.service.TicketAction;
import org.kefu.model.service.TicketStatus;
import org.kefu.model.service.TicketStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ServicePackageImpl extends EPackageImpl implements ServicePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass productEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subscriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass billEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pointsTransactionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ticketEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ticketStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessCalendarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass slaPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum customerStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum subscriptionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum productKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ticketStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ticketActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priorityEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.kefu.model.service.ServicePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ServicePackageImpl() {
		super(eNS_URI, ServiceFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ServicePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ServicePackage init() {
		if (isInited) return (ServicePackage)EPackage.Registry.INSTANCE.getEPackage(ServicePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredServicePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ServicePackageImpl theServicePackage = registeredServicePackage instanceof ServicePackageImpl ? (ServicePackageImpl)registeredServicePackage : new ServicePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AdminPackage.eNS_URI);
		AdminPackageImpl theAdminPackage = (AdminPackageImpl)(registeredPackage instanceof AdminPackageImpl ? registeredPackage : AdminPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(KnowledgePackage.eNS_URI);
		KnowledgePackageImpl theKnowledgePackage = (KnowledgePackageImpl)(registeredPackage instanceof KnowledgePackageImpl ? registeredPackage : KnowledgePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DeskPackage.eNS_URI);
		DeskPackageImpl theDeskPackage = (DeskPackageImpl)(registeredPackage instanceof DeskPackageImpl ? registeredPackage : DeskPackage.eINSTANCE);

		// Create package meta-data objects
		theServicePackage.createPackageContents();
		theAdminPackage.createPackageContents();
		theKnowledgePackage.createPackageContents();
		theDeskPackage.createPackageContents();

		// Initialize created meta-data
		theServicePackage.initializePackageContents();
		theAdminPackage.initializePackageContents();
		theKnowledgePackage.initializePackageContents();
		theDeskPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theServicePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ServicePackage.eNS_URI, theServicePackage);
		return theServicePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProduct() {
		return productEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_Id() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_Code() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_Name() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_Kind() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_MonthlyFee() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_PointsPrice() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_Active() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_Description() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomer() {
		return customerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Id() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Name() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Phone() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_IdNumber() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Account() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Status() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Level() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_City() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Address() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Tags() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_CreatedAt() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_PointsBalance() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Balance() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Subscriptions() {
		return (EReference)customerEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Bills() {
		return (EReference)customerEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_PointsHistory() {
		return (EReference)customerEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubscription() {
		return subscriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscription_Id() {
		return (EAttribute)subscriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscription_ProductCode() {
		return (EAttribute)subscriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscription_ProductName() {
		return (EAttribute)subscriptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscription_Status() {
		return (EAttribute)subscriptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscription_Start() {
		return (EAttribute)subscriptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscription_End() {
		return (EAttribute)subscriptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubscription_MonthlyFee() {
		return (EAttribute)subscriptionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBill() {
		return billEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBill_Id() {
		return (EAttribute)billEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBill_Period() {
		return (EAttribute)billEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBill_Amount() {
		return (EAttribute)billEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBill_Paid() {
		return (EAttribute)billEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBill_DueDate() {
		return (EAttribute)billEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPointsTransaction() {
		return pointsTransactionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPointsTransaction_Id() {
		return (EAttribute)pointsTransactionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPointsTransaction_Time() {
		return (EAttribute)pointsTransactionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPointsTransaction_Points() {
		return (EAttribute)pointsTransactionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPointsTransaction_Reason() {
		return (EAttribute)pointsTransactionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactRecord() {
		return contactRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_Id() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_CustomerId() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_AgentStaffNo() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_Channel() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_Direction() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_Category() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_Content() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_Handling() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_Result() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_StartTime() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_DurationSeconds() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRecord_CallId() {
		return (EAttribute)contactRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTicket() {
		return ticketEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_Id() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_Number() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_Type() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_Title() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_Description() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_CustomerId() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_ContactRecordId() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_Status() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_Priority() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_OrgUnitId() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_PartnerEnterpriseId() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_Collaboration() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_AssigneeStaffNo() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_ParentId() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_CreatedAt() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_FirstResponseDue() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_ResolutionDue() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_VerificationCode() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_UpdatedAt() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_FirstRespondedAt() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_ResolvedAt() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_ClosedAt() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_SlaPolicyId() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_EscalationLevel() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicket_MergedIntoId() {
		return (EAttribute)ticketEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTicket_Steps() {
		return (EReference)ticketEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTicketStep() {
		return ticketStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_Id() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_Time() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_ActorStaffNo() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_Action() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_FromOrgUnitId() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_ToOrgUnitId() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_Note() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_CustomerVisible() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_ToPartnerEnterpriseId() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_ToStaffNo() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTicketStep_CustomerNote() {
		return (EAttribute)ticketStepEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessCalendar() {
		return businessCalendarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_Id() {
		return (EAttribute)businessCalendarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_Name() {
		return (EAttribute)businessCalendarEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_Zone() {
		return (EAttribute)businessCalendarEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_Opens() {
		return (EAttribute)businessCalendarEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_Closes() {
		return (EAttribute)businessCalendarEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_Weekdays() {
		return (EAttribute)businessCalendarEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_Holidays() {
		return (EAttribute)businessCalendarEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_Workdays() {
		return (EAttribute)businessCalendarEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSlaPolicy() {
		return slaPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPolicy_Id() {
		return (EAttribute)slaPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPolicy_TicketType() {
		return (EAttribute)slaPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPolicy_Priority() {
		return (EAttribute)slaPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPolicy_FirstResponseMinutes() {
		return (EAttribute)slaPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPolicy_ResolutionMinutes() {
		return (EAttribute)slaPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPolicy_CalendarId() {
		return (EAttribute)slaPolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPolicy_WarnAtPercent() {
		return (EAttribute)slaPolicyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCustomerStatus() {
		return customerStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubscriptionStatus() {
		return subscriptionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProductKind() {
		return productKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannel() {
		return channelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTicketStatus() {
		return ticketStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTicketAction() {
		return ticketActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriority() {
		return priorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceFactory getServiceFactory() {
		return (ServiceFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		productEClass = createEClass(PRODUCT);
		createEAttribute(productEClass, PRODUCT__ID);
		createEAttribute(productEClass, PRODUCT__CODE);
		createEAttribute(productEClass, PRODUCT__NAME);
		createEAttribute(productEClass, PRODUCT__KIND);
		createEAttribute(productEClass, PRODUCT__MONTHLY_FEE);
		createEAttribute(productEClass, PRODUCT__POINTS_PRICE);
		createEAttribute(productEClass, PRODUCT__ACTIVE);
		createEAttribute(productEClass, PRODUCT__DESCRIPTION);

		customerEClass = createEClass(CUSTOMER);
		createEAttribute(customerEClass, CUSTOMER__ID);
		createEAttribute(customerEClass, CUSTOMER__NAME);
		createEAttribute(customerEClass, CUSTOMER__PHONE);
		createEAttribute(customerEClass, CUSTOMER__ID_NUMBER);
		createEAttribute(customerEClass, CUSTOMER__ACCOUNT);
		createEAttribute(customerEClass, CUSTOMER__STATUS);
		createEAttribute(customerEClass, CUSTOMER__LEVEL);
		createEAttribute(customerEClass, CUSTOMER__CITY);
		createEAttribute(customerEClass, CUSTOMER__ADDRESS);
		createEAttribute(customerEClass, CUSTOMER__TAGS);
		createEAttribute(customerEClass, CUSTOMER__CREATED_AT);
		createEAttribute(customerEClass, CUSTOMER__POINTS_BALANCE);
		createEAttribute(customerEClass, CUSTOMER__BALANCE);
		createEReference(customerEClass, CUSTOMER__SUBSCRIPTIONS);
		createEReference(customerEClass, CUSTOMER__BILLS);
		createEReference(customerEClass, CUSTOMER__POINTS_HISTORY);

		subscriptionEClass = createEClass(SUBSCRIPTION);
		createEAttribute(subscriptionEClass, SUBSCRIPTION__ID);
		createEAttribute(subscriptionEClass, SUBSCRIPTION__PRODUCT_CODE);
		createEAttribute(subscriptionEClass, SUBSCRIPTION__PRODUCT_NAME);
		createEAttribute(subscriptionEClass, SUBSCRIPTION__STATUS);
		createEAttribute(subscriptionEClass, SUBSCRIPTION__START);
		createEAttribute(subscriptionEClass, SUBSCRIPTION__END);
		createEAttribute(subscriptionEClass, SUBSCRIPTION__MONTHLY_FEE);

		billEClass = createEClass(BILL);
		createEAttribute(billEClass, BILL__ID);
		createEAttribute(billEClass, BILL__PERIOD);
		createEAttribute(billEClass, BILL__AMOUNT);
		createEAttribute(billEClass, BILL__PAID);
		createEAttribute(billEClass, BILL__DUE_DATE);

		pointsTransactionEClass = createEClass(POINTS_TRANSACTION);
		createEAttribute(pointsTransactionEClass, POINTS_TRANSACTION__ID);
		createEAttribute(pointsTransactionEClass, POINTS_TRANSACTION__TIME);
		createEAttribute(pointsTransactionEClass, POINTS_TRANSACTION__POINTS);
		createEAttribute(pointsTransactionEClass, POINTS_TRANSACTION__REASON);

		contactRecordEClass = createEClass(CONTACT_RECORD);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__ID);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__CUSTOMER_ID);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__AGENT_STAFF_NO);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__CHANNEL);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__DIRECTION);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__CATEGORY);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__CONTENT);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__HANDLING);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__RESULT);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__START_TIME);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__DURATION_SECONDS);
		createEAttribute(contactRecordEClass, CONTACT_RECORD__CALL_ID);

		ticketEClass = createEClass(TICKET);
		createEAttribute(ticketEClass, TICKET__ID);
		createEAttribute(ticketEClass, TICKET__NUMBER);
		createEAttribute(ticketEClass, TICKET__TYPE);
		createEAttribute(ticketEClass, TICKET__TITLE);
		createEAttribute(ticketEClass, TICKET__DESCRIPTION);
		createEAttribute(ticketEClass, TICKET__CUSTOMER_ID);
		createEAttribute(ticketEClass, TICKET__CONTACT_RECORD_ID);
		createEAttribute(ticketEClass, TICKET__STATUS);
		createEAttribute(ticketEClass, TICKET__PRIORITY);
		createEAttribute(ticketEClass, TICKET__ORG_UNIT_ID);
		createEAttribute(ticketEClass, TICKET__PARTNER_ENTERPRISE_ID);
		createEAttribute(ticketEClass, TICKET__COLLABORATION);
		createEAttribute(ticketEClass, TICKET__ASSIGNEE_STAFF_NO);
		createEAttribute(ticketEClass, TICKET__PARENT_ID);
		createEAttribute(ticketEClass, TICKET__CREATED_AT);
		createEAttribute(ticketEClass, TICKET__FIRST_RESPONSE_DUE);
		createEAttribute(ticketEClass, TICKET__RESOLUTION_DUE);
		createEAttribute(ticketEClass, TICKET__VERIFICATION_CODE);
		createEAttribute(ticketEClass, TICKET__UPDATED_AT);
		createEAttribute(ticketEClass, TICKET__FIRST_RESPONDED_AT);
		createEAttribute(ticketEClass, TICKET__RESOLVED_AT);
		createEAttribute(ticketEClass, TICKET__CLOSED_AT);
		createEAttribute(ticketEClass, TICKET__SLA_POLICY_ID);
		createEAttribute(ticketEClass, TICKET__ESCALATION_LEVEL);
		createEAttribute(ticketEClass, TICKET__MERGED_INTO_ID);
		createEReference(ticketEClass, TICKET__STEPS);

		ticketStepEClass = createEClass(TICKET_STEP);
		createEAttribute(ticketStepEClass, TICKET_STEP__ID);
		createEAttribute(ticketStepEClass, TICKET_STEP__TIME);
		createEAttribute(ticketStepEClass, TICKET_STEP__ACTOR_STAFF_NO);
		createEAttribute(ticketStepEClass, TICKET_STEP__ACTION);
		createEAttribute(ticketStepEClass, TICKET_STEP__FROM_ORG_UNIT_ID);
		createEAttribute(ticketStepEClass, TICKET_STEP__TO_ORG_UNIT_ID);
		createEAttribute(ticketStepEClass, TICKET_STEP__NOTE);
		createEAttribute(ticketStepEClass, TICKET_STEP__CUSTOMER_VISIBLE);
		createEAttribute(ticketStepEClass, TICKET_STEP__TO_PARTNER_ENTERPRISE_ID);
		createEAttribute(ticketStepEClass, TICKET_STEP__TO_STAFF_NO);
		createEAttribute(ticketStepEClass, TICKET_STEP__CUSTOMER_NOTE);

		businessCalendarEClass = createEClass(BUSINESS_CALENDAR);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__ID);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__NAME);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__ZONE);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__OPENS);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__CLOSES);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__WEEKDAYS);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__HOLIDAYS);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__WORKDAYS);

		slaPolicyEClass = createEClass(SLA_POLICY);
		createEAttribute(slaPolicyEClass, SLA_POLICY__ID);
		createEAttribute(slaPolicyEClass, SLA_POLICY__TICKET_TYPE);
		createEAttribute(slaPolicyEClass, SLA_POLICY__PRIORITY);
		createEAttribute(slaPolicyEClass, SLA_POLICY__FIRST_RESPONSE_MINUTES);
		createEAttribute(slaPolicyEClass, SLA_POLICY__RESOLUTION_MINUTES);
		createEAttribute(slaPolicyEClass, SLA_POLICY__CALENDAR_ID);
		createEAttribute(slaPolicyEClass, SLA_POLICY__WARN_AT_PERCENT);

		// Create enums
		customerStatusEEnum = createEEnum(CUSTOMER_STATUS);
		subscriptionStatusEEnum = createEEnum(SUBSCRIPTION_STATUS);
		productKindEEnum = createEEnum(PRODUCT_KIND);
		channelEEnum = createEEnum(CHANNEL);
		directionEEnum = createEEnum(DIRECTION);
		ticketStatusEEnum = createEEnum(TICKET_STATUS);
		ticketActionEEnum = createEEnum(TICKET_ACTION);
		priorityEEnum = createEEnum(PRIORITY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(productEClass, Product.class, "Product", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProduct_Id(), ecorePackage.getEString(), "id", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduct_Code(), ecorePackage.getEString(), "code", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduct_Name(), ecorePackage.getEString(), "name", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduct_Kind(), this.getProductKind(), "kind", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduct_MonthlyFee(), ecorePackage.getEBigDecimal(), "monthlyFee", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduct_PointsPrice(), ecorePackage.getEInt(), "pointsPrice", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduct_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduct_Description(), ecorePackage.getEString(), "description", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerEClass, Customer.class, "Customer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomer_Id(), ecorePackage.getEString(), "id", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Name(), ecorePackage.getEString(), "name", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_IdNumber(), ecorePackage.getEString(), "idNumber", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Account(), ecorePackage.getEString(), "account", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Status(), this.getCustomerStatus(), "status", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Level(), ecorePackage.getEString(), "level", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_City(), ecorePackage.getEString(), "city", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Address(), ecorePackage.getEString(), "address", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_PointsBalance(), ecorePackage.getEInt(), "pointsBalance", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Balance(), ecorePackage.getEBigDecimal(), "balance", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Subscriptions(), this.getSubscription(), null, "subscriptions", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Bills(), this.getBill(), null, "bills", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_PointsHistory(), this.getPointsTransaction(), null, "pointsHistory", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subscriptionEClass, Subscription.class, "Subscription", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubscription_Id(), ecorePackage.getEString(), "id", null, 0, 1, Subscription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubscription_ProductCode(), ecorePackage.getEString(), "productCode", null, 0, 1, Subscription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubscription_ProductName(), ecorePackage.getEString(), "productName", null, 0, 1, Subscription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubscription_Status(), this.getSubscriptionStatus(), "status", null, 0, 1, Subscription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubscription_Start(), ecorePackage.getEDate(), "start", null, 0, 1, Subscription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubscription_End(), ecorePackage.getEDate(), "end", null, 0, 1, Subscription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubscription_MonthlyFee(), ecorePackage.getEBigDecimal(), "monthlyFee", null, 0, 1, Subscription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(billEClass, Bill.class, "Bill", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBill_Id(), ecorePackage.getEString(), "id", null, 0, 1, Bill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBill_Period(), ecorePackage.getEString(), "period", null, 0, 1, Bill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBill_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Bill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBill_Paid(), ecorePackage.getEBoolean(), "paid", null, 0, 1, Bill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBill_DueDate(), ecorePackage.getEDate(), "dueDate", null, 0, 1, Bill.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pointsTransactionEClass, PointsTransaction.class, "PointsTransaction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPointsTransaction_Id(), ecorePackage.getEString(), "id", null, 0, 1, PointsTransaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPointsTransaction_Time(), ecorePackage.getEDate(), "time", null, 0, 1, PointsTransaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPointsTransaction_Points(), ecorePackage.getEInt(), "points", null, 0, 1, PointsTransaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPointsTransaction_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, PointsTransaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactRecordEClass, ContactRecord.class, "ContactRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactRecord_Id(), ecorePackage.getEString(), "id", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_CustomerId(), ecorePackage.getEString(), "customerId", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_AgentStaffNo(), ecorePackage.getEString(), "agentStaffNo", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_Channel(), this.getChannel(), "channel", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_Direction(), this.getDirection(), "direction", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_Category(), ecorePackage.getEString(), "category", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_Content(), ecorePackage.getEString(), "content", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_Handling(), ecorePackage.getEString(), "handling", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_Result(), ecorePackage.getEString(), "result", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_StartTime(), ecorePackage.getEDate(), "startTime", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_DurationSeconds(), ecorePackage.getEInt(), "durationSeconds", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactRecord_CallId(), ecorePackage.getEString(), "callId", null, 0, 1, ContactRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ticketEClass, Ticket.class, "Ticket", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTicket_Id(), ecorePackage.getEString(), "id", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_Number(), ecorePackage.getEString(), "number", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_Type(), ecorePackage.getEString(), "type", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_Title(), ecorePackage.getEString(), "title", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_Description(), ecorePackage.getEString(), "description", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_CustomerId(), ecorePackage.getEString(), "customerId", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_ContactRecordId(), ecorePackage.getEString(), "contactRecordId", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_Status(), this.getTicketStatus(), "status", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_Priority(), this.getPriority(), "priority", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_OrgUnitId(), ecorePackage.getEString(), "orgUnitId", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_PartnerEnterpriseId(), ecorePackage.getEString(), "partnerEnterpriseId", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_Collaboration(), ecorePackage.getEBoolean(), "collaboration", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_AssigneeStaffNo(), ecorePackage.getEString(), "assigneeStaffNo", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_ParentId(), ecorePackage.getEString(), "parentId", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_FirstResponseDue(), ecorePackage.getEDate(), "firstResponseDue", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_ResolutionDue(), ecorePackage.getEDate(), "resolutionDue", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_VerificationCode(), ecorePackage.getEString(), "verificationCode", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_UpdatedAt(), ecorePackage.getEDate(), "updatedAt", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_FirstRespondedAt(), ecorePackage.getEDate(), "firstRespondedAt", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_ResolvedAt(), ecorePackage.getEDate(), "resolvedAt", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_ClosedAt(), ecorePackage.getEDate(), "closedAt", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_SlaPolicyId(), ecorePackage.getEString(), "slaPolicyId", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_EscalationLevel(), ecorePackage.getEInt(), "escalationLevel", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicket_MergedIntoId(), ecorePackage.getEString(), "mergedIntoId", null, 0, 1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTicket_Steps(), this.getTicketStep(), null, "steps", null, 0, -1, Ticket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ticketStepEClass, TicketStep.class, "TicketStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTicketStep_Id(), ecorePackage.getEString(), "id", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_Time(), ecorePackage.getEDate(), "time", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_ActorStaffNo(), ecorePackage.getEString(), "actorStaffNo", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_Action(), this.getTicketAction(), "action", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_FromOrgUnitId(), ecorePackage.getEString(), "fromOrgUnitId", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_ToOrgUnitId(), ecorePackage.getEString(), "toOrgUnitId", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_Note(), ecorePackage.getEString(), "note", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_CustomerVisible(), ecorePackage.getEBoolean(), "customerVisible", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_ToPartnerEnterpriseId(), ecorePackage.getEString(), "toPartnerEnterpriseId", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_ToStaffNo(), ecorePackage.getEString(), "toStaffNo", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTicketStep_CustomerNote(), ecorePackage.getEString(), "customerNote", null, 0, 1, TicketStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(businessCalendarEClass, BusinessCalendar.class, "BusinessCalendar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBusinessCalendar_Id(), ecorePackage.getEString(), "id", null, 0, 1, BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_Name(), ecorePackage.getEString(), "name", null, 0, 1, BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_Zone(), ecorePackage.getEString(), "zone", "Asia/Shanghai", 0, 1, BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_Opens(), ecorePackage.getEString(), "opens", "08:30", 0, 1, BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_Closes(), ecorePackage.getEString(), "closes", "17:30", 0, 1, BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_Weekdays(), ecorePackage.getEInt(), "weekdays", null, 0, -1, BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_Holidays(), ecorePackage.getEString(), "holidays", null, 0, -1, BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_Workdays(), ecorePackage.getEString(), "workdays", null, 0, -1, BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(slaPolicyEClass, SlaPolicy.class, "SlaPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSlaPolicy_Id(), ecorePackage.getEString(), "id", null, 0, 1, SlaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaPolicy_TicketType(), ecorePackage.getEString(), "ticketType", null, 0, 1, SlaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaPolicy_Priority(), this.getPriority(), "priority", null, 0, 1, SlaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaPolicy_FirstResponseMinutes(), ecorePackage.getEInt(), "firstResponseMinutes", null, 0, 1, SlaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaPolicy_ResolutionMinutes(), ecorePackage.getEInt(), "resolutionMinutes", null, 0, 1, SlaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaPolicy_CalendarId(), ecorePackage.getEString(), "calendarId", null, 0, 1, SlaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaPolicy_WarnAtPercent(), ecorePackage.getEInt(), "warnAtPercent", "80", 0, 1, SlaPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(customerStatusEEnum, CustomerStatus.class, "CustomerStatus");
		addEEnumLiteral(customerStatusEEnum, CustomerStatus.ACTIVE);
		addEEnumLiteral(customerStatusEEnum, CustomerStatus.SUSPENDED);
		addEEnumLiteral(customerStatusEEnum, CustomerStatus.CLOSED);

		initEEnum(subscriptionStatusEEnum, SubscriptionStatus.class, "SubscriptionStatus");
		addEEnumLiteral(subscriptionStatusEEnum, SubscriptionStatus.ACTIVE);
		addEEnumLiteral(subscriptionStatusEEnum, SubscriptionStatus.SUSPENDED);
		addEEnumLiteral(subscriptionStatusEEnum, SubscriptionStatus.CANCELLED);

		initEEnum(productKindEEnum, ProductKind.class, "ProductKind");
		addEEnumLiteral(productKindEEnum, ProductKind.CALL_PLAN);
		addEEnumLiteral(productKindEEnum, ProductKind.BROADBAND);
		addEEnumLiteral(productKindEEnum, ProductKind.BUNDLE);
		addEEnumLiteral(productKindEEnum, ProductKind.VALUE_ADDED);
		addEEnumLiteral(productKindEEnum, ProductKind.DEVICE);

		initEEnum(channelEEnum, Channel.class, "Channel");
		addEEnumLiteral(channelEEnum, Channel.PHONE);
		addEEnumLiteral(channelEEnum, Channel.WEBCHAT);
		addEEnumLiteral(channelEEnum, Channel.EMAIL);
		addEEnumLiteral(channelEEnum, Channel.SMS);
		addEEnumLiteral(channelEEnum, Channel.WECHAT);
		addEEnumLiteral(channelEEnum, Channel.APP);
		addEEnumLiteral(channelEEnum, Channel.COUNTER);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.INBOUND);
		addEEnumLiteral(directionEEnum, Direction.OUTBOUND);

		initEEnum(ticketStatusEEnum, TicketStatus.class, "TicketStatus");
		addEEnumLiteral(ticketStatusEEnum, TicketStatus.NEW);
		addEEnumLiteral(ticketStatusEEnum, TicketStatus.ASSIGNED);
		addEEnumLiteral(ticketStatusEEnum, TicketStatus.IN_PROGRESS);
		addEEnumLiteral(ticketStatusEEnum, TicketStatus.RETURNED);
		addEEnumLiteral(ticketStatusEEnum, TicketStatus.RESOLVED);
		addEEnumLiteral(ticketStatusEEnum, TicketStatus.CLOSED);

		initEEnum(ticketActionEEnum, TicketAction.class, "TicketAction");
		addEEnumLiteral(ticketActionEEnum, TicketAction.CREATE);
		addEEnumLiteral(ticketActionEEnum, TicketAction.ASSIGN);
		addEEnumLiteral(ticketActionEEnum, TicketAction.ACCEPT);
		addEEnumLiteral(ticketActionEEnum, TicketAction.TRANSFER);
		addEEnumLiteral(ticketActionEEnum, TicketAction.RETURN);
		addEEnumLiteral(ticketActionEEnum, TicketAction.ESCALATE);
		addEEnumLiteral(ticketActionEEnum, TicketAction.COMMENT);
		addEEnumLiteral(ticketActionEEnum, TicketAction.RESOLVE);
		addEEnumLiteral(ticketActionEEnum, TicketAction.CLOSE);
		addEEnumLiteral(ticketActionEEnum, TicketAction.REOPEN);
		addEEnumLiteral(ticketActionEEnum, TicketAction.MERGE);

		initEEnum(priorityEEnum, Priority.class, "Priority");
		addEEnumLiteral(priorityEEnum, Priority.LOW);
		addEEnumLiteral(priorityEEnum, Priority.NORMAL);
		addEEnumLiteral(priorityEEnum, Priority.HIGH);
		addEEnumLiteral(priorityEEnum, Priority.URGENT);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// kefu
		createKefuAnnotations();
	}

	/**
	 * Initializes the annotations for <b>kefu</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createKefuAnnotations() {
		String source = "kefu";
		addAnnotation
		  (productEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getProduct_Code(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getProduct_Name(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getProduct_Kind(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (customerEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getCustomer_Name(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_Phone(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_IdNumber(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_Account(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_Status(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_Level(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_City(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (contactRecordEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getContactRecord_CustomerId(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getContactRecord_AgentStaffNo(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getContactRecord_Channel(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getContactRecord_Direction(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getContactRecord_Category(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getContactRecord_Result(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getContactRecord_StartTime(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (ticketEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getTicket_Number(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_Type(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_CustomerId(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_Status(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_Priority(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_OrgUnitId(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_PartnerEnterpriseId(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_Collaboration(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_AssigneeStaffNo(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_ParentId(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_CreatedAt(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_ResolutionDue(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_UpdatedAt(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getTicket_MergedIntoId(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (businessCalendarEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (slaPolicyEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getSlaPolicy_TicketType(),
		   source,
		   new String[] {
			   "index", "true"
		   });
	}

} //ServicePackageImpl
