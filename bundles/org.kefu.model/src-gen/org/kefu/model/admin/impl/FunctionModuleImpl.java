/**
 */
package org.kefu.model.admin.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.admin.AdminPackage;
import org.kefu.model.admin.Audience;
import org.kefu.model.admin.FunctionModule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Function Module</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.admin.impl.FunctionModuleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.FunctionModuleImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.FunctionModuleImpl#getZone <em>Zone</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.FunctionModuleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.FunctionModuleImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.FunctionModuleImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.FunctionModuleImpl#isPartnerAllowed <em>Partner Allowed</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.FunctionModuleImpl#isPartnerKnowledgeAllowed <em>Partner Knowledge Allowed</em>}</li>
 *   <li>{@link org.kefu.model.admin.impl.FunctionModuleImpl#getSortOrder <em>Sort Order</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FunctionModuleImpl extends MinimalEObjectImpl.Container implements FunctionModule {
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
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected static final String ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected String zone = ZONE_EDEFAULT;

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
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected static final Audience AUDIENCE_EDEFAULT = Audience.OWN_STAFF;

	/**
	 * The cached value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected Audience audience = AUDIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPartnerAllowed() <em>Partner Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartnerAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PARTNER_ALLOWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPartnerAllowed() <em>Partner Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartnerAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean partnerAllowed = PARTNER_ALLOWED_EDEFAULT;

	/**
	 * The default value of the '{@link #isPartnerKnowledgeAllowed() <em>Partner Knowledge Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartnerKnowledgeAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PARTNER_KNOWLEDGE_ALLOWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPartnerKnowledgeAllowed() <em>Partner Knowledge Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartnerKnowledgeAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean partnerKnowledgeAllowed = PARTNER_KNOWLEDGE_ALLOWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSortOrder() <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int SORT_ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSortOrder() <em>Sort Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortOrder()
	 * @generated
	 * @ordered
	 */
	protected int sortOrder = SORT_ORDER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FunctionModuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdminPackage.Literals.FUNCTION_MODULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.FUNCTION_MODULE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.FUNCTION_MODULE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZone() {
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(String newZone) {
		String oldZone = zone;
		zone = newZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.FUNCTION_MODULE__ZONE, oldZone, zone));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.FUNCTION_MODULE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.FUNCTION_MODULE__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Audience getAudience() {
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudience(Audience newAudience) {
		Audience oldAudience = audience;
		audience = newAudience == null ? AUDIENCE_EDEFAULT : newAudience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.FUNCTION_MODULE__AUDIENCE, oldAudience, audience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPartnerAllowed() {
		return partnerAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerAllowed(boolean newPartnerAllowed) {
		boolean oldPartnerAllowed = partnerAllowed;
		partnerAllowed = newPartnerAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.FUNCTION_MODULE__PARTNER_ALLOWED, oldPartnerAllowed, partnerAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPartnerKnowledgeAllowed() {
		return partnerKnowledgeAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerKnowledgeAllowed(boolean newPartnerKnowledgeAllowed) {
		boolean oldPartnerKnowledgeAllowed = partnerKnowledgeAllowed;
		partnerKnowledgeAllowed = newPartnerKnowledgeAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.FUNCTION_MODULE__PARTNER_KNOWLEDGE_ALLOWED, oldPartnerKnowledgeAllowed, partnerKnowledgeAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSortOrder() {
		return sortOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSortOrder(int newSortOrder) {
		int oldSortOrder = sortOrder;
		sortOrder = newSortOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdminPackage.FUNCTION_MODULE__SORT_ORDER, oldSortOrder, sortOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AdminPackage.FUNCTION_MODULE__ID:
				return getId();
			case AdminPackage.FUNCTION_MODULE__CODE:
				return getCode();
			case AdminPackage.FUNCTION_MODULE__ZONE:
				return getZone();
			case AdminPackage.FUNCTION_MODULE__NAME:
				return getName();
			case AdminPackage.FUNCTION_MODULE__NAME_EN:
				return getNameEn();
			case AdminPackage.FUNCTION_MODULE__AUDIENCE:
				return getAudience();
			case AdminPackage.FUNCTION_MODULE__PARTNER_ALLOWED:
				return isPartnerAllowed();
			case AdminPackage.FUNCTION_MODULE__PARTNER_KNOWLEDGE_ALLOWED:
				return isPartnerKnowledgeAllowed();
			case AdminPackage.FUNCTION_MODULE__SORT_ORDER:
				return getSortOrder();
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
			case AdminPackage.FUNCTION_MODULE__ID:
				setId((String)newValue);
				return;
			case AdminPackage.FUNCTION_MODULE__CODE:
				setCode((String)newValue);
				return;
			case AdminPackage.FUNCTION_MODULE__ZONE:
				setZone((String)newValue);
				return;
			case AdminPackage.FUNCTION_MODULE__NAME:
				setName((String)newValue);
				return;
			case AdminPackage.FUNCTION_MODULE__NAME_EN:
				setNameEn((String)newValue);
				return;
			case AdminPackage.FUNCTION_MODULE__AUDIENCE:
				setAudience((Audience)newValue);
				return;
			case AdminPackage.FUNCTION_MODULE__PARTNER_ALLOWED:
				setPartnerAllowed((Boolean)newValue);
				return;
			case AdminPackage.FUNCTION_MODULE__PARTNER_KNOWLEDGE_ALLOWED:
				setPartnerKnowledgeAllowed((Boolean)newValue);
				return;
			case AdminPackage.FUNCTION_MODULE__SORT_ORDER:
				setSortOrder((Integer)newValue);
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
			case AdminPackage.FUNCTION_MODULE__ID:
				setId(ID_EDEFAULT);
				return;
			case AdminPackage.FUNCTION_MODULE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case AdminPackage.FUNCTION_MODULE__ZONE:
				setZone(ZONE_EDEFAULT);
				return;
			case AdminPackage.FUNCTION_MODULE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AdminPackage.FUNCTION_MODULE__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case AdminPackage.FUNCTION_MODULE__AUDIENCE:
				setAudience(AUDIENCE_EDEFAULT);
				return;
			case AdminPackage.FUNCTION_MODULE__PARTNER_ALLOWED:
				setPartnerAllowed(PARTNER_ALLOWED_EDEFAULT);
				return;
			case AdminPackage.FUNCTION_MODULE__PARTNER_KNOWLEDGE_ALLOWED:
				setPartnerKnowledgeAllowed(PARTNER_KNOWLEDGE_ALLOWED_EDEFAULT);
				return;
			case AdminPackage.FUNCTION_MODULE__SORT_ORDER:
				setSortOrder(SORT_ORDER_EDEFAULT);
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
			case AdminPackage.FUNCTION_MODULE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AdminPackage.FUNCTION_MODULE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case AdminPackage.FUNCTION_MODULE__ZONE:
				return ZONE_EDEFAULT == null ? zone != null : !ZONE_EDEFAULT.equals(zone);
			case AdminPackage.FUNCTION_MODULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AdminPackage.FUNCTION_MODULE__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case AdminPackage.FUNCTION_MODULE__AUDIENCE:
				return audience != AUDIENCE_EDEFAULT;
			case AdminPackage.FUNCTION_MODULE__PARTNER_ALLOWED:
				return partnerAllowed != PARTNER_ALLOWED_EDEFAULT;
			case AdminPackage.FUNCTION_MODULE__PARTNER_KNOWLEDGE_ALLOWED:
				return partnerKnowledgeAllowed != PARTNER_KNOWLEDGE_ALLOWED_EDEFAULT;
			case AdminPackage.FUNCTION_MODULE__SORT_ORDER:
				return sortOrder != SORT_ORDER_EDEFAULT;
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
		result.append(", code: ");
		result.append(code);
		result.append(", zone: ");
		result.append(zone);
		result.append(", name: ");
		result.append(name);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", audience: ");
		result.append(audience);
		result.append(", partnerAllowed: ");
		result.append(partnerAllowed);
		result.append(", partnerKnowledgeAllowed: ");
		result.append(partnerKnowledgeAllowed);
		result.append(", sortOrder: ");
		result.append(sortOrder);
		result.append(')');
		return result.toString();
	}

} //FunctionModuleImpl
