/**
 */
package org.kefu.model.desk;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cloud File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 云文件夹
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.CloudFile#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.CloudFile#getOwnerStaffNo <em>Owner Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.CloudFile#getFolder <em>Folder</em>}</li>
 *   <li>{@link org.kefu.model.desk.CloudFile#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.desk.CloudFile#getSize <em>Size</em>}</li>
 *   <li>{@link org.kefu.model.desk.CloudFile#getContentType <em>Content Type</em>}</li>
 *   <li>{@link org.kefu.model.desk.CloudFile#getUploadedAt <em>Uploaded At</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.desk.DeskPackage#getCloudFile()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface CloudFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.desk.DeskPackage#getCloudFile_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.CloudFile#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Owner Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Staff No</em>' attribute.
	 * @see #setOwnerStaffNo(String)
	 * @see org.kefu.model.desk.DeskPackage#getCloudFile_OwnerStaffNo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getOwnerStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.CloudFile#getOwnerStaffNo <em>Owner Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Staff No</em>' attribute.
	 * @see #getOwnerStaffNo()
	 * @generated
	 */
	void setOwnerStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folder</em>' attribute.
	 * @see #setFolder(String)
	 * @see org.kefu.model.desk.DeskPackage#getCloudFile_Folder()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getFolder();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.CloudFile#getFolder <em>Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder</em>' attribute.
	 * @see #getFolder()
	 * @generated
	 */
	void setFolder(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.kefu.model.desk.DeskPackage#getCloudFile_Name()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.CloudFile#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.kefu.model.desk.DeskPackage#getCloudFile_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.CloudFile#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Content Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Type</em>' attribute.
	 * @see #setContentType(String)
	 * @see org.kefu.model.desk.DeskPackage#getCloudFile_ContentType()
	 * @model
	 * @generated
	 */
	String getContentType();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.CloudFile#getContentType <em>Content Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Type</em>' attribute.
	 * @see #getContentType()
	 * @generated
	 */
	void setContentType(String value);

	/**
	 * Returns the value of the '<em><b>Uploaded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uploaded At</em>' attribute.
	 * @see #setUploadedAt(Date)
	 * @see org.kefu.model.desk.DeskPackage#getCloudFile_UploadedAt()
	 * @model
	 * @generated
	 */
	Date getUploadedAt();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.CloudFile#getUploadedAt <em>Uploaded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uploaded At</em>' attribute.
	 * @see #getUploadedAt()
	 * @generated
	 */
	void setUploadedAt(Date value);

} // CloudFile
