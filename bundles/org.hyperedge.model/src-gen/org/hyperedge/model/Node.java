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

} // Node
