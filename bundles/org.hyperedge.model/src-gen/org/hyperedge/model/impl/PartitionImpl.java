/**
 */
package org.hyperedge.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.Node;
import org.hyperedge.model.Partition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.PartitionImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PartitionImpl#getFirstPort <em>First Port</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PartitionImpl#getLastPort <em>Last Port</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PartitionImpl#getNode <em>Node</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartitionImpl extends EObjectImpl implements Partition {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstPort() <em>First Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPort()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstPort() <em>First Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPort()
	 * @generated
	 * @ordered
	 */
	protected int firstPort = FIRST_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastPort() <em>Last Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastPort()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastPort() <em>Last Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastPort()
	 * @generated
	 * @ordered
	 */
	protected int lastPort = LAST_PORT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.PARTITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PARTITION__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstPort() {
		return firstPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstPort(int newFirstPort) {
		int oldFirstPort = firstPort;
		firstPort = newFirstPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PARTITION__FIRST_PORT, oldFirstPort, firstPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastPort() {
		return lastPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastPort(int newLastPort) {
		int oldLastPort = lastPort;
		lastPort = newLastPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PARTITION__LAST_PORT, oldLastPort, lastPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getNode() {
		if (eContainerFeatureID() != HyperEdgePackage.PARTITION__NODE) return null;
		return (Node)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNode(Node newNode, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newNode, HyperEdgePackage.PARTITION__NODE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNode(Node newNode) {
		if (newNode != eInternalContainer() || (eContainerFeatureID() != HyperEdgePackage.PARTITION__NODE && newNode != null)) {
			if (EcoreUtil.isAncestor(this, newNode))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newNode != null)
				msgs = ((InternalEObject)newNode).eInverseAdd(this, HyperEdgePackage.NODE__PARTITIONS, Node.class, msgs);
			msgs = basicSetNode(newNode, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PARTITION__NODE, newNode, newNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.PARTITION__NODE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetNode((Node)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.PARTITION__NODE:
				return basicSetNode(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case HyperEdgePackage.PARTITION__NODE:
				return eInternalContainer().eInverseRemove(this, HyperEdgePackage.NODE__PARTITIONS, Node.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperEdgePackage.PARTITION__REFERENCE:
				return getReference();
			case HyperEdgePackage.PARTITION__FIRST_PORT:
				return getFirstPort();
			case HyperEdgePackage.PARTITION__LAST_PORT:
				return getLastPort();
			case HyperEdgePackage.PARTITION__NODE:
				return getNode();
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
			case HyperEdgePackage.PARTITION__REFERENCE:
				setReference((String)newValue);
				return;
			case HyperEdgePackage.PARTITION__FIRST_PORT:
				setFirstPort((Integer)newValue);
				return;
			case HyperEdgePackage.PARTITION__LAST_PORT:
				setLastPort((Integer)newValue);
				return;
			case HyperEdgePackage.PARTITION__NODE:
				setNode((Node)newValue);
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
			case HyperEdgePackage.PARTITION__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case HyperEdgePackage.PARTITION__FIRST_PORT:
				setFirstPort(FIRST_PORT_EDEFAULT);
				return;
			case HyperEdgePackage.PARTITION__LAST_PORT:
				setLastPort(LAST_PORT_EDEFAULT);
				return;
			case HyperEdgePackage.PARTITION__NODE:
				setNode((Node)null);
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
			case HyperEdgePackage.PARTITION__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case HyperEdgePackage.PARTITION__FIRST_PORT:
				return firstPort != FIRST_PORT_EDEFAULT;
			case HyperEdgePackage.PARTITION__LAST_PORT:
				return lastPort != LAST_PORT_EDEFAULT;
			case HyperEdgePackage.PARTITION__NODE:
				return getNode() != null;
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
		result.append(" (reference: ");
		result.append(reference);
		result.append(", firstPort: ");
		result.append(firstPort);
		result.append(", lastPort: ");
		result.append(lastPort);
		result.append(')');
		return result.toString();
	}

} //PartitionImpl
