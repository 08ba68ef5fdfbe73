/**
 */
package org.kefu.model.service.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.kefu.model.service.Product;
import org.kefu.model.service.ProductKind;
import org.kefu.model.service.ServicePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Product</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kefu.model.service.impl.ProductImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ProductImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ProductImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ProductImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ProductImpl#getMonthlyFee <em>Monthly Fee</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ProductImpl#getPointsPrice <em>Points Price</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ProductImpl#isActive <em>Active</em>}</li>
 *   <li>{@link org.kefu.model.service.impl.ProductImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProductImpl extends MinimalEObjectImpl.Container implements Product {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProductKind KIND_EDEFAULT = ProductKind.CALL_PLAN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProductKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthlyFee() <em>Monthly Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyFee()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MONTHLY_FEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonthlyFee() <em>Monthly Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyFee()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal monthlyFee = MONTHLY_FEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPointsPrice() <em>Points Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsPrice()
	 * @generated
	 * @ordered
	 */
	protected static final int POINTS_PRICE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPointsPrice() <em>Points Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsPrice()
	 * @generated
	 * @ordered
	 */
	protected int pointsPrice = POINTS_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProductImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServicePackage.Literals.PRODUCT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.PRODUCT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.PRODUCT__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.PRODUCT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProductKind newKind) {
		ProductKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.PRODUCT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMonthlyFee() {
		return monthlyFee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthlyFee(BigDecimal newMonthlyFee) {
		BigDecimal oldMonthlyFee = monthlyFee;
		monthlyFee = newMonthlyFee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.PRODUCT__MONTHLY_FEE, oldMonthlyFee, monthlyFee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPointsPrice() {
		return pointsPrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointsPrice(int newPointsPrice) {
		int oldPointsPrice = pointsPrice;
		pointsPrice = newPointsPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.PRODUCT__POINTS_PRICE, oldPointsPrice, pointsPrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.PRODUCT__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.PRODUCT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServicePackage.PRODUCT__ID:
				return getId();
			case ServicePackage.PRODUCT__CODE:
				return getCode();
			case ServicePackage.PRODUCT__NAME:
				return getName();
			case ServicePackage.PRODUCT__KIND:
				return getKind();
			case ServicePackage.PRODUCT__MONTHLY_FEE:
				return getMonthlyFee();
			case ServicePackage.PRODUCT__POINTS_PRICE:
				return getPointsPrice();
			case ServicePackage.PRODUCT__ACTIVE:
				return isActive();
			case ServicePackage.PRODUCT__DESCRIPTION:
				return getDescription();
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
			case ServicePackage.PRODUCT__ID:
				setId((String)newValue);
				return;
			case ServicePackage.PRODUCT__CODE:
				setCode((String)newValue);
				return;
			case ServicePackage.PRODUCT__NAME:
				setName((String)newValue);
				return;
			case ServicePackage.PRODUCT__KIND:
				setKind((ProductKind)newValue);
				return;
			case ServicePackage.PRODUCT__MONTHLY_FEE:
				setMonthlyFee((BigDecimal)newValue);
				return;
			case ServicePackage.PRODUCT__POINTS_PRICE:
				setPointsPrice((Integer)newValue);
				return;
			case ServicePackage.PRODUCT__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case ServicePackage.PRODUCT__DESCRIPTION:
				setDescription((String)newValue);
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
			case ServicePackage.PRODUCT__ID:
				setId(ID_EDEFAULT);
				return;
			case ServicePackage.PRODUCT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ServicePackage.PRODUCT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ServicePackage.PRODUCT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ServicePackage.PRODUCT__MONTHLY_FEE:
				setMonthlyFee(MONTHLY_FEE_EDEFAULT);
				return;
			case ServicePackage.PRODUCT__POINTS_PRICE:
				setPointsPrice(POINTS_PRICE_EDEFAULT);
				return;
			case ServicePackage.PRODUCT__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case ServicePackage.PRODUCT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case ServicePackage.PRODUCT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ServicePackage.PRODUCT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ServicePackage.PRODUCT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ServicePackage.PRODUCT__KIND:
				return kind != KIND_EDEFAULT;
			case ServicePackage.PRODUCT__MONTHLY_FEE:
				return MONTHLY_FEE_EDEFAULT == null ? monthlyFee != null : !MONTHLY_FEE_EDEFAULT.equals(monthlyFee);
			case ServicePackage.PRODUCT__POINTS_PRICE:
				return pointsPrice != POINTS_PRICE_EDEFAULT;
			case ServicePackage.PRODUCT__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case ServicePackage.PRODUCT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(", name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", monthlyFee: ");
		result.append(monthlyFee);
		result.append(", pointsPrice: ");
		result.append(pointsPrice);
		result.append(", active: ");
		result.append(active);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ProductImpl
