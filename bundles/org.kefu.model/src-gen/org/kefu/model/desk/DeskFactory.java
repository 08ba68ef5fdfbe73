/**
 */
package org.kefu.model.desk;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.kefu.model.desk.DeskPackage
 * @generated
 */
public interface DeskFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DeskFactory eINSTANCE = org.kefu.model.desk.impl.DeskFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Channel Interface</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Channel Interface</em>'.
	 * @generated
	 */
	ChannelInterface createChannelInterface();

	/**
	 * Returns a new object of class '<em>Note</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Note</em>'.
	 * @generated
	 */
	Note createNote();

	/**
	 * Returns a new object of class '<em>Bulletin</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bulletin</em>'.
	 * @generated
	 */
	Bulletin createBulletin();

	/**
	 * Returns a new object of class '<em>Cloud File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cloud File</em>'.
	 * @generated
	 */
	CloudFile createCloudFile();

	/**
	 * Returns a new object of class '<em>Shift</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shift</em>'.
	 * @generated
	 */
	Shift createShift();

	/**
	 * Returns a new object of class '<em>Shift Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shift Request</em>'.
	 * @generated
	 */
	ShiftRequest createShiftRequest();

	/**
	 * Returns a new object of class '<em>Kpi Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kpi Definition</em>'.
	 * @generated
	 */
	KpiDefinition createKpiDefinition();

	/**
	 * Returns a new object of class '<em>Kpi Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kpi Value</em>'.
	 * @generated
	 */
	KpiValue createKpiValue();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DeskPackage getDeskPackage();

} //DeskFactory
