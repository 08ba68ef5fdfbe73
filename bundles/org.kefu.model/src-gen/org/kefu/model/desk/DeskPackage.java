/**
 */
package org.kefu.model.desk;

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
 * 统一接触, 统一桌面, 运营管理, 服务管理: channels, notes, bulletins, files, shifts and requests, KPIs.
 * <!-- end-model-doc -->
 * @see org.kefu.model.desk.DeskFactory
 * @model kind="package"
 * @generated
 */
public interface DeskPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "desk";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:kefu:model:desk:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "desk";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DeskPackage eINSTANCE = org.kefu.model.desk.impl.DeskPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.impl.ChannelInterfaceImpl <em>Channel Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.impl.ChannelInterfaceImpl
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getChannelInterface()
	 * @generated
	 */
	int CHANNEL_INTERFACE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INTERFACE__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INTERFACE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INTERFACE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Modes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INTERFACE__MODES = 3;

	/**
	 * The feature id for the '<em><b>Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INTERFACE__ENDPOINT = 4;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INTERFACE__ENABLED = 5;

	/**
	 * The number of structural features of the '<em>Channel Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INTERFACE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Channel Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INTERFACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.impl.NoteImpl
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ID = 0;

	/**
	 * The feature id for the '<em><b>Owner Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__OWNER_STAFF_NO = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__COLOR = 3;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TIME = 4;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.impl.BulletinImpl <em>Bulletin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.impl.BulletinImpl
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getBulletin()
	 * @generated
	 */
	int BULLETIN = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLETIN__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLETIN__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLETIN__BODY = 2;

	/**
	 * The feature id for the '<em><b>Publisher Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLETIN__PUBLISHER_STAFF_NO = 3;

	/**
	 * The feature id for the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLETIN__PUBLISHED_AT = 4;

	/**
	 * The feature id for the '<em><b>Expires At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLETIN__EXPIRES_AT = 5;

	/**
	 * The feature id for the '<em><b>Audience Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLETIN__AUDIENCE_ROLES = 6;

	/**
	 * The number of structural features of the '<em>Bulletin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLETIN_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Bulletin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLETIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.impl.CloudFileImpl <em>Cloud File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.impl.CloudFileImpl
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getCloudFile()
	 * @generated
	 */
	int CLOUD_FILE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FILE__ID = 0;

	/**
	 * The feature id for the '<em><b>Owner Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FILE__OWNER_STAFF_NO = 1;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FILE__FOLDER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FILE__NAME = 3;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FILE__SIZE = 4;

	/**
	 * The feature id for the '<em><b>Content Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FILE__CONTENT_TYPE = 5;

	/**
	 * The feature id for the '<em><b>Uploaded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FILE__UPLOADED_AT = 6;

	/**
	 * The number of structural features of the '<em>Cloud File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FILE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Cloud File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.impl.ShiftImpl <em>Shift</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.impl.ShiftImpl
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getShift()
	 * @generated
	 */
	int SHIFT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT__ID = 0;

	/**
	 * The feature id for the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT__STAFF_NO = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT__DATE = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT__KIND = 3;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT__START = 4;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT__END = 5;

	/**
	 * The number of structural features of the '<em>Shift</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Shift</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.impl.ShiftRequestImpl <em>Shift Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.impl.ShiftRequestImpl
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getShiftRequest()
	 * @generated
	 */
	int SHIFT_REQUEST = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST__ID = 0;

	/**
	 * The feature id for the '<em><b>Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST__STAFF_NO = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST__STATUS = 3;

	/**
	 * The feature id for the '<em><b>From Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST__FROM_DATE = 4;

	/**
	 * The feature id for the '<em><b>To Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST__TO_DATE = 5;

	/**
	 * The feature id for the '<em><b>Counterpart Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST__COUNTERPART_STAFF_NO = 6;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST__REASON = 7;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST__DECIDED_BY = 8;

	/**
	 * The number of structural features of the '<em>Shift Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Shift Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_REQUEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.impl.KpiDefinitionImpl <em>Kpi Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.impl.KpiDefinitionImpl
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getKpiDefinition()
	 * @generated
	 */
	int KPI_DEFINITION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__NAME = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__UNIT = 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__TARGET = 4;

	/**
	 * The feature id for the '<em><b>Higher Is Better</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__HIGHER_IS_BETTER = 5;

	/**
	 * The feature id for the '<em><b>Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__FORMULA = 6;

	/**
	 * The number of structural features of the '<em>Kpi Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Kpi Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.impl.KpiValueImpl <em>Kpi Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.impl.KpiValueImpl
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getKpiValue()
	 * @generated
	 */
	int KPI_VALUE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__ID = 0;

	/**
	 * The feature id for the '<em><b>Kpi Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__KPI_CODE = 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__PERIOD = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__VALUE = 4;

	/**
	 * The number of structural features of the '<em>Kpi Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Kpi Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.ChannelKind <em>Channel Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.ChannelKind
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getChannelKind()
	 * @generated
	 */
	int CHANNEL_KIND = 8;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.InteractionMode <em>Interaction Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.InteractionMode
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getInteractionMode()
	 * @generated
	 */
	int INTERACTION_MODE = 9;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.ShiftKind <em>Shift Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.ShiftKind
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getShiftKind()
	 * @generated
	 */
	int SHIFT_KIND = 10;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.RequestKind <em>Request Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.RequestKind
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getRequestKind()
	 * @generated
	 */
	int REQUEST_KIND = 11;

	/**
	 * The meta object id for the '{@link org.kefu.model.desk.RequestStatus <em>Request Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kefu.model.desk.RequestStatus
	 * @see org.kefu.model.desk.impl.DeskPackageImpl#getRequestStatus()
	 * @generated
	 */
	int REQUEST_STATUS = 12;


	/**
	 * Returns the meta object for class '{@link org.kefu.model.desk.ChannelInterface <em>Channel Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Interface</em>'.
	 * @see org.kefu.model.desk.ChannelInterface
	 * @generated
	 */
	EClass getChannelInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ChannelInterface#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.desk.ChannelInterface#getId()
	 * @see #getChannelInterface()
	 * @generated
	 */
	EAttribute getChannelInterface_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ChannelInterface#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kefu.model.desk.ChannelInterface#getKind()
	 * @see #getChannelInterface()
	 * @generated
	 */
	EAttribute getChannelInterface_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ChannelInterface#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.desk.ChannelInterface#getName()
	 * @see #getChannelInterface()
	 * @generated
	 */
	EAttribute getChannelInterface_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.desk.ChannelInterface#getModes <em>Modes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Modes</em>'.
	 * @see org.kefu.model.desk.ChannelInterface#getModes()
	 * @see #getChannelInterface()
	 * @generated
	 */
	EAttribute getChannelInterface_Modes();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ChannelInterface#getEndpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint</em>'.
	 * @see org.kefu.model.desk.ChannelInterface#getEndpoint()
	 * @see #getChannelInterface()
	 * @generated
	 */
	EAttribute getChannelInterface_Endpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ChannelInterface#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.kefu.model.desk.ChannelInterface#isEnabled()
	 * @see #getChannelInterface()
	 * @generated
	 */
	EAttribute getChannelInterface_Enabled();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.desk.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.kefu.model.desk.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Note#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.desk.Note#getId()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Note#getOwnerStaffNo <em>Owner Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Staff No</em>'.
	 * @see org.kefu.model.desk.Note#getOwnerStaffNo()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_OwnerStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.kefu.model.desk.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Note#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.kefu.model.desk.Note#getColor()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Note#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.kefu.model.desk.Note#getTime()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Time();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.desk.Bulletin <em>Bulletin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bulletin</em>'.
	 * @see org.kefu.model.desk.Bulletin
	 * @generated
	 */
	EClass getBulletin();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Bulletin#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.desk.Bulletin#getId()
	 * @see #getBulletin()
	 * @generated
	 */
	EAttribute getBulletin_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Bulletin#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.kefu.model.desk.Bulletin#getTitle()
	 * @see #getBulletin()
	 * @generated
	 */
	EAttribute getBulletin_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Bulletin#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.kefu.model.desk.Bulletin#getBody()
	 * @see #getBulletin()
	 * @generated
	 */
	EAttribute getBulletin_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Bulletin#getPublisherStaffNo <em>Publisher Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher Staff No</em>'.
	 * @see org.kefu.model.desk.Bulletin#getPublisherStaffNo()
	 * @see #getBulletin()
	 * @generated
	 */
	EAttribute getBulletin_PublisherStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Bulletin#getPublishedAt <em>Published At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published At</em>'.
	 * @see org.kefu.model.desk.Bulletin#getPublishedAt()
	 * @see #getBulletin()
	 * @generated
	 */
	EAttribute getBulletin_PublishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Bulletin#getExpiresAt <em>Expires At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires At</em>'.
	 * @see org.kefu.model.desk.Bulletin#getExpiresAt()
	 * @see #getBulletin()
	 * @generated
	 */
	EAttribute getBulletin_ExpiresAt();

	/**
	 * Returns the meta object for the attribute list '{@link org.kefu.model.desk.Bulletin#getAudienceRoles <em>Audience Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Audience Roles</em>'.
	 * @see org.kefu.model.desk.Bulletin#getAudienceRoles()
	 * @see #getBulletin()
	 * @generated
	 */
	EAttribute getBulletin_AudienceRoles();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.desk.CloudFile <em>Cloud File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cloud File</em>'.
	 * @see org.kefu.model.desk.CloudFile
	 * @generated
	 */
	EClass getCloudFile();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.CloudFile#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.desk.CloudFile#getId()
	 * @see #getCloudFile()
	 * @generated
	 */
	EAttribute getCloudFile_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.CloudFile#getOwnerStaffNo <em>Owner Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Staff No</em>'.
	 * @see org.kefu.model.desk.CloudFile#getOwnerStaffNo()
	 * @see #getCloudFile()
	 * @generated
	 */
	EAttribute getCloudFile_OwnerStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.CloudFile#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder</em>'.
	 * @see org.kefu.model.desk.CloudFile#getFolder()
	 * @see #getCloudFile()
	 * @generated
	 */
	EAttribute getCloudFile_Folder();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.CloudFile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.desk.CloudFile#getName()
	 * @see #getCloudFile()
	 * @generated
	 */
	EAttribute getCloudFile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.CloudFile#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.kefu.model.desk.CloudFile#getSize()
	 * @see #getCloudFile()
	 * @generated
	 */
	EAttribute getCloudFile_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.CloudFile#getContentType <em>Content Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Type</em>'.
	 * @see org.kefu.model.desk.CloudFile#getContentType()
	 * @see #getCloudFile()
	 * @generated
	 */
	EAttribute getCloudFile_ContentType();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.CloudFile#getUploadedAt <em>Uploaded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uploaded At</em>'.
	 * @see org.kefu.model.desk.CloudFile#getUploadedAt()
	 * @see #getCloudFile()
	 * @generated
	 */
	EAttribute getCloudFile_UploadedAt();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.desk.Shift <em>Shift</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shift</em>'.
	 * @see org.kefu.model.desk.Shift
	 * @generated
	 */
	EClass getShift();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Shift#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.desk.Shift#getId()
	 * @see #getShift()
	 * @generated
	 */
	EAttribute getShift_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Shift#getStaffNo <em>Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff No</em>'.
	 * @see org.kefu.model.desk.Shift#getStaffNo()
	 * @see #getShift()
	 * @generated
	 */
	EAttribute getShift_StaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Shift#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.kefu.model.desk.Shift#getDate()
	 * @see #getShift()
	 * @generated
	 */
	EAttribute getShift_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Shift#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kefu.model.desk.Shift#getKind()
	 * @see #getShift()
	 * @generated
	 */
	EAttribute getShift_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Shift#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.kefu.model.desk.Shift#getStart()
	 * @see #getShift()
	 * @generated
	 */
	EAttribute getShift_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.Shift#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.kefu.model.desk.Shift#getEnd()
	 * @see #getShift()
	 * @generated
	 */
	EAttribute getShift_End();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.desk.ShiftRequest <em>Shift Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shift Request</em>'.
	 * @see org.kefu.model.desk.ShiftRequest
	 * @generated
	 */
	EClass getShiftRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ShiftRequest#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.desk.ShiftRequest#getId()
	 * @see #getShiftRequest()
	 * @generated
	 */
	EAttribute getShiftRequest_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ShiftRequest#getStaffNo <em>Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff No</em>'.
	 * @see org.kefu.model.desk.ShiftRequest#getStaffNo()
	 * @see #getShiftRequest()
	 * @generated
	 */
	EAttribute getShiftRequest_StaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ShiftRequest#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kefu.model.desk.ShiftRequest#getKind()
	 * @see #getShiftRequest()
	 * @generated
	 */
	EAttribute getShiftRequest_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ShiftRequest#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.kefu.model.desk.ShiftRequest#getStatus()
	 * @see #getShiftRequest()
	 * @generated
	 */
	EAttribute getShiftRequest_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ShiftRequest#getFromDate <em>From Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Date</em>'.
	 * @see org.kefu.model.desk.ShiftRequest#getFromDate()
	 * @see #getShiftRequest()
	 * @generated
	 */
	EAttribute getShiftRequest_FromDate();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ShiftRequest#getToDate <em>To Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Date</em>'.
	 * @see org.kefu.model.desk.ShiftRequest#getToDate()
	 * @see #getShiftRequest()
	 * @generated
	 */
	EAttribute getShiftRequest_ToDate();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ShiftRequest#getCounterpartStaffNo <em>Counterpart Staff No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counterpart Staff No</em>'.
	 * @see org.kefu.model.desk.ShiftRequest#getCounterpartStaffNo()
	 * @see #getShiftRequest()
	 * @generated
	 */
	EAttribute getShiftRequest_CounterpartStaffNo();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ShiftRequest#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.kefu.model.desk.ShiftRequest#getReason()
	 * @see #getShiftRequest()
	 * @generated
	 */
	EAttribute getShiftRequest_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.ShiftRequest#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see org.kefu.model.desk.ShiftRequest#getDecidedBy()
	 * @see #getShiftRequest()
	 * @generated
	 */
	EAttribute getShiftRequest_DecidedBy();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.desk.KpiDefinition <em>Kpi Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi Definition</em>'.
	 * @see org.kefu.model.desk.KpiDefinition
	 * @generated
	 */
	EClass getKpiDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.desk.KpiDefinition#getId()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiDefinition#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.kefu.model.desk.KpiDefinition#getCode()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kefu.model.desk.KpiDefinition#getName()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.kefu.model.desk.KpiDefinition#getUnit()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiDefinition#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.kefu.model.desk.KpiDefinition#getTarget()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiDefinition#isHigherIsBetter <em>Higher Is Better</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Higher Is Better</em>'.
	 * @see org.kefu.model.desk.KpiDefinition#isHigherIsBetter()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_HigherIsBetter();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiDefinition#getFormula <em>Formula</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Formula</em>'.
	 * @see org.kefu.model.desk.KpiDefinition#getFormula()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Formula();

	/**
	 * Returns the meta object for class '{@link org.kefu.model.desk.KpiValue <em>Kpi Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi Value</em>'.
	 * @see org.kefu.model.desk.KpiValue
	 * @generated
	 */
	EClass getKpiValue();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiValue#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kefu.model.desk.KpiValue#getId()
	 * @see #getKpiValue()
	 * @generated
	 */
	EAttribute getKpiValue_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiValue#getKpiCode <em>Kpi Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kpi Code</em>'.
	 * @see org.kefu.model.desk.KpiValue#getKpiCode()
	 * @see #getKpiValue()
	 * @generated
	 */
	EAttribute getKpiValue_KpiCode();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiValue#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.kefu.model.desk.KpiValue#getSubject()
	 * @see #getKpiValue()
	 * @generated
	 */
	EAttribute getKpiValue_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiValue#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.kefu.model.desk.KpiValue#getPeriod()
	 * @see #getKpiValue()
	 * @generated
	 */
	EAttribute getKpiValue_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.kefu.model.desk.KpiValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.kefu.model.desk.KpiValue#getValue()
	 * @see #getKpiValue()
	 * @generated
	 */
	EAttribute getKpiValue_Value();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.desk.ChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Kind</em>'.
	 * @see org.kefu.model.desk.ChannelKind
	 * @generated
	 */
	EEnum getChannelKind();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.desk.InteractionMode <em>Interaction Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interaction Mode</em>'.
	 * @see org.kefu.model.desk.InteractionMode
	 * @generated
	 */
	EEnum getInteractionMode();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.desk.ShiftKind <em>Shift Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Shift Kind</em>'.
	 * @see org.kefu.model.desk.ShiftKind
	 * @generated
	 */
	EEnum getShiftKind();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.desk.RequestKind <em>Request Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Request Kind</em>'.
	 * @see org.kefu.model.desk.RequestKind
	 * @generated
	 */
	EEnum getRequestKind();

	/**
	 * Returns the meta object for enum '{@link org.kefu.model.desk.RequestStatus <em>Request Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Request Status</em>'.
	 * @see org.kefu.model.desk.RequestStatus
	 * @generated
	 */
	EEnum getRequestStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DeskFactory getDeskFactory();

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
		 * The meta object literal for the '{@link org.kefu.model.desk.impl.ChannelInterfaceImpl <em>Channel Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.impl.ChannelInterfaceImpl
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getChannelInterface()
		 * @generated
		 */
		EClass CHANNEL_INTERFACE = eINSTANCE.getChannelInterface();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_INTERFACE__ID = eINSTANCE.getChannelInterface_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_INTERFACE__KIND = eINSTANCE.getChannelInterface_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_INTERFACE__NAME = eINSTANCE.getChannelInterface_Name();

		/**
		 * The meta object literal for the '<em><b>Modes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_INTERFACE__MODES = eINSTANCE.getChannelInterface_Modes();

		/**
		 * The meta object literal for the '<em><b>Endpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_INTERFACE__ENDPOINT = eINSTANCE.getChannelInterface_Endpoint();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_INTERFACE__ENABLED = eINSTANCE.getChannelInterface_Enabled();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.impl.NoteImpl
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__ID = eINSTANCE.getNote_Id();

		/**
		 * The meta object literal for the '<em><b>Owner Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__OWNER_STAFF_NO = eINSTANCE.getNote_OwnerStaffNo();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__COLOR = eINSTANCE.getNote_Color();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TIME = eINSTANCE.getNote_Time();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.impl.BulletinImpl <em>Bulletin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.impl.BulletinImpl
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getBulletin()
		 * @generated
		 */
		EClass BULLETIN = eINSTANCE.getBulletin();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULLETIN__ID = eINSTANCE.getBulletin_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULLETIN__TITLE = eINSTANCE.getBulletin_Title();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULLETIN__BODY = eINSTANCE.getBulletin_Body();

		/**
		 * The meta object literal for the '<em><b>Publisher Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULLETIN__PUBLISHER_STAFF_NO = eINSTANCE.getBulletin_PublisherStaffNo();

		/**
		 * The meta object literal for the '<em><b>Published At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULLETIN__PUBLISHED_AT = eINSTANCE.getBulletin_PublishedAt();

		/**
		 * The meta object literal for the '<em><b>Expires At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULLETIN__EXPIRES_AT = eINSTANCE.getBulletin_ExpiresAt();

		/**
		 * The meta object literal for the '<em><b>Audience Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULLETIN__AUDIENCE_ROLES = eINSTANCE.getBulletin_AudienceRoles();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.impl.CloudFileImpl <em>Cloud File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.impl.CloudFileImpl
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getCloudFile()
		 * @generated
		 */
		EClass CLOUD_FILE = eINSTANCE.getCloudFile();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_FILE__ID = eINSTANCE.getCloudFile_Id();

		/**
		 * The meta object literal for the '<em><b>Owner Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_FILE__OWNER_STAFF_NO = eINSTANCE.getCloudFile_OwnerStaffNo();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_FILE__FOLDER = eINSTANCE.getCloudFile_Folder();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_FILE__NAME = eINSTANCE.getCloudFile_Name();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_FILE__SIZE = eINSTANCE.getCloudFile_Size();

		/**
		 * The meta object literal for the '<em><b>Content Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_FILE__CONTENT_TYPE = eINSTANCE.getCloudFile_ContentType();

		/**
		 * The meta object literal for the '<em><b>Uploaded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_FILE__UPLOADED_AT = eINSTANCE.getCloudFile_UploadedAt();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.impl.ShiftImpl <em>Shift</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.impl.ShiftImpl
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getShift()
		 * @generated
		 */
		EClass SHIFT = eINSTANCE.getShift();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT__ID = eINSTANCE.getShift_Id();

		/**
		 * The meta object literal for the '<em><b>Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT__STAFF_NO = eINSTANCE.getShift_StaffNo();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT__DATE = eINSTANCE.getShift_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT__KIND = eINSTANCE.getShift_Kind();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT__START = eINSTANCE.getShift_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT__END = eINSTANCE.getShift_End();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.impl.ShiftRequestImpl <em>Shift Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.impl.ShiftRequestImpl
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getShiftRequest()
		 * @generated
		 */
		EClass SHIFT_REQUEST = eINSTANCE.getShiftRequest();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_REQUEST__ID = eINSTANCE.getShiftRequest_Id();

		/**
		 * The meta object literal for the '<em><b>Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_REQUEST__STAFF_NO = eINSTANCE.getShiftRequest_StaffNo();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_REQUEST__KIND = eINSTANCE.getShiftRequest_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_REQUEST__STATUS = eINSTANCE.getShiftRequest_Status();

		/**
		 * The meta object literal for the '<em><b>From Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_REQUEST__FROM_DATE = eINSTANCE.getShiftRequest_FromDate();

		/**
		 * The meta object literal for the '<em><b>To Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_REQUEST__TO_DATE = eINSTANCE.getShiftRequest_ToDate();

		/**
		 * The meta object literal for the '<em><b>Counterpart Staff No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_REQUEST__COUNTERPART_STAFF_NO = eINSTANCE.getShiftRequest_CounterpartStaffNo();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_REQUEST__REASON = eINSTANCE.getShiftRequest_Reason();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_REQUEST__DECIDED_BY = eINSTANCE.getShiftRequest_DecidedBy();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.impl.KpiDefinitionImpl <em>Kpi Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.impl.KpiDefinitionImpl
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getKpiDefinition()
		 * @generated
		 */
		EClass KPI_DEFINITION = eINSTANCE.getKpiDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__ID = eINSTANCE.getKpiDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__CODE = eINSTANCE.getKpiDefinition_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__NAME = eINSTANCE.getKpiDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__UNIT = eINSTANCE.getKpiDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__TARGET = eINSTANCE.getKpiDefinition_Target();

		/**
		 * The meta object literal for the '<em><b>Higher Is Better</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__HIGHER_IS_BETTER = eINSTANCE.getKpiDefinition_HigherIsBetter();

		/**
		 * The meta object literal for the '<em><b>Formula</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__FORMULA = eINSTANCE.getKpiDefinition_Formula();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.impl.KpiValueImpl <em>Kpi Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.impl.KpiValueImpl
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getKpiValue()
		 * @generated
		 */
		EClass KPI_VALUE = eINSTANCE.getKpiValue();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_VALUE__ID = eINSTANCE.getKpiValue_Id();

		/**
		 * The meta object literal for the '<em><b>Kpi Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_VALUE__KPI_CODE = eINSTANCE.getKpiValue_KpiCode();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_VALUE__SUBJECT = eINSTANCE.getKpiValue_Subject();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_VALUE__PERIOD = eINSTANCE.getKpiValue_Period();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_VALUE__VALUE = eINSTANCE.getKpiValue_Value();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.ChannelKind <em>Channel Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.ChannelKind
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getChannelKind()
		 * @generated
		 */
		EEnum CHANNEL_KIND = eINSTANCE.getChannelKind();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.InteractionMode <em>Interaction Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.InteractionMode
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getInteractionMode()
		 * @generated
		 */
		EEnum INTERACTION_MODE = eINSTANCE.getInteractionMode();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.ShiftKind <em>Shift Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.ShiftKind
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getShiftKind()
		 * @generated
		 */
		EEnum SHIFT_KIND = eINSTANCE.getShiftKind();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.RequestKind <em>Request Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.RequestKind
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getRequestKind()
		 * @generated
		 */
		EEnum REQUEST_KIND = eINSTANCE.getRequestKind();

		/**
		 * The meta object literal for the '{@link org.kefu.model.desk.RequestStatus <em>Request Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kefu.model.desk.RequestStatus
		 * @see org.kefu.model.desk.impl.DeskPackageImpl#getRequestStatus()
		 * @generated
		 */
		EEnum REQUEST_STATUS = eINSTANCE.getRequestStatus();

	}

} //DeskPackage
