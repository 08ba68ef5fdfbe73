/**
 */
package org.kefu.model.desk.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.desk.CloudFile;
import org.kefu.model.desk.DeskPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cloud File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.impl.CloudFileImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.CloudFileImpl#getOwnerStaffNo <em>Owner Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.CloudFileImpl#getFolder <em>Folder</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.CloudFileImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.CloudFileImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.CloudFileImpl#getContentType <em>Content Type</em>}</li>
 *   <li>{@link org.kefu.model.desk.impl.CloudFileImpl#getUploadedAt <em>Uploaded At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CloudFileImpl extends MinimalEObjectImpl.Container implements CloudFile {
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
	 * The default value of the '{@link #getOwnerStaffNo() <em>Owner Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerStaffNo()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_STAFF_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerStaffNo() <em>Owner Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerStaffNo()
	 * @generated
	 * @ordered
	 */
	protected String ownerStaffNo = OWNER_STAFF_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getFolder() <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolder()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFolder() <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolder()
	 * @generated
	 * @ordered
	 */
	protected String folder = FOLDER_EDEFAULT;

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
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected long size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentType() <em>Content Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentType()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentType() <em>Content Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentType()
	 * @generated
	 * @ordered
	 */
	protected String contentType = CONTENT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUploadedAt() <em>Uploaded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUploadedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date UPLOADED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUploadedAt() <em>Uploaded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUploadedAt()
	 * @generated
	 * @ordered
	 */
	protected Date uploadedAt = UPLOADED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CloudFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeskPackage.Literals.CLOUD_FILE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.CLOUD_FILE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerStaffNo() {
		return ownerStaffNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerStaffNo(String newOwnerStaffNo) {
		String oldOwnerStaffNo = ownerStaffNo;
		ownerStaffNo = newOwnerStaffNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.CLOUD_FILE__OWNER_STAFF_NO, oldOwnerStaffNo, ownerStaffNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFolder() {
		return folder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolder(String newFolder) {
		String oldFolder = folder;
		folder = newFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.CLOUD_FILE__FOLDER, oldFolder, folder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.CLOUD_FILE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(long newSize) {
		long oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.CLOUD_FILE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentType() {
		return contentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentType(String newContentType) {
		String oldContentType = contentType;
		contentType = newContentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.CLOUD_FILE__CONTENT_TYPE, oldContentType, contentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getUploadedAt() {
		return uploadedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUploadedAt(Date newUploadedAt) {
		Date oldUploadedAt = uploadedAt;
		uploadedAt = newUploadedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeskPackage.CLOUD_FILE__UPLOADED_AT, oldUploadedAt, uploadedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeskPackage.CLOUD_FILE__ID:
				return getId();
			case DeskPackage.CLOUD_FILE__OWNER_STAFF_NO:
				return getOwnerStaffNo();
			case DeskPackage.CLOUD_FILE__FOLDER:
				return getFolder();
			case DeskPackage.CLOUD_FILE__NAME:
				return getName();
			case DeskPackage.CLOUD_FILE__SIZE:
				return getSize();
			case DeskPackage.CLOUD_FILE__CONTENT_TYPE:
				return getContentType();
			case DeskPackage.CLOUD_FILE__UPLOADED_AT:
				return getUploadedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DeskPackage.CLOUD_FILE__ID:
				setId((String)newValue);
				return;
			case DeskPackage.CLOUD_FILE__OWNER_STAFF_NO:
				setOwnerStaffNo((String)newValue);
				return;
			case DeskPackage.CLOUD_FILE__FOLDER:
				setFolder((String)newValue);
				return;
			case DeskPackage.CLOUD_FILE__NAME:
				setName((String)newValue);
				return;
			case DeskPackage.CLOUD_FILE__SIZE:
				setSize((Long)newValue);
				return;
			case DeskPackage.CLOUD_FILE__CONTENT_TYPE:
				setContentType((String)newValue);
				return;
			case DeskPackage.CLOUD_FILE__UPLOADED_AT:
				setUploadedAt((Date)newValue);
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
			case DeskPackage.CLOUD_FILE__ID:
				setId(ID_EDEFAULT);
				return;
			case DeskPackage.CLOUD_FILE__OWNER_STAFF_NO:
				setOwnerStaffNo(OWNER_STAFF_NO_EDEFAULT);
				return;
			case DeskPackage.CLOUD_FILE__FOLDER:
				setFolder(FOLDER_EDEFAULT);
				return;
			case DeskPackage.CLOUD_FILE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DeskPackage.CLOUD_FILE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case DeskPackage.CLOUD_FILE__CONTENT_TYPE:
				setContentType(CONTENT_TYPE_EDEFAULT);
				return;
			case DeskPackage.CLOUD_FILE__UPLOADED_AT:
				setUploadedAt(UPLOADED_AT_EDEFAULT);
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
			case DeskPackage.CLOUD_FILE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DeskPackage.CLOUD_FILE__OWNER_STAFF_NO:
				return OWNER_STAFF_NO_EDEFAULT == null ? ownerStaffNo != null : !OWNER_STAFF_NO_EDEFAULT.equals(ownerStaffNo);
			case DeskPackage.CLOUD_FILE__FOLDER:
				return FOLDER_EDEFAULT == null ? folder != null : !FOLDER_EDEFAULT.equals(folder);
			case DeskPackage.CLOUD_FILE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DeskPackage.CLOUD_FILE__SIZE:
				return size != SIZE_EDEFAULT;
			case DeskPackage.CLOUD_FILE__CONTENT_TYPE:
				return CONTENT_TYPE_EDEFAULT == null ? contentType != null : !CONTENT_TYPE_EDEFAULT.equals(contentType);
			case DeskPackage.CLOUD_FILE__UPLOADED_AT:
				return UPLOADED_AT_EDEFAULT == null ? uploadedAt != null : !UPLOADED_AT_EDEFAULT.equals(uploadedAt);
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
		result.append(", ownerStaffNo: ");
		result.append(ownerStaffNo);
		result.append(", folder: ");
		result.append(folder);
		result.append(", name: ");
		result.append(name);
		result.append(", size: ");
		result.append(size);
		result.append(", contentType: ");
		result.append(contentType);
		result.append(", uploadedAt: ");
		result.append(uploadedAt);
		result.append(')');
		return result.toString();
	}

} //CloudFileImpl
