/**
 */
package org.kefu.model.desk;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 电子便笺
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.Note#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.Note#getOwnerStaffNo <em>Owner Staff No</em>}</li>
 *   <li>{@link org.kefu.model.desk.Note#getText <em>Text</em>}</li>
 *   <li>{@link org.kefu.model.desk.Note#getColor <em>Color</em>}</li>
 *   <li>{@link org.kefu.model.desk.Note#getTime <em>Time</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.desk.DeskPackage#getNote()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface Note extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.desk.DeskPackage#getNote_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Note#getId <em>Id</em>}' attribute.
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
	 * @see org.kefu.model.desk.DeskPackage#getNote_OwnerStaffNo()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getOwnerStaffNo();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Note#getOwnerStaffNo <em>Owner Staff No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Staff No</em>' attribute.
	 * @see #getOwnerStaffNo()
	 * @generated
	 */
	void setOwnerStaffNo(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.kefu.model.desk.DeskPackage#getNote_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Note#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.kefu.model.desk.DeskPackage#getNote_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Note#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.kefu.model.desk.DeskPackage#getNote_Time()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.Note#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

} // Note
