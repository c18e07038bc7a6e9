/**
 */
package org.hyperedge.model.impl;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.UsageRecord;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Usage Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.UsageRecordImpl#getNodeId <em>Node Id</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.UsageRecordImpl#getPartition <em>Partition</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.UsageRecordImpl#getInstanceId <em>Instance Id</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.UsageRecordImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.UsageRecordImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.UsageRecordImpl#getCpuSeconds <em>Cpu Seconds</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.UsageRecordImpl#getMemoryMbHours <em>Memory Mb Hours</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.UsageRecordImpl#getDiskMbHours <em>Disk Mb Hours</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.UsageRecordImpl#getInstanceHours <em>Instance Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UsageRecordImpl extends EObjectImpl implements UsageRecord {
	/**
	 * The default value of the '{@link #getNodeId() <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeId() <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeId()
	 * @generated
	 * @ordered
	 */
	protected String nodeId = NODE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartition() <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartition()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartition() <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartition()
	 * @generated
	 * @ordered
	 */
	protected String partition = PARTITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstanceId() <em>Instance Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceId()
	 * @generated
	 * @ordered
	 */
	protected static final long INSTANCE_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInstanceId() <em>Instance Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceId()
	 * @generated
	 * @ordered
	 */
	protected long instanceId = INSTANCE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected Date periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected Date periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuSeconds() <em>Cpu Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CPU_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpuSeconds() <em>Cpu Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuSeconds()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cpuSeconds = CPU_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMbHours() <em>Memory Mb Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMbHours()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MEMORY_MB_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMemoryMbHours() <em>Memory Mb Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMbHours()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal memoryMbHours = MEMORY_MB_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiskMbHours() <em>Disk Mb Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskMbHours()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DISK_MB_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiskMbHours() <em>Disk Mb Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskMbHours()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal diskMbHours = DISK_MB_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstanceHours() <em>Instance Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceHours()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INSTANCE_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstanceHours() <em>Instance Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceHours()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal instanceHours = INSTANCE_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UsageRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.USAGE_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeId() {
		return nodeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeId(String newNodeId) {
		String oldNodeId = nodeId;
		nodeId = newNodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.USAGE_RECORD__NODE_ID, oldNodeId, nodeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartition() {
		return partition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartition(String newPartition) {
		String oldPartition = partition;
		partition = newPartition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.USAGE_RECORD__PARTITION, oldPartition, partition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInstanceId() {
		return instanceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstanceId(long newInstanceId) {
		long oldInstanceId = instanceId;
		instanceId = newInstanceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.USAGE_RECORD__INSTANCE_ID, oldInstanceId, instanceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(Date newPeriodStart) {
		Date oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.USAGE_RECORD__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(Date newPeriodEnd) {
		Date oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.USAGE_RECORD__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCpuSeconds() {
		return cpuSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuSeconds(BigDecimal newCpuSeconds) {
		BigDecimal oldCpuSeconds = cpuSeconds;
		cpuSeconds = newCpuSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.USAGE_RECORD__CPU_SECONDS, oldCpuSeconds, cpuSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMemoryMbHours() {
		return memoryMbHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMbHours(BigDecimal newMemoryMbHours) {
		BigDecimal oldMemoryMbHours = memoryMbHours;
		memoryMbHours = newMemoryMbHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.USAGE_RECORD__MEMORY_MB_HOURS, oldMemoryMbHours, memoryMbHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDiskMbHours() {
		return diskMbHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskMbHours(BigDecimal newDiskMbHours) {
		BigDecimal oldDiskMbHours = diskMbHours;
		diskMbHours = newDiskMbHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.USAGE_RECORD__DISK_MB_HOURS, oldDiskMbHours, diskMbHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getInstanceHours() {
		return instanceHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstanceHours(BigDecimal newInstanceHours) {
		BigDecimal oldInstanceHours = instanceHours;
		instanceHours = newInstanceHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.USAGE_RECORD__INSTANCE_HOURS, oldInstanceHours, instanceHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperEdgePackage.USAGE_RECORD__NODE_ID:
				return getNodeId();
			case HyperEdgePackage.USAGE_RECORD__PARTITION:
				return getPartition();
			case HyperEdgePackage.USAGE_RECORD__INSTANCE_ID:
				return getInstanceId();
			case HyperEdgePackage.USAGE_RECORD__PERIOD_START:
				return getPeriodStart();
			case HyperEdgePackage.USAGE_RECORD__PERIOD_END:
				return getPeriodEnd();
			case HyperEdgePackage.USAGE_RECORD__CPU_SECONDS:
				return getCpuSeconds();
			case HyperEdgePackage.USAGE_RECORD__MEMORY_MB_HOURS:
				return getMemoryMbHours();
			case HyperEdgePackage.USAGE_RECORD__DISK_MB_HOURS:
				return getDiskMbHours();
			case HyperEdgePackage.USAGE_RECORD__INSTANCE_HOURS:
				return getInstanceHours();
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
			case HyperEdgePackage.USAGE_RECORD__NODE_ID:
				setNodeId((String)newValue);
				return;
			case HyperEdgePackage.USAGE_RECORD__PARTITION:
				setPartition((String)newValue);
				return;
			case HyperEdgePackage.USAGE_RECORD__INSTANCE_ID:
				setInstanceId((Long)newValue);
				return;
			case HyperEdgePackage.USAGE_RECORD__PERIOD_START:
				setPeriodStart((Date)newValue);
				return;
			case HyperEdgePackage.USAGE_RECORD__PERIOD_END:
				setPeriodEnd((Date)newValue);
				return;
			case HyperEdgePackage.USAGE_RECORD__CPU_SECONDS:
				setCpuSeconds((BigDecimal)newValue);
				return;
			case HyperEdgePackage.USAGE_RECORD__MEMORY_MB_HOURS:
				setMemoryMbHours((BigDecimal)newValue);
				return;
			case HyperEdgePackage.USAGE_RECORD__DISK_MB_HOURS:
				setDiskMbHours((BigDecimal)newValue);
				return;
			case HyperEdgePackage.USAGE_RECORD__INSTANCE_HOURS:
				setInstanceHours((BigDecimal)newValue);
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
			case HyperEdgePackage.USAGE_RECORD__NODE_ID:
				setNodeId(NODE_ID_EDEFAULT);
				return;
			case HyperEdgePackage.USAGE_RECORD__PARTITION:
				setPartition(PARTITION_EDEFAULT);
				return;
			case HyperEdgePackage.USAGE_RECORD__INSTANCE_ID:
				setInstanceId(INSTANCE_ID_EDEFAULT);
				return;
			case HyperEdgePackage.USAGE_RECORD__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case HyperEdgePackage.USAGE_RECORD__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case HyperEdgePackage.USAGE_RECORD__CPU_SECONDS:
				setCpuSeconds(CPU_SECONDS_EDEFAULT);
				return;
			case HyperEdgePackage.USAGE_RECORD__MEMORY_MB_HOURS:
				setMemoryMbHours(MEMORY_MB_HOURS_EDEFAULT);
				return;
			case HyperEdgePackage.USAGE_RECORD__DISK_MB_HOURS:
				setDiskMbHours(DISK_MB_HOURS_EDEFAULT);
				return;
			case HyperEdgePackage.USAGE_RECORD__INSTANCE_HOURS:
				setInstanceHours(INSTANCE_HOURS_EDEFAULT);
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
			case HyperEdgePackage.USAGE_RECORD__NODE_ID:
				return NODE_ID_EDEFAULT == null ? nodeId != null : !NODE_ID_EDEFAULT.equals(nodeId);
			case HyperEdgePackage.USAGE_RECORD__PARTITION:
				return PARTITION_EDEFAULT == null ? partition != null : !PARTITION_EDEFAULT.equals(partition);
			case HyperEdgePackage.USAGE_RECORD__INSTANCE_ID:
				return instanceId != INSTANCE_ID_EDEFAULT;
			case HyperEdgePackage.USAGE_RECORD__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case HyperEdgePackage.USAGE_RECORD__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case HyperEdgePackage.USAGE_RECORD__CPU_SECONDS:
				return CPU_SECONDS_EDEFAULT == null ? cpuSeconds != null : !CPU_SECONDS_EDEFAULT.equals(cpuSeconds);
			case HyperEdgePackage.USAGE_RECORD__MEMORY_MB_HOURS:
				return MEMORY_MB_HOURS_EDEFAULT == null ? memoryMbHours != null : !MEMORY_MB_HOURS_EDEFAULT.equals(memoryMbHours);
			case HyperEdgePackage.USAGE_RECORD__DISK_MB_HOURS:
				return DISK_MB_HOURS_EDEFAULT == null ? diskMbHours != null : !DISK_MB_HOURS_EDEFAULT.equals(diskMbHours);
			case HyperEdgePackage.USAGE_RECORD__INSTANCE_HOURS:
				return INSTANCE_HOURS_EDEFAULT == null ? instanceHours != null : !INSTANCE_HOURS_EDEFAULT.equals(instanceHours);
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
		result.append(" (nodeId: ");
		result.append(nodeId);
		result.append(", partition: ");
		result.append(partition);
		result.append(", instanceId: ");
		result.append(instanceId);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", cpuSeconds: ");
		result.append(cpuSeconds);
		result.append(", memoryMbHours: ");
		result.append(memoryMbHours);
		result.append(", diskMbHours: ");
		result.append(diskMbHours);
		result.append(", instanceHours: ");
		result.append(instanceHours);
		result.append(')');
		return result.toString();
	}

} //UsageRecordImpl
