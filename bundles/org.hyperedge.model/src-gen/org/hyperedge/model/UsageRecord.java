/**
 */
package org.hyperedge.model;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Usage Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Measured consumption of a partition over a period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.UsageRecord#getNodeId <em>Node Id</em>}</li>
 *   <li>{@link org.hyperedge.model.UsageRecord#getPartition <em>Partition</em>}</li>
 *   <li>{@link org.hyperedge.model.UsageRecord#getInstanceId <em>Instance Id</em>}</li>
 *   <li>{@link org.hyperedge.model.UsageRecord#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.hyperedge.model.UsageRecord#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.hyperedge.model.UsageRecord#getCpuSeconds <em>Cpu Seconds</em>}</li>
 *   <li>{@link org.hyperedge.model.UsageRecord#getMemoryMbHours <em>Memory Mb Hours</em>}</li>
 *   <li>{@link org.hyperedge.model.UsageRecord#getDiskMbHours <em>Disk Mb Hours</em>}</li>
 *   <li>{@link org.hyperedge.model.UsageRecord#getInstanceHours <em>Instance Hours</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord()
 * @model
 * @generated
 */
public interface UsageRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Id</em>' attribute.
	 * @see #setNodeId(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord_NodeId()
	 * @model
	 * @generated
	 */
	String getNodeId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.UsageRecord#getNodeId <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Id</em>' attribute.
	 * @see #getNodeId()
	 * @generated
	 */
	void setNodeId(String value);

	/**
	 * Returns the value of the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partition</em>' attribute.
	 * @see #setPartition(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord_Partition()
	 * @model
	 * @generated
	 */
	String getPartition();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.UsageRecord#getPartition <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partition</em>' attribute.
	 * @see #getPartition()
	 * @generated
	 */
	void setPartition(String value);

	/**
	 * Returns the value of the '<em><b>Instance Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instance Id</em>' attribute.
	 * @see #setInstanceId(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord_InstanceId()
	 * @model
	 * @generated
	 */
	long getInstanceId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.UsageRecord#getInstanceId <em>Instance Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance Id</em>' attribute.
	 * @see #getInstanceId()
	 * @generated
	 */
	void setInstanceId(long value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord_PeriodStart()
	 * @model
	 * @generated
	 */
	Date getPeriodStart();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.UsageRecord#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(Date value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord_PeriodEnd()
	 * @model
	 * @generated
	 */
	Date getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.UsageRecord#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Cpu Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Seconds</em>' attribute.
	 * @see #setCpuSeconds(BigDecimal)
	 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord_CpuSeconds()
	 * @model
	 * @generated
	 */
	BigDecimal getCpuSeconds();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.UsageRecord#getCpuSeconds <em>Cpu Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Seconds</em>' attribute.
	 * @see #getCpuSeconds()
	 * @generated
	 */
	void setCpuSeconds(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Memory Mb Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Mb Hours</em>' attribute.
	 * @see #setMemoryMbHours(BigDecimal)
	 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord_MemoryMbHours()
	 * @model
	 * @generated
	 */
	BigDecimal getMemoryMbHours();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.UsageRecord#getMemoryMbHours <em>Memory Mb Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mb Hours</em>' attribute.
	 * @see #getMemoryMbHours()
	 * @generated
	 */
	void setMemoryMbHours(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Disk Mb Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Mb Hours</em>' attribute.
	 * @see #setDiskMbHours(BigDecimal)
	 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord_DiskMbHours()
	 * @model
	 * @generated
	 */
	BigDecimal getDiskMbHours();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.UsageRecord#getDiskMbHours <em>Disk Mb Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Mb Hours</em>' attribute.
	 * @see #getDiskMbHours()
	 * @generated
	 */
	void setDiskMbHours(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Instance Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instance Hours</em>' attribute.
	 * @see #setInstanceHours(BigDecimal)
	 * @see org.hyperedge.model.HyperEdgePackage#getUsageRecord_InstanceHours()
	 * @model
	 * @generated
	 */
	BigDecimal getInstanceHours();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.UsageRecord#getInstanceHours <em>Instance Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance Hours</em>' attribute.
	 * @see #getInstanceHours()
	 * @generated
	 */
	void setInstanceHours(BigDecimal value);

} // UsageRecord
