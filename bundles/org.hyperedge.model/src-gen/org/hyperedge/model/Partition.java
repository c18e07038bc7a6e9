/**
 */
package org.hyperedge.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An isolated slot on a node that hosts one instance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.Partition#getReference <em>Reference</em>}</li>
 *   <li>{@link org.hyperedge.model.Partition#getFirstPort <em>First Port</em>}</li>
 *   <li>{@link org.hyperedge.model.Partition#getLastPort <em>Last Port</em>}</li>
 *   <li>{@link org.hyperedge.model.Partition#getNode <em>Node</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getPartition()
 * @model
 * @generated
 */
public interface Partition extends EObject {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getPartition_Reference()
	 * @model required="true"
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Partition#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>First Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Port</em>' attribute.
	 * @see #setFirstPort(int)
	 * @see org.hyperedge.model.HyperEdgePackage#getPartition_FirstPort()
	 * @model
	 * @generated
	 */
	int getFirstPort();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Partition#getFirstPort <em>First Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Port</em>' attribute.
	 * @see #getFirstPort()
	 * @generated
	 */
	void setFirstPort(int value);

	/**
	 * Returns the value of the '<em><b>Last Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Port</em>' attribute.
	 * @see #setLastPort(int)
	 * @see org.hyperedge.model.HyperEdgePackage#getPartition_LastPort()
	 * @model
	 * @generated
	 */
	int getLastPort();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Partition#getLastPort <em>Last Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Port</em>' attribute.
	 * @see #getLastPort()
	 * @generated
	 */
	void setLastPort(int value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.hyperedge.model.Node#getPartitions <em>Partitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' container reference.
	 * @see #setNode(Node)
	 * @see org.hyperedge.model.HyperEdgePackage#getPartition_Node()
	 * @see org.hyperedge.model.Node#getPartitions
	 * @model opposite="partitions" transient="false"
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Partition#getNode <em>Node</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' container reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

} // Partition
