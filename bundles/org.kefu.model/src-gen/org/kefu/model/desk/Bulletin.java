/**
 */
package org.kefu.model.desk;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bulletin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 电子公告板
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.Bulletin#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.Bulletin#getTitle <em>Title</em>}</li>
 *   <li>{@link org.kefu.model.desk.Bulletin#getBody <em>Body</em>}</li>
 *   <li>{@link org.kefu.model.desk.Bulletin#getPublisherStaffNo <em>Publisher Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.Bulletin#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.kefu.model.desk.Bulletin#getExpiresAt <em>Expires At</em>}</li>
 *   <li>{@link org.kefu.model.desk.Bulletin#getAudienceRoles <em>Audience Roles</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.desk.DeskPackage#getBulletin()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Bulletin extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.desk.DeskPackage#getBulletin_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Bulletin#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.kefu.model.desk.DeskPackage#getBulletin_Title()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Bulletin#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.kefu.model.desk.DeskPackage#getBulletin_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Bulletin#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Publisher Staff No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher Staff No</em>' attribute.
	 * @see #setPublisherStaffNo(String)
	 * @see org.kefu.model.desk.DeskPackage#getBulletin_PublisherStaffNo()
	 * @model
	 * @generated
	 */
	String getPublisherStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Bulletin#getPublisherStaffNo <em>Publisher Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher Staff No</em>' attribute.
	 * @see #getPublisherStaffNo()
	 * @generated
	 */
	void setPublisherStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published At</em>' attribute.
	 * @see #setPublishedAt(Date)
	 * @see org.kefu.model.desk.DeskPackage#getBulletin_PublishedAt()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getPublishedAt();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Bulletin#getPublishedAt <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published At</em>' attribute.
	 * @see #getPublishedAt()
	 * @generated
	 */
	void setPublishedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Expires At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expires At</em>' attribute.
	 * @see #setExpiresAt(Date)
	 * @see org.kefu.model.desk.DeskPackage#getBulletin_ExpiresAt()
	 * @model
	 * @generated
	 */
	Date getExpiresAt();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Bulletin#getExpiresAt <em>Expires At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires At</em>' attribute.
	 * @see #getExpiresAt()
	 * @generated
	 */
	void setExpiresAt(Date value);

	/**
	 * Returns the value of the '<em><b>Audience Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience Roles</em>' attribute list.
	 * @see org.kefu.model.desk.DeskPackage#getBulletin_AudienceRoles()
	 * @model
	 * @generated
	 */
	EList<String> getAudienceRoles();

} // Bulletin
