/**
 */
package org.hyperedge.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.ServiceNode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.ServiceNodeImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.ServiceNodeImpl#getReleaseId <em>Release Id</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.ServiceNodeImpl#getSoftwareType <em>Software Type</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.ServiceNodeImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.ServiceNodeImpl#getSla <em>Sla</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.ServiceNodeImpl#isShared <em>Shared</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.ServiceNodeImpl#getX <em>X</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.ServiceNodeImpl#getY <em>Y</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceNodeImpl extends EObjectImpl implements ServiceNode {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReleaseId() <em>Release Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleaseId()
	 * @generated
	 * @ordered
	 */
	protected static final String RELEASE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReleaseId() <em>Release Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleaseId()
	 * @generated
	 * @ordered
	 */
	protected String releaseId = RELEASE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSoftwareType() <em>Software Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareType()
	 * @generated
	 * @ordered
	 */
	protected static final String SOFTWARE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSoftwareType() <em>Software Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareType()
	 * @generated
	 * @ordered
	 */
	protected String softwareType = SOFTWARE_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Entry> parameters;

	/**
	 * The cached value of the '{@link #getSla() <em>Sla</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSla()
	 * @generated
	 * @ordered
	 */
	protected EList<Entry> sla;

	/**
	 * The default value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected boolean shared = SHARED_EDEFAULT;

	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final int X_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected int x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final int Y_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected int y = Y_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceNodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.SERVICE_NODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SERVICE_NODE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReleaseId() {
		return releaseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReleaseId(String newReleaseId) {
		String oldReleaseId = releaseId;
		releaseId = newReleaseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SERVICE_NODE__RELEASE_ID, oldReleaseId, releaseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSoftwareType() {
		return softwareType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftwareType(String newSoftwareType) {
		String oldSoftwareType = softwareType;
		softwareType = newSoftwareType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SERVICE_NODE__SOFTWARE_TYPE, oldSoftwareType, softwareType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entry> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Entry>(Entry.class, this, HyperEdgePackage.SERVICE_NODE__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entry> getSla() {
		if (sla == null) {
			sla = new EObjectContainmentEList<Entry>(Entry.class, this, HyperEdgePackage.SERVICE_NODE__SLA);
		}
		return sla;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShared() {
		return shared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShared(boolean newShared) {
		boolean oldShared = shared;
		shared = newShared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SERVICE_NODE__SHARED, oldShared, shared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(int newX) {
		int oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SERVICE_NODE__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(int newY) {
		int oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SERVICE_NODE__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.SERVICE_NODE__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case HyperEdgePackage.SERVICE_NODE__SLA:
				return ((InternalEList<?>)getSla()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperEdgePackage.SERVICE_NODE__TITLE:
				return getTitle();
			case HyperEdgePackage.SERVICE_NODE__RELEASE_ID:
				return getReleaseId();
			case HyperEdgePackage.SERVICE_NODE__SOFTWARE_TYPE:
				return getSoftwareType();
			case HyperEdgePackage.SERVICE_NODE__PARAMETERS:
				return getParameters();
			case HyperEdgePackage.SERVICE_NODE__SLA:
				return getSla();
			case HyperEdgePackage.SERVICE_NODE__SHARED:
				return isShared();
			case HyperEdgePackage.SERVICE_NODE__X:
				return getX();
			case HyperEdgePackage.SERVICE_NODE__Y:
				return getY();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HyperEdgePackage.SERVICE_NODE__TITLE:
				setTitle((String)newValue);
				return;
			case HyperEdgePackage.SERVICE_NODE__RELEASE_ID:
				setReleaseId((String)newValue);
				return;
			case HyperEdgePackage.SERVICE_NODE__SOFTWARE_TYPE:
				setSoftwareType((String)newValue);
				return;
			case HyperEdgePackage.SERVICE_NODE__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Entry>)newValue);
				return;
			case HyperEdgePackage.SERVICE_NODE__SLA:
				getSla().clear();
				getSla().addAll((Collection<? extends Entry>)newValue);
				return;
			case HyperEdgePackage.SERVICE_NODE__SHARED:
				setShared((Boolean)newValue);
				return;
			case HyperEdgePackage.SERVICE_NODE__X:
				setX((Integer)newValue);
				return;
			case HyperEdgePackage.SERVICE_NODE__Y:
				setY((Integer)newValue);
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
			case HyperEdgePackage.SERVICE_NODE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case HyperEdgePackage.SERVICE_NODE__RELEASE_ID:
				setReleaseId(RELEASE_ID_EDEFAULT);
				return;
			case HyperEdgePackage.SERVICE_NODE__SOFTWARE_TYPE:
				setSoftwareType(SOFTWARE_TYPE_EDEFAULT);
				return;
			case HyperEdgePackage.SERVICE_NODE__PARAMETERS:
				getParameters().clear();
				return;
			case HyperEdgePackage.SERVICE_NODE__SLA:
				getSla().clear();
				return;
			case HyperEdgePackage.SERVICE_NODE__SHARED:
				setShared(SHARED_EDEFAULT);
				return;
			case HyperEdgePackage.SERVICE_NODE__X:
				setX(X_EDEFAULT);
				return;
			case HyperEdgePackage.SERVICE_NODE__Y:
				setY(Y_EDEFAULT);
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
			case HyperEdgePackage.SERVICE_NODE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case HyperEdgePackage.SERVICE_NODE__RELEASE_ID:
				return RELEASE_ID_EDEFAULT == null ? releaseId != null : !RELEASE_ID_EDEFAULT.equals(releaseId);
			case HyperEdgePackage.SERVICE_NODE__SOFTWARE_TYPE:
				return SOFTWARE_TYPE_EDEFAULT == null ? softwareType != null : !SOFTWARE_TYPE_EDEFAULT.equals(softwareType);
			case HyperEdgePackage.SERVICE_NODE__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case HyperEdgePackage.SERVICE_NODE__SLA:
				return sla != null && !sla.isEmpty();
			case HyperEdgePackage.SERVICE_NODE__SHARED:
				return shared != SHARED_EDEFAULT;
			case HyperEdgePackage.SERVICE_NODE__X:
				return x != X_EDEFAULT;
			case HyperEdgePackage.SERVICE_NODE__Y:
				return y != Y_EDEFAULT;
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
		result.append(" (title: ");
		result.append(title);
		result.append(", releaseId: ");
		result.append(releaseId);
		result.append(", softwareType: ");
		result.append(softwareType);
		result.append(", shared: ");
		result.append(shared);
		result.append(", x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(')');
		return result.toString();
	}

} //ServiceNodeImpl
