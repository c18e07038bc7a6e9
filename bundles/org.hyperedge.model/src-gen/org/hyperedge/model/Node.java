/**
 */
package org.hyperedge.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A machine that runs an agent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.Node#getId <em>Id</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getAddress <em>Address</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getSite <em>Site</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getCpuMillis <em>Cpu Millis</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getMemoryMb <em>Memory Mb</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getDiskMb <em>Disk Mb</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getPartitions <em>Partitions</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getLastReport <em>Last Report</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getDialledFrom <em>Dialled From</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#isDialling <em>Dialling</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getPathFailure <em>Path Failure</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getSyncError <em>Sync Error</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#isAdopted <em>Adopted</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#isRevoked <em>Revoked</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getUsedCpuMillis <em>Used Cpu Millis</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getUsedMemoryMb <em>Used Memory Mb</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getUsedDiskMb <em>Used Disk Mb</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getClockSkewMs <em>Clock Skew Ms</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getClockCheckedAt <em>Clock Checked At</em>}</li>
 *   <li>{@link org.hyperedge.model.Node#getTold <em>Told</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getNode()
 * @model
 * @generated
 */
public interface Node extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.hyperedge.model.Site#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' container reference.
	 * @see #setSite(Site)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_Site()
	 * @see org.hyperedge.model.Site#getNodes
	 * @model opposite="nodes" transient="false"
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getSite <em>Site</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' container reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Entry> getLabels();

	/**
	 * Returns the value of the '<em><b>Cpu Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Millis</em>' attribute.
	 * @see #setCpuMillis(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_CpuMillis()
	 * @model
	 * @generated
	 */
	long getCpuMillis();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getCpuMillis <em>Cpu Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Millis</em>' attribute.
	 * @see #getCpuMillis()
	 * @generated
	 */
	void setCpuMillis(long value);

	/**
	 * Returns the value of the '<em><b>Memory Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Mb</em>' attribute.
	 * @see #setMemoryMb(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_MemoryMb()
	 * @model
	 * @generated
	 */
	long getMemoryMb();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getMemoryMb <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mb</em>' attribute.
	 * @see #getMemoryMb()
	 * @generated
	 */
	void setMemoryMb(long value);

	/**
	 * Returns the value of the '<em><b>Disk Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Mb</em>' attribute.
	 * @see #setDiskMb(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_DiskMb()
	 * @model
	 * @generated
	 */
	long getDiskMb();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getDiskMb <em>Disk Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Mb</em>' attribute.
	 * @see #getDiskMb()
	 * @generated
	 */
	void setDiskMb(long value);

	/**
	 * Returns the value of the '<em><b>Partitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Partition}.
	 * It is bidirectional and its opposite is '{@link org.hyperedge.model.Partition#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partitions</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_Partitions()
	 * @see org.hyperedge.model.Partition#getNode
	 * @model opposite="node" containment="true"
	 * @generated
	 */
	EList<Partition> getPartitions();

	/**
	 * Returns the value of the '<em><b>Last Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Report</em>' attribute.
	 * @see #setLastReport(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_LastReport()
	 * @model
	 * @generated
	 */
	Date getLastReport();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getLastReport <em>Last Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Report</em>' attribute.
	 * @see #getLastReport()
	 * @generated
	 */
	void setLastReport(Date value);

	/**
	 * Returns the value of the '<em><b>Dialled From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where a node that dials in (issue 18) last dialled from; it has no address of its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dialled From</em>' attribute.
	 * @see #setDialledFrom(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_DialledFrom()
	 * @model
	 * @generated
	 */
	String getDialledFrom();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getDialledFrom <em>Dialled From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dialled From</em>' attribute.
	 * @see #getDialledFrom()
	 * @generated
	 */
	void setDialledFrom(String value);

	/**
	 * Returns the value of the '<em><b>Dialling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the node dials in to the master instead of being dialled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dialling</em>' attribute.
	 * @see #setDialling(boolean)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_Dialling()
	 * @model
	 * @generated
	 */
	boolean isDialling();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#isDialling <em>Dialling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dialling</em>' attribute.
	 * @see #isDialling()
	 * @generated
	 */
	void setDialling(boolean value);

	/**
	 * Returns the value of the '<em><b>Path Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last failure of the node's path to the master its agent told of.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path Failure</em>' attribute.
	 * @see #setPathFailure(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_PathFailure()
	 * @model
	 * @generated
	 */
	String getPathFailure();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getPathFailure <em>Path Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path Failure</em>' attribute.
	 * @see #getPathFailure()
	 * @generated
	 */
	void setPathFailure(String value);

	/**
	 * Returns the value of the '<em><b>Sync Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the last sync of the node failed; absent while syncs succeed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sync Error</em>' attribute.
	 * @see #setSyncError(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_SyncError()
	 * @model
	 * @generated
	 */
	String getSyncError();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getSyncError <em>Sync Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sync Error</em>' attribute.
	 * @see #getSyncError()
	 * @generated
	 */
	void setSyncError(String value);

	/**
	 * Returns the value of the '<em><b>Adopted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the master holds the node agent's key fingerprint: paired and adopted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adopted</em>' attribute.
	 * @see #setAdopted(boolean)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_Adopted()
	 * @model
	 * @generated
	 */
	boolean isAdopted();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#isAdopted <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adopted</em>' attribute.
	 * @see #isAdopted()
	 * @generated
	 */
	void setAdopted(boolean value);

	/**
	 * Returns the value of the '<em><b>Revoked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the node was revoked: the master no longer syncs it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revoked</em>' attribute.
	 * @see #setRevoked(boolean)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_Revoked()
	 * @model
	 * @generated
	 */
	boolean isRevoked();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#isRevoked <em>Revoked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revoked</em>' attribute.
	 * @see #isRevoked()
	 * @generated
	 */
	void setRevoked(boolean value);

	/**
	 * Returns the value of the '<em><b>Used Cpu Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU allocated to instances on the node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Used Cpu Millis</em>' attribute.
	 * @see #setUsedCpuMillis(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_UsedCpuMillis()
	 * @model
	 * @generated
	 */
	long getUsedCpuMillis();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getUsedCpuMillis <em>Used Cpu Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used Cpu Millis</em>' attribute.
	 * @see #getUsedCpuMillis()
	 * @generated
	 */
	void setUsedCpuMillis(long value);

	/**
	 * Returns the value of the '<em><b>Used Memory Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory allocated to instances on the node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Used Memory Mb</em>' attribute.
	 * @see #setUsedMemoryMb(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_UsedMemoryMb()
	 * @model
	 * @generated
	 */
	long getUsedMemoryMb();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getUsedMemoryMb <em>Used Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used Memory Mb</em>' attribute.
	 * @see #getUsedMemoryMb()
	 * @generated
	 */
	void setUsedMemoryMb(long value);

	/**
	 * Returns the value of the '<em><b>Used Disk Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disk allocated to instances on the node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Used Disk Mb</em>' attribute.
	 * @see #setUsedDiskMb(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_UsedDiskMb()
	 * @model
	 * @generated
	 */
	long getUsedDiskMb();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getUsedDiskMb <em>Used Disk Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used Disk Mb</em>' attribute.
	 * @see #getUsedDiskMb()
	 * @generated
	 */
	void setUsedDiskMb(long value);

	/**
	 * Returns the value of the '<em><b>Clock Skew Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the node's clock is off the master's, in ms, as the master measured it; absent until measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clock Skew Ms</em>' attribute.
	 * @see #setClockSkewMs(Long)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_ClockSkewMs()
	 * @model
	 * @generated
	 */
	Long getClockSkewMs();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getClockSkewMs <em>Clock Skew Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock Skew Ms</em>' attribute.
	 * @see #getClockSkewMs()
	 * @generated
	 */
	void setClockSkewMs(Long value);

	/**
	 * Returns the value of the '<em><b>Clock Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the clock skew was measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clock Checked At</em>' attribute.
	 * @see #setClockCheckedAt(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_ClockCheckedAt()
	 * @model
	 * @generated
	 */
	Date getClockCheckedAt();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getClockCheckedAt <em>Clock Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock Checked At</em>' attribute.
	 * @see #getClockCheckedAt()
	 * @generated
	 */
	void setClockCheckedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Told</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a federated site (another master, issue 20) last told of itself; absent for a node of this master's own, and until the site tells.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Told</em>' containment reference.
	 * @see #setTold(FederationSummary)
	 * @see org.hyperedge.model.HyperEdgePackage#getNode_Told()
	 * @model containment="true"
	 * @generated
	 */
	FederationSummary getTold();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Node#getTold <em>Told</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Told</em>' containment reference.
	 * @see #getTold()
	 * @generated
	 */
	void setTold(FederationSummary value);

} // Node
