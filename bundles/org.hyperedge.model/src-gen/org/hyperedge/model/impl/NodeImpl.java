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
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.Node;
import org.hyperedge.model.Partition;
import org.hyperedge.model.Site;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getCpuMillis <em>Cpu Millis</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getMemoryMb <em>Memory Mb</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getDiskMb <em>Disk Mb</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getPartitions <em>Partitions</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getLastReport <em>Last Report</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeImpl extends EObjectImpl implements Node {
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
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<Entry> labels;

	/**
	 * The default value of the '{@link #getCpuMillis() <em>Cpu Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long CPU_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCpuMillis() <em>Cpu Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuMillis()
	 * @generated
	 * @ordered
	 */
	protected long cpuMillis = CPU_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMb() <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_MB_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryMb() <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected long memoryMb = MEMORY_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskMb() <em>Disk Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskMb()
	 * @generated
	 * @ordered
	 */
	protected static final long DISK_MB_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDiskMb() <em>Disk Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskMb()
	 * @generated
	 * @ordered
	 */
	protected long diskMb = DISK_MB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPartitions() <em>Partitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Partition> partitions;

	/**
	 * The default value of the '{@link #getLastReport() <em>Last Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastReport()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_REPORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastReport() <em>Last Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastReport()
	 * @generated
	 * @ordered
	 */
	protected Date lastReport = LAST_REPORT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.NODE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (eContainerFeatureID() != HyperEdgePackage.NODE__SITE) return null;
		return (Site)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSite(Site newSite, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSite, HyperEdgePackage.NODE__SITE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		if (newSite != eInternalContainer() || (eContainerFeatureID() != HyperEdgePackage.NODE__SITE && newSite != null)) {
			if (EcoreUtil.isAncestor(this, newSite))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSite != null)
				msgs = ((InternalEObject)newSite).eInverseAdd(this, HyperEdgePackage.SITE__NODES, Site.class, msgs);
			msgs = basicSetSite(newSite, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__SITE, newSite, newSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entry> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<Entry>(Entry.class, this, HyperEdgePackage.NODE__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCpuMillis() {
		return cpuMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuMillis(long newCpuMillis) {
		long oldCpuMillis = cpuMillis;
		cpuMillis = newCpuMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__CPU_MILLIS, oldCpuMillis, cpuMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryMb() {
		return memoryMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMb(long newMemoryMb) {
		long oldMemoryMb = memoryMb;
		memoryMb = newMemoryMb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__MEMORY_MB, oldMemoryMb, memoryMb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDiskMb() {
		return diskMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskMb(long newDiskMb) {
		long oldDiskMb = diskMb;
		diskMb = newDiskMb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__DISK_MB, oldDiskMb, diskMb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partition> getPartitions() {
		if (partitions == null) {
			partitions = new EObjectContainmentWithInverseEList<Partition>(Partition.class, this, HyperEdgePackage.NODE__PARTITIONS, HyperEdgePackage.PARTITION__NODE);
		}
		return partitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastReport() {
		return lastReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastReport(Date newLastReport) {
		Date oldLastReport = lastReport;
		lastReport = newLastReport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__LAST_REPORT, oldLastReport, lastReport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.NODE__SITE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSite((Site)otherEnd, msgs);
			case HyperEdgePackage.NODE__PARTITIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPartitions()).basicAdd(otherEnd, msgs);
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
			case HyperEdgePackage.NODE__SITE:
				return basicSetSite(null, msgs);
			case HyperEdgePackage.NODE__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case HyperEdgePackage.NODE__PARTITIONS:
				return ((InternalEList<?>)getPartitions()).basicRemove(otherEnd, msgs);
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
			case HyperEdgePackage.NODE__SITE:
				return eInternalContainer().eInverseRemove(this, HyperEdgePackage.SITE__NODES, Site.class, msgs);
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
			case HyperEdgePackage.NODE__ID:
				return getId();
			case HyperEdgePackage.NODE__ADDRESS:
				return getAddress();
			case HyperEdgePackage.NODE__SITE:
				return getSite();
			case HyperEdgePackage.NODE__LABELS:
				return getLabels();
			case HyperEdgePackage.NODE__CPU_MILLIS:
				return getCpuMillis();
			case HyperEdgePackage.NODE__MEMORY_MB:
				return getMemoryMb();
			case HyperEdgePackage.NODE__DISK_MB:
				return getDiskMb();
			case HyperEdgePackage.NODE__PARTITIONS:
				return getPartitions();
			case HyperEdgePackage.NODE__LAST_REPORT:
				return getLastReport();
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
			case HyperEdgePackage.NODE__ID:
				setId((String)newValue);
				return;
			case HyperEdgePackage.NODE__ADDRESS:
				setAddress((String)newValue);
				return;
			case HyperEdgePackage.NODE__SITE:
				setSite((Site)newValue);
				return;
			case HyperEdgePackage.NODE__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends Entry>)newValue);
				return;
			case HyperEdgePackage.NODE__CPU_MILLIS:
				setCpuMillis((Long)newValue);
				return;
			case HyperEdgePackage.NODE__MEMORY_MB:
				setMemoryMb((Long)newValue);
				return;
			case HyperEdgePackage.NODE__DISK_MB:
				setDiskMb((Long)newValue);
				return;
			case HyperEdgePackage.NODE__PARTITIONS:
				getPartitions().clear();
				getPartitions().addAll((Collection<? extends Partition>)newValue);
				return;
			case HyperEdgePackage.NODE__LAST_REPORT:
				setLastReport((Date)newValue);
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
			case HyperEdgePackage.NODE__ID:
				setId(ID_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__SITE:
				setSite((Site)null);
				return;
			case HyperEdgePackage.NODE__LABELS:
				getLabels().clear();
				return;
			case HyperEdgePackage.NODE__CPU_MILLIS:
				setCpuMillis(CPU_MILLIS_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__MEMORY_MB:
				setMemoryMb(MEMORY_MB_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__DISK_MB:
				setDiskMb(DISK_MB_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__PARTITIONS:
				getPartitions().clear();
				return;
			case HyperEdgePackage.NODE__LAST_REPORT:
				setLastReport(LAST_REPORT_EDEFAULT);
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
			case HyperEdgePackage.NODE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case HyperEdgePackage.NODE__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case HyperEdgePackage.NODE__SITE:
				return getSite() != null;
			case HyperEdgePackage.NODE__LABELS:
				return labels != null && !labels.isEmpty();
			case HyperEdgePackage.NODE__CPU_MILLIS:
				return cpuMillis != CPU_MILLIS_EDEFAULT;
			case HyperEdgePackage.NODE__MEMORY_MB:
				return memoryMb != MEMORY_MB_EDEFAULT;
			case HyperEdgePackage.NODE__DISK_MB:
				return diskMb != DISK_MB_EDEFAULT;
			case HyperEdgePackage.NODE__PARTITIONS:
				return partitions != null && !partitions.isEmpty();
			case HyperEdgePackage.NODE__LAST_REPORT:
				return LAST_REPORT_EDEFAULT == null ? lastReport != null : !LAST_REPORT_EDEFAULT.equals(lastReport);
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
		result.append(", address: ");
		result.append(address);
		result.append(", cpuMillis: ");
		result.append(cpuMillis);
		result.append(", memoryMb: ");
		result.append(memoryMb);
		result.append(", diskMb: ");
		result.append(diskMb);
		result.append(", lastReport: ");
		result.append(lastReport);
		result.append(')');
		return result.toString();
	}

} //NodeImpl
