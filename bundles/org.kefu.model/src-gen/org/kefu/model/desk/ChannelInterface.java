/**
 */
package org.kefu.model.desk;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 交互渠道: one channel interface and its interaction modes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.desk.ChannelInterface#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.desk.ChannelInterface#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.desk.ChannelInterface#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.desk.ChannelInterface#getModes <em>Modes</em>}</li>
 *   <li>{@link org.kefu.model.desk.ChannelInterface#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link org.kefu.model.desk.ChannelInterface#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.kefu.model.desk.DeskPackage#getChannelInterface()
 * @model annotation="kefu aggregate='true'"
 * @generated
 */
public interface ChannelInterface extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.kefu.model.desk.DeskPackage#getChannelInterface_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ChannelInterface#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.kefu.model.desk.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.desk.ChannelKind
	 * @see #setKind(ChannelKind)
	 * @see org.kefu.model.desk.DeskPackage#getChannelInterface_Kind()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	ChannelKind getKind();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ChannelInterface#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kefu.model.desk.ChannelKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChannelKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.kefu.model.desk.DeskPackage#getChannelInterface_Name()
	 * @model annotation="kefu index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ChannelInterface#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Modes</b></em>' attribute list.
	 * The list contents are of type {@link org.kefu.model.desk.InteractionMode}.
	 * The literals are from the enumeration {@link org.kefu.model.desk.InteractionMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modes</em>' attribute list.
	 * @see org.kefu.model.desk.InteractionMode
	 * @see org.kefu.model.desk.DeskPackage#getChannelInterface_Modes()
	 * @model
	 * @generated
	 */
	EList<InteractionMode> getModes();

	/**
	 * Returns the value of the '<em><b>Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint</em>' attribute.
	 * @see #setEndpoint(String)
	 * @see org.kefu.model.desk.DeskPackage#getChannelInterface_Endpoint()
	 * @model
	 * @generated
	 */
	String getEndpoint();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ChannelInterface#getEndpoint <em>Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint</em>' attribute.
	 * @see #getEndpoint()
	 * @generated
	 */
	void setEndpoint(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.kefu.model.desk.DeskPackage#getChannelInterface_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.kefu.model.desk.ChannelInterface#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // ChannelInterface
