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
import org.hyperedge.model.FederationSummary;
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
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getDialledFrom <em>Dialled From</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#isDialling <em>Dialling</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getPathFailure <em>Path Failure</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getSyncError <em>Sync Error</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#isAdopted <em>Adopted</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#isRevoked <em>Revoked</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getUsedCpuMillis <em>Used Cpu Millis</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getUsedMemoryMb <em>Used Memory Mb</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getUsedDiskMb <em>Used Disk Mb</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getClockSkewMs <em>Clock Skew Ms</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getClockCheckedAt <em>Clock Checked At</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.NodeImpl#getTold <em>Told</em>}</li>
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
	 * The default value of the '{@link #getDialledFrom() <em>Dialled From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDialledFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String DIALLED_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDialledFrom() <em>Dialled From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDialledFrom()
	 * @generated
	 * @ordered
	 */
	protected String dialledFrom = DIALLED_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #isDialling() <em>Dialling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDialling()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DIALLING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDialling() <em>Dialling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDialling()
	 * @generated
	 * @ordered
	 */
	protected boolean dialling = DIALLING_EDEFAULT;

	/**
	 * The default value of the '{@link #getPathFailure() <em>Path Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathFailure()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_FAILURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPathFailure() <em>Path Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathFailure()
	 * @generated
	 * @ordered
	 */
	protected String pathFailure = PATH_FAILURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSyncError() <em>Sync Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncError()
	 * @generated
	 * @ordered
	 */
	protected static final String SYNC_ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSyncError() <em>Sync Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncError()
	 * @generated
	 * @ordered
	 */
	protected String syncError = SYNC_ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #isAdopted() <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdopted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADOPTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAdopted() <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdopted()
	 * @generated
	 * @ordered
	 */
	protected boolean adopted = ADOPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #isRevoked() <em>Revoked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRevoked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVOKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRevoked() <em>Revoked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRevoked()
	 * @generated
	 * @ordered
	 */
	protected boolean revoked = REVOKED_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsedCpuMillis() <em>Used Cpu Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedCpuMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long USED_CPU_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUsedCpuMillis() <em>Used Cpu Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedCpuMillis()
	 * @generated
	 * @ordered
	 */
	protected long usedCpuMillis = USED_CPU_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsedMemoryMb() <em>Used Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected static final long USED_MEMORY_MB_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUsedMemoryMb() <em>Used Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected long usedMemoryMb = USED_MEMORY_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsedDiskMb() <em>Used Disk Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedDiskMb()
	 * @generated
	 * @ordered
	 */
	protected static final long USED_DISK_MB_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUsedDiskMb() <em>Used Disk Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedDiskMb()
	 * @generated
	 * @ordered
	 */
	protected long usedDiskMb = USED_DISK_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getClockSkewMs() <em>Clock Skew Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockSkewMs()
	 * @generated
	 * @ordered
	 */
	protected static final Long CLOCK_SKEW_MS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClockSkewMs() <em>Clock Skew Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockSkewMs()
	 * @generated
	 * @ordered
	 */
	protected Long clockSkewMs = CLOCK_SKEW_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getClockCheckedAt() <em>Clock Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CLOCK_CHECKED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClockCheckedAt() <em>Clock Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected Date clockCheckedAt = CLOCK_CHECKED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTold() <em>Told</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTold()
	 * @generated
	 * @ordered
	 */
	protected FederationSummary told;

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
	@Override
	public String getDialledFrom() {
		return dialledFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDialledFrom(String newDialledFrom) {
		String oldDialledFrom = dialledFrom;
		dialledFrom = newDialledFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__DIALLED_FROM, oldDialledFrom, dialledFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDialling() {
		return dialling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDialling(boolean newDialling) {
		boolean oldDialling = dialling;
		dialling = newDialling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__DIALLING, oldDialling, dialling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPathFailure() {
		return pathFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPathFailure(String newPathFailure) {
		String oldPathFailure = pathFailure;
		pathFailure = newPathFailure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__PATH_FAILURE, oldPathFailure, pathFailure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSyncError() {
		return syncError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSyncError(String newSyncError) {
		String oldSyncError = syncError;
		syncError = newSyncError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__SYNC_ERROR, oldSyncError, syncError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAdopted() {
		return adopted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdopted(boolean newAdopted) {
		boolean oldAdopted = adopted;
		adopted = newAdopted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__ADOPTED, oldAdopted, adopted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRevoked() {
		return revoked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevoked(boolean newRevoked) {
		boolean oldRevoked = revoked;
		revoked = newRevoked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__REVOKED, oldRevoked, revoked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUsedCpuMillis() {
		return usedCpuMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsedCpuMillis(long newUsedCpuMillis) {
		long oldUsedCpuMillis = usedCpuMillis;
		usedCpuMillis = newUsedCpuMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__USED_CPU_MILLIS, oldUsedCpuMillis, usedCpuMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUsedMemoryMb() {
		return usedMemoryMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsedMemoryMb(long newUsedMemoryMb) {
		long oldUsedMemoryMb = usedMemoryMb;
		usedMemoryMb = newUsedMemoryMb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__USED_MEMORY_MB, oldUsedMemoryMb, usedMemoryMb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUsedDiskMb() {
		return usedDiskMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsedDiskMb(long newUsedDiskMb) {
		long oldUsedDiskMb = usedDiskMb;
		usedDiskMb = newUsedDiskMb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__USED_DISK_MB, oldUsedDiskMb, usedDiskMb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getClockSkewMs() {
		return clockSkewMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClockSkewMs(Long newClockSkewMs) {
		Long oldClockSkewMs = clockSkewMs;
		clockSkewMs = newClockSkewMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__CLOCK_SKEW_MS, oldClockSkewMs, clockSkewMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getClockCheckedAt() {
		return clockCheckedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClockCheckedAt(Date newClockCheckedAt) {
		Date oldClockCheckedAt = clockCheckedAt;
		clockCheckedAt = newClockCheckedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__CLOCK_CHECKED_AT, oldClockCheckedAt, clockCheckedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FederationSummary getTold() {
		return told;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTold(FederationSummary newTold, NotificationChain msgs) {
		FederationSummary oldTold = told;
		told = newTold;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__TOLD, oldTold, newTold);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTold(FederationSummary newTold) {
		if (newTold != told) {
			NotificationChain msgs = null;
			if (told != null)
				msgs = ((InternalEObject)told).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HyperEdgePackage.NODE__TOLD, null, msgs);
			if (newTold != null)
				msgs = ((InternalEObject)newTold).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HyperEdgePackage.NODE__TOLD, null, msgs);
			msgs = basicSetTold(newTold, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.NODE__TOLD, newTold, newTold));
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
			case HyperEdgePackage.NODE__TOLD:
				return basicSetTold(null, msgs);
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
			case HyperEdgePackage.NODE__DIALLED_FROM:
				return getDialledFrom();
			case HyperEdgePackage.NODE__DIALLING:
				return isDialling();
			case HyperEdgePackage.NODE__PATH_FAILURE:
				return getPathFailure();
			case HyperEdgePackage.NODE__SYNC_ERROR:
				return getSyncError();
			case HyperEdgePackage.NODE__ADOPTED:
				return isAdopted();
			case HyperEdgePackage.NODE__REVOKED:
				return isRevoked();
			case HyperEdgePackage.NODE__USED_CPU_MILLIS:
				return getUsedCpuMillis();
			case HyperEdgePackage.NODE__USED_MEMORY_MB:
				return getUsedMemoryMb();
			case HyperEdgePackage.NODE__USED_DISK_MB:
				return getUsedDiskMb();
			case HyperEdgePackage.NODE__CLOCK_SKEW_MS:
				return getClockSkewMs();
			case HyperEdgePackage.NODE__CLOCK_CHECKED_AT:
				return getClockCheckedAt();
			case HyperEdgePackage.NODE__TOLD:
				return getTold();
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
			case HyperEdgePackage.NODE__DIALLED_FROM:
				setDialledFrom((String)newValue);
				return;
			case HyperEdgePackage.NODE__DIALLING:
				setDialling((Boolean)newValue);
				return;
			case HyperEdgePackage.NODE__PATH_FAILURE:
				setPathFailure((String)newValue);
				return;
			case HyperEdgePackage.NODE__SYNC_ERROR:
				setSyncError((String)newValue);
				return;
			case HyperEdgePackage.NODE__ADOPTED:
				setAdopted((Boolean)newValue);
				return;
			case HyperEdgePackage.NODE__REVOKED:
				setRevoked((Boolean)newValue);
				return;
			case HyperEdgePackage.NODE__USED_CPU_MILLIS:
				setUsedCpuMillis((Long)newValue);
				return;
			case HyperEdgePackage.NODE__USED_MEMORY_MB:
				setUsedMemoryMb((Long)newValue);
				return;
			case HyperEdgePackage.NODE__USED_DISK_MB:
				setUsedDiskMb((Long)newValue);
				return;
			case HyperEdgePackage.NODE__CLOCK_SKEW_MS:
				setClockSkewMs((Long)newValue);
				return;
			case HyperEdgePackage.NODE__CLOCK_CHECKED_AT:
				setClockCheckedAt((Date)newValue);
				return;
			case HyperEdgePackage.NODE__TOLD:
				setTold((FederationSummary)newValue);
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
			case HyperEdgePackage.NODE__DIALLED_FROM:
				setDialledFrom(DIALLED_FROM_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__DIALLING:
				setDialling(DIALLING_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__PATH_FAILURE:
				setPathFailure(PATH_FAILURE_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__SYNC_ERROR:
				setSyncError(SYNC_ERROR_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__ADOPTED:
				setAdopted(ADOPTED_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__REVOKED:
				setRevoked(REVOKED_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__USED_CPU_MILLIS:
				setUsedCpuMillis(USED_CPU_MILLIS_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__USED_MEMORY_MB:
				setUsedMemoryMb(USED_MEMORY_MB_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__USED_DISK_MB:
				setUsedDiskMb(USED_DISK_MB_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__CLOCK_SKEW_MS:
				setClockSkewMs(CLOCK_SKEW_MS_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__CLOCK_CHECKED_AT:
				setClockCheckedAt(CLOCK_CHECKED_AT_EDEFAULT);
				return;
			case HyperEdgePackage.NODE__TOLD:
				setTold((FederationSummary)null);
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
			case HyperEdgePackage.NODE__DIALLED_FROM:
				return DIALLED_FROM_EDEFAULT == null ? dialledFrom != null : !DIALLED_FROM_EDEFAULT.equals(dialledFrom);
			case HyperEdgePackage.NODE__DIALLING:
				return dialling != DIALLING_EDEFAULT;
			case HyperEdgePackage.NODE__PATH_FAILURE:
				return PATH_FAILURE_EDEFAULT == null ? pathFailure != null : !PATH_FAILURE_EDEFAULT.equals(pathFailure);
			case HyperEdgePackage.NODE__SYNC_ERROR:
				return SYNC_ERROR_EDEFAULT == null ? syncError != null : !SYNC_ERROR_EDEFAULT.equals(syncError);
			case HyperEdgePackage.NODE__ADOPTED:
				return adopted != ADOPTED_EDEFAULT;
			case HyperEdgePackage.NODE__REVOKED:
				return revoked != REVOKED_EDEFAULT;
			case HyperEdgePackage.NODE__USED_CPU_MILLIS:
				return usedCpuMillis != USED_CPU_MILLIS_EDEFAULT;
			case HyperEdgePackage.NODE__USED_MEMORY_MB:
				return usedMemoryMb != USED_MEMORY_MB_EDEFAULT;
			case HyperEdgePackage.NODE__USED_DISK_MB:
				return usedDiskMb != USED_DISK_MB_EDEFAULT;
			case HyperEdgePackage.NODE__CLOCK_SKEW_MS:
				return CLOCK_SKEW_MS_EDEFAULT == null ? clockSkewMs != null : !CLOCK_SKEW_MS_EDEFAULT.equals(clockSkewMs);
			case HyperEdgePackage.NODE__CLOCK_CHECKED_AT:
				return CLOCK_CHECKED_AT_EDEFAULT == null ? clockCheckedAt != null : !CLOCK_CHECKED_AT_EDEFAULT.equals(clockCheckedAt);
			case HyperEdgePackage.NODE__TOLD:
				return told != null;
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
		result.append(", dialledFrom: ");
		result.append(dialledFrom);
		result.append(", dialling: ");
		result.append(dialling);
		result.append(", pathFailure: ");
		result.append(pathFailure);
		result.append(", syncError: ");
		result.append(syncError);
		result.append(", adopted: ");
		result.append(adopted);
		result.append(", revoked: ");
		result.append(revoked);
		result.append(", usedCpuMillis: ");
		result.append(usedCpuMillis);
		result.append(", usedMemoryMb: ");
		result.append(usedMemoryMb);
		result.append(", usedDiskMb: ");
		result.append(usedDiskMb);
		result.append(", clockSkewMs: ");
		result.append(clockSkewMs);
		result.append(", clockCheckedAt: ");
		result.append(clockCheckedAt);
		result.append(')');
		return result.toString();
	}

} //NodeImpl
