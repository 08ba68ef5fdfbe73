/**
 */
package org.kefu.model.desk.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.kefu.model.admin.AdminPackage;

import org.kefu.model.admin.impl.AdminPackageImpl;

import org.kefu.model.desk.Bulletin;
import org.kefu.model.desk.ChannelInterface;
import org.kefu.model.desk.ChannelKind;
import org.kefu.model.desk.CloudFile;
import org.kefu.model.desk.DeskFactory;
import org.kefu.model.desk.DeskPackage;
import org.kefu.model.desk.InteractionMode;
import org.kefu.model.desk.KpiDefinition;
import org.kefu.model.desk.KpiValue;
import org.kefu.model.desk.Note;
import org.kefu.model.desk.RequestKind;
import org.kefu.model.desk.RequestStatus;
import org.kefu.model.desk.Shift;
import org.kefu.model.desk.ShiftKind;
import org.kefu.model.desk.ShiftRequest;

import org.kefu.model.knowledge.KnowledgePackage;

import org.kefu.model.knowledge.impl.KnowledgePackageImpl;

import org.kefu.model.service.ServicePackage;

import org.kefu.model.service.impl.ServicePackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DeskPackageImpl extends EPackageImpl implements DeskPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelInterfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bulletinEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cloudFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shiftEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shiftRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interactionModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum shiftKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum requestKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum requestStatusEEnum = null;

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
	 * @see org.kefu.model.desk.DeskPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DeskPackageImpl() {
		super(eNS_URI, DeskFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link DeskPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DeskPackage init() {
		if (isInited) return (DeskPackage)EPackage.Registry.INSTANCE.getEPackage(DeskPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDeskPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DeskPackageImpl theDeskPackage = registeredDeskPackage instanceof DeskPackageImpl ? (DeskPackageImpl)registeredDeskPackage : new DeskPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AdminPackage.eNS_URI);
		AdminPackageImpl theAdminPackage = (AdminPackageImpl)(registeredPackage instanceof AdminPackageImpl ? registeredPackage : AdminPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ServicePackage.eNS_URI);
		ServicePackageImpl theServicePackage = (ServicePackageImpl)(registeredPackage instanceof ServicePackageImpl ? registeredPackage : ServicePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(KnowledgePackage.eNS_URI);
		KnowledgePackageImpl theKnowledgePackage = (KnowledgePackageImpl)(registeredPackage instanceof KnowledgePackageImpl ? registeredPackage : KnowledgePackage.eINSTANCE);

		// Create package meta-data objects
		theDeskPackage.createPackageContents();
		theAdminPackage.createPackageContents();
		theServicePackage.createPackageContents();
		theKnowledgePackage.createPackageContents();

		// Initialize created meta-data
		theDeskPackage.initializePackageContents();
		theAdminPackage.initializePackageContents();
		theServicePackage.initializePackageContents();
		theKnowledgePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDeskPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DeskPackage.eNS_URI, theDeskPackage);
		return theDeskPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannelInterface() {
		return channelInterfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelInterface_Id() {
		return (EAttribute)channelInterfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelInterface_Kind() {
		return (EAttribute)channelInterfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelInterface_Name() {
		return (EAttribute)channelInterfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelInterface_Modes() {
		return (EAttribute)channelInterfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelInterface_Endpoint() {
		return (EAttribute)channelInterfaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelInterface_Enabled() {
		return (EAttribute)channelInterfaceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNote() {
		return noteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Id() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_OwnerStaffNo() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Text() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Color() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Time() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBulletin() {
		return bulletinEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulletin_Id() {
		return (EAttribute)bulletinEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulletin_Title() {
		return (EAttribute)bulletinEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulletin_Body() {
		return (EAttribute)bulletinEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulletin_PublisherStaffNo() {
		return (EAttribute)bulletinEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulletin_PublishedAt() {
		return (EAttribute)bulletinEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulletin_ExpiresAt() {
		return (EAttribute)bulletinEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulletin_AudienceRoles() {
		return (EAttribute)bulletinEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCloudFile() {
		return cloudFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudFile_Id() {
		return (EAttribute)cloudFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudFile_OwnerStaffNo() {
		return (EAttribute)cloudFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudFile_Folder() {
		return (EAttribute)cloudFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudFile_Name() {
		return (EAttribute)cloudFileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudFile_Size() {
		return (EAttribute)cloudFileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudFile_ContentType() {
		return (EAttribute)cloudFileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudFile_UploadedAt() {
		return (EAttribute)cloudFileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShift() {
		return shiftEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShift_Id() {
		return (EAttribute)shiftEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShift_StaffNo() {
		return (EAttribute)shiftEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShift_Date() {
		return (EAttribute)shiftEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShift_Kind() {
		return (EAttribute)shiftEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShift_Start() {
		return (EAttribute)shiftEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShift_End() {
		return (EAttribute)shiftEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShiftRequest() {
		return shiftRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftRequest_Id() {
		return (EAttribute)shiftRequestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftRequest_StaffNo() {
		return (EAttribute)shiftRequestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftRequest_Kind() {
		return (EAttribute)shiftRequestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftRequest_Status() {
		return (EAttribute)shiftRequestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftRequest_FromDate() {
		return (EAttribute)shiftRequestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftRequest_ToDate() {
		return (EAttribute)shiftRequestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftRequest_CounterpartStaffNo() {
		return (EAttribute)shiftRequestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftRequest_Reason() {
		return (EAttribute)shiftRequestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftRequest_DecidedBy() {
		return (EAttribute)shiftRequestEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpiDefinition() {
		return kpiDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Id() {
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Code() {
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Name() {
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Unit() {
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Target() {
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_HigherIsBetter() {
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Formula() {
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpiValue() {
		return kpiValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiValue_Id() {
		return (EAttribute)kpiValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiValue_KpiCode() {
		return (EAttribute)kpiValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiValue_Subject() {
		return (EAttribute)kpiValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiValue_Period() {
		return (EAttribute)kpiValueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiValue_Value() {
		return (EAttribute)kpiValueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelKind() {
		return channelKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInteractionMode() {
		return interactionModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getShiftKind() {
		return shiftKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRequestKind() {
		return requestKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRequestStatus() {
		return requestStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeskFactory getDeskFactory() {
		return (DeskFactory)getEFactoryInstance();
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
		channelInterfaceEClass = createEClass(CHANNEL_INTERFACE);
		createEAttribute(channelInterfaceEClass, CHANNEL_INTERFACE__ID);
		createEAttribute(channelInterfaceEClass, CHANNEL_INTERFACE__KIND);
		createEAttribute(channelInterfaceEClass, CHANNEL_INTERFACE__NAME);
		createEAttribute(channelInterfaceEClass, CHANNEL_INTERFACE__MODES);
		createEAttribute(channelInterfaceEClass, CHANNEL_INTERFACE__ENDPOINT);
		createEAttribute(channelInterfaceEClass, CHANNEL_INTERFACE__ENABLED);

		noteEClass = createEClass(NOTE);
		createEAttribute(noteEClass, NOTE__ID);
		createEAttribute(noteEClass, NOTE__OWNER_STAFF_NO);
		createEAttribute(noteEClass, NOTE__TEXT);
		createEAttribute(noteEClass, NOTE__COLOR);
		createEAttribute(noteEClass, NOTE__TIME);

		bulletinEClass = createEClass(BULLETIN);
		createEAttribute(bulletinEClass, BULLETIN__ID);
		createEAttribute(bulletinEClass, BULLETIN__TITLE);
		createEAttribute(bulletinEClass, BULLETIN__BODY);
		createEAttribute(bulletinEClass, BULLETIN__PUBLISHER_STAFF_NO);
		createEAttribute(bulletinEClass, BULLETIN__PUBLISHED_AT);
		createEAttribute(bulletinEClass, BULLETIN__EXPIRES_AT);
		createEAttribute(bulletinEClass, BULLETIN__AUDIENCE_ROLES);

		cloudFileEClass = createEClass(CLOUD_FILE);
		createEAttribute(cloudFileEClass, CLOUD_FILE__ID);
		createEAttribute(cloudFileEClass, CLOUD_FILE__OWNER_STAFF_NO);
		createEAttribute(cloudFileEClass, CLOUD_FILE__FOLDER);
		createEAttribute(cloudFileEClass, CLOUD_FILE__NAME);
		createEAttribute(cloudFileEClass, CLOUD_FILE__SIZE);
		createEAttribute(cloudFileEClass, CLOUD_FILE__CONTENT_TYPE);
		createEAttribute(cloudFileEClass, CLOUD_FILE__UPLOADED_AT);

		shiftEClass = createEClass(SHIFT);
		createEAttribute(shiftEClass, SHIFT__ID);
		createEAttribute(shiftEClass, SHIFT__STAFF_NO);
		createEAttribute(shiftEClass, SHIFT__DATE);
		createEAttribute(shiftEClass, SHIFT__KIND);
		createEAttribute(shiftEClass, SHIFT__START);
		createEAttribute(shiftEClass, SHIFT__END);

		shiftRequestEClass = createEClass(SHIFT_REQUEST);
		createEAttribute(shiftRequestEClass, SHIFT_REQUEST__ID);
		createEAttribute(shiftRequestEClass, SHIFT_REQUEST__STAFF_NO);
		createEAttribute(shiftRequestEClass, SHIFT_REQUEST__KIND);
		createEAttribute(shiftRequestEClass, SHIFT_REQUEST__STATUS);
		createEAttribute(shiftRequestEClass, SHIFT_REQUEST__FROM_DATE);
		createEAttribute(shiftRequestEClass, SHIFT_REQUEST__TO_DATE);
		createEAttribute(shiftRequestEClass, SHIFT_REQUEST__COUNTERPART_STAFF_NO);
		createEAttribute(shiftRequestEClass, SHIFT_REQUEST__REASON);
		createEAttribute(shiftRequestEClass, SHIFT_REQUEST__DECIDED_BY);

		kpiDefinitionEClass = createEClass(KPI_DEFINITION);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__ID);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__CODE);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__NAME);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__UNIT);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__TARGET);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__HIGHER_IS_BETTER);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__FORMULA);

		kpiValueEClass = createEClass(KPI_VALUE);
		createEAttribute(kpiValueEClass, KPI_VALUE__ID);
		createEAttribute(kpiValueEClass, KPI_VALUE__KPI_CODE);
		createEAttribute(kpiValueEClass, KPI_VALUE__SUBJECT);
		createEAttribute(kpiValueEClass, KPI_VALUE__PERIOD);
		createEAttribute(kpiValueEClass, KPI_VALUE__VALUE);

		// Create enums
		channelKindEEnum = createEEnum(CHANNEL_KIND);
		interactionModeEEnum = createEEnum(INTERACTION_MODE);
		shiftKindEEnum = createEEnum(SHIFT_KIND);
		requestKindEEnum = createEEnum(REQUEST_KIND);
		requestStatusEEnum = createEEnum(REQUEST_STATUS);
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
		initEClass(channelInterfaceEClass, ChannelInterface.class, "ChannelInterface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannelInterface_Id(), ecorePackage.getEString(), "id", null, 0, 1, ChannelInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelInterface_Kind(), this.getChannelKind(), "kind", null, 0, 1, ChannelInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelInterface_Name(), ecorePackage.getEString(), "name", null, 0, 1, ChannelInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelInterface_Modes(), this.getInteractionMode(), "modes", null, 0, -1, ChannelInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelInterface_Endpoint(), ecorePackage.getEString(), "endpoint", null, 0, 1, ChannelInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelInterface_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, ChannelInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noteEClass, Note.class, "Note", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNote_Id(), ecorePackage.getEString(), "id", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_OwnerStaffNo(), ecorePackage.getEString(), "ownerStaffNo", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Text(), ecorePackage.getEString(), "text", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Color(), ecorePackage.getEString(), "color", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Time(), ecorePackage.getEDate(), "time", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bulletinEClass, Bulletin.class, "Bulletin", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBulletin_Id(), ecorePackage.getEString(), "id", null, 0, 1, Bulletin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBulletin_Title(), ecorePackage.getEString(), "title", null, 0, 1, Bulletin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBulletin_Body(), ecorePackage.getEString(), "body", null, 0, 1, Bulletin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBulletin_PublisherStaffNo(), ecorePackage.getEString(), "publisherStaffNo", null, 0, 1, Bulletin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBulletin_PublishedAt(), ecorePackage.getEDate(), "publishedAt", null, 0, 1, Bulletin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBulletin_ExpiresAt(), ecorePackage.getEDate(), "expiresAt", null, 0, 1, Bulletin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBulletin_AudienceRoles(), ecorePackage.getEString(), "audienceRoles", null, 0, -1, Bulletin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cloudFileEClass, CloudFile.class, "CloudFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCloudFile_Id(), ecorePackage.getEString(), "id", null, 0, 1, CloudFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloudFile_OwnerStaffNo(), ecorePackage.getEString(), "ownerStaffNo", null, 0, 1, CloudFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloudFile_Folder(), ecorePackage.getEString(), "folder", null, 0, 1, CloudFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloudFile_Name(), ecorePackage.getEString(), "name", null, 0, 1, CloudFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloudFile_Size(), ecorePackage.getELong(), "size", null, 0, 1, CloudFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloudFile_ContentType(), ecorePackage.getEString(), "contentType", null, 0, 1, CloudFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloudFile_UploadedAt(), ecorePackage.getEDate(), "uploadedAt", null, 0, 1, CloudFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shiftEClass, Shift.class, "Shift", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShift_Id(), ecorePackage.getEString(), "id", null, 0, 1, Shift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShift_StaffNo(), ecorePackage.getEString(), "staffNo", null, 0, 1, Shift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShift_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Shift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShift_Kind(), this.getShiftKind(), "kind", null, 0, 1, Shift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShift_Start(), ecorePackage.getEString(), "start", null, 0, 1, Shift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShift_End(), ecorePackage.getEString(), "end", null, 0, 1, Shift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shiftRequestEClass, ShiftRequest.class, "ShiftRequest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShiftRequest_Id(), ecorePackage.getEString(), "id", null, 0, 1, ShiftRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftRequest_StaffNo(), ecorePackage.getEString(), "staffNo", null, 0, 1, ShiftRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftRequest_Kind(), this.getRequestKind(), "kind", null, 0, 1, ShiftRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftRequest_Status(), this.getRequestStatus(), "status", null, 0, 1, ShiftRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftRequest_FromDate(), ecorePackage.getEDate(), "fromDate", null, 0, 1, ShiftRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftRequest_ToDate(), ecorePackage.getEDate(), "toDate", null, 0, 1, ShiftRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftRequest_CounterpartStaffNo(), ecorePackage.getEString(), "counterpartStaffNo", null, 0, 1, ShiftRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftRequest_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, ShiftRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftRequest_DecidedBy(), ecorePackage.getEString(), "decidedBy", null, 0, 1, ShiftRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kpiDefinitionEClass, KpiDefinition.class, "KpiDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKpiDefinition_Id(), ecorePackage.getEString(), "id", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiDefinition_Code(), ecorePackage.getEString(), "code", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiDefinition_Name(), ecorePackage.getEString(), "name", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiDefinition_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiDefinition_Target(), ecorePackage.getEDouble(), "target", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiDefinition_HigherIsBetter(), ecorePackage.getEBoolean(), "higherIsBetter", "true", 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiDefinition_Formula(), ecorePackage.getEString(), "formula", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kpiValueEClass, KpiValue.class, "KpiValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKpiValue_Id(), ecorePackage.getEString(), "id", null, 0, 1, KpiValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiValue_KpiCode(), ecorePackage.getEString(), "kpiCode", null, 0, 1, KpiValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiValue_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, KpiValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiValue_Period(), ecorePackage.getEString(), "period", null, 0, 1, KpiValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiValue_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, KpiValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(channelKindEEnum, ChannelKind.class, "ChannelKind");
		addEEnumLiteral(channelKindEEnum, ChannelKind.PHONE);
		addEEnumLiteral(channelKindEEnum, ChannelKind.WEBCHAT);
		addEEnumLiteral(channelKindEEnum, ChannelKind.EMAIL);
		addEEnumLiteral(channelKindEEnum, ChannelKind.SMS);
		addEEnumLiteral(channelKindEEnum, ChannelKind.WECHAT);
		addEEnumLiteral(channelKindEEnum, ChannelKind.APP);

		initEEnum(interactionModeEEnum, InteractionMode.class, "InteractionMode");
		addEEnumLiteral(interactionModeEEnum, InteractionMode.VOICE);
		addEEnumLiteral(interactionModeEEnum, InteractionMode.DATA);
		addEEnumLiteral(interactionModeEEnum, InteractionMode.TEXT);

		initEEnum(shiftKindEEnum, ShiftKind.class, "ShiftKind");
		addEEnumLiteral(shiftKindEEnum, ShiftKind.DAY);
		addEEnumLiteral(shiftKindEEnum, ShiftKind.EVENING);
		addEEnumLiteral(shiftKindEEnum, ShiftKind.NIGHT);
		addEEnumLiteral(shiftKindEEnum, ShiftKind.REST);

		initEEnum(requestKindEEnum, RequestKind.class, "RequestKind");
		addEEnumLiteral(requestKindEEnum, RequestKind.SWAP);
		addEEnumLiteral(requestKindEEnum, RequestKind.LEAVE);
		addEEnumLiteral(requestKindEEnum, RequestKind.OVERTIME);

		initEEnum(requestStatusEEnum, RequestStatus.class, "RequestStatus");
		addEEnumLiteral(requestStatusEEnum, RequestStatus.PENDING);
		addEEnumLiteral(requestStatusEEnum, RequestStatus.APPROVED);
		addEEnumLiteral(requestStatusEEnum, RequestStatus.REJECTED);
		addEEnumLiteral(requestStatusEEnum, RequestStatus.WITHDRAWN);

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
		  (channelInterfaceEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getChannelInterface_Kind(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getChannelInterface_Name(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (noteEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getNote_OwnerStaffNo(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getNote_Time(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (bulletinEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getBulletin_Title(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getBulletin_PublishedAt(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (cloudFileEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getCloudFile_OwnerStaffNo(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCloudFile_Folder(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCloudFile_Name(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (shiftEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getShift_StaffNo(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getShift_Date(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (shiftRequestEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getShiftRequest_StaffNo(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getShiftRequest_Kind(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getShiftRequest_Status(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (kpiDefinitionEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getKpiDefinition_Code(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (kpiValueEClass,
		   source,
		   new String[] {
			   "aggregate", "true"
		   });
		addAnnotation
		  (getKpiValue_KpiCode(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getKpiValue_Subject(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getKpiValue_Period(),
		   source,
		   new String[] {
			   "index", "true"
		   });
	}

} //DeskPackageImpl
