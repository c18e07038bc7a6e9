/**
 */
package org.hyperedge.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperedge.model.CatalogOffer;
import org.hyperedge.model.FederationSummary;
import org.hyperedge.model.HyperEdgePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Federation Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.FederationSummaryImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.FederationSummaryImpl#getFreePartitions <em>Free Partitions</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.FederationSummaryImpl#getPartitions <em>Partitions</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.FederationSummaryImpl#getToldAt <em>Told At</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.FederationSummaryImpl#getOffers <em>Offers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FederationSummaryImpl extends EObjectImpl implements FederationSummary {
	/**
	 * The default value of the '{@link #getNodes() <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected static final int NODES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected int nodes = NODES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFreePartitions() <em>Free Partitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreePartitions()
	 * @generated
	 * @ordered
	 */
	protected static final int FREE_PARTITIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFreePartitions() <em>Free Partitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreePartitions()
	 * @generated
	 * @ordered
	 */
	protected int freePartitions = FREE_PARTITIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartitions() <em>Partitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartitions()
	 * @generated
	 * @ordered
	 */
	protected static final int PARTITIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPartitions() <em>Partitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartitions()
	 * @generated
	 * @ordered
	 */
	protected int partitions = PARTITIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getToldAt() <em>Told At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToldAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date TOLD_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToldAt() <em>Told At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToldAt()
	 * @generated
	 * @ordered
	 */
	protected Date toldAt = TOLD_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOffers() <em>Offers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffers()
	 * @generated
	 * @ordered
	 */
	protected EList<CatalogOffer> offers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FederationSummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.FEDERATION_SUMMARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNodes() {
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodes(int newNodes) {
		int oldNodes = nodes;
		nodes = newNodes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.FEDERATION_SUMMARY__NODES, oldNodes, nodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFreePartitions() {
		return freePartitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFreePartitions(int newFreePartitions) {
		int oldFreePartitions = freePartitions;
		freePartitions = newFreePartitions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.FEDERATION_SUMMARY__FREE_PARTITIONS, oldFreePartitions, freePartitions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPartitions() {
		return partitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartitions(int newPartitions) {
		int oldPartitions = partitions;
		partitions = newPartitions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.FEDERATION_SUMMARY__PARTITIONS, oldPartitions, partitions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getToldAt() {
		return toldAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToldAt(Date newToldAt) {
		Date oldToldAt = toldAt;
		toldAt = newToldAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.FEDERATION_SUMMARY__TOLD_AT, oldToldAt, toldAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CatalogOffer> getOffers() {
		if (offers == null) {
			offers = new EObjectContainmentEList<CatalogOffer>(CatalogOffer.class, this, HyperEdgePackage.FEDERATION_SUMMARY__OFFERS);
		}
		return offers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.FEDERATION_SUMMARY__OFFERS:
				return ((InternalEList<?>)getOffers()).basicRemove(otherEnd, msgs);
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
			case HyperEdgePackage.FEDERATION_SUMMARY__NODES:
				return getNodes();
			case HyperEdgePackage.FEDERATION_SUMMARY__FREE_PARTITIONS:
				return getFreePartitions();
			case HyperEdgePackage.FEDERATION_SUMMARY__PARTITIONS:
				return getPartitions();
			case HyperEdgePackage.FEDERATION_SUMMARY__TOLD_AT:
				return getToldAt();
			case HyperEdgePackage.FEDERATION_SUMMARY__OFFERS:
				return getOffers();
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
			case HyperEdgePackage.FEDERATION_SUMMARY__NODES:
				setNodes((Integer)newValue);
				return;
			case HyperEdgePackage.FEDERATION_SUMMARY__FREE_PARTITIONS:
				setFreePartitions((Integer)newValue);
				return;
			case HyperEdgePackage.FEDERATION_SUMMARY__PARTITIONS:
				setPartitions((Integer)newValue);
				return;
			case HyperEdgePackage.FEDERATION_SUMMARY__TOLD_AT:
				setToldAt((Date)newValue);
				return;
			case HyperEdgePackage.FEDERATION_SUMMARY__OFFERS:
				getOffers().clear();
				getOffers().addAll((Collection<? extends CatalogOffer>)newValue);
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
			case HyperEdgePackage.FEDERATION_SUMMARY__NODES:
				setNodes(NODES_EDEFAULT);
				return;
			case HyperEdgePackage.FEDERATION_SUMMARY__FREE_PARTITIONS:
				setFreePartitions(FREE_PARTITIONS_EDEFAULT);
				return;
			case HyperEdgePackage.FEDERATION_SUMMARY__PARTITIONS:
				setPartitions(PARTITIONS_EDEFAULT);
				return;
			case HyperEdgePackage.FEDERATION_SUMMARY__TOLD_AT:
				setToldAt(TOLD_AT_EDEFAULT);
				return;
			case HyperEdgePackage.FEDERATION_SUMMARY__OFFERS:
				getOffers().clear();
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
			case HyperEdgePackage.FEDERATION_SUMMARY__NODES:
				return nodes != NODES_EDEFAULT;
			case HyperEdgePackage.FEDERATION_SUMMARY__FREE_PARTITIONS:
				return freePartitions != FREE_PARTITIONS_EDEFAULT;
			case HyperEdgePackage.FEDERATION_SUMMARY__PARTITIONS:
				return partitions != PARTITIONS_EDEFAULT;
			case HyperEdgePackage.FEDERATION_SUMMARY__TOLD_AT:
				return TOLD_AT_EDEFAULT == null ? toldAt != null : !TOLD_AT_EDEFAULT.equals(toldAt);
			case HyperEdgePackage.FEDERATION_SUMMARY__OFFERS:
				return offers != null && !offers.isEmpty();
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
		result.append(" (nodes: ");
		result.append(nodes);
		result.append(", freePartitions: ");
		result.append(freePartitions);
		result.append(", partitions: ");
		result.append(partitions);
		result.append(", toldAt: ");
		result.append(toldAt);
		result.append(')');
		return result.toString();
	}

} //FederationSummaryImpl
