/**
 */
package org.hyperedge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fleet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Everything the master runs: its sites with their nodes and partitions, and the instance trees.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.Fleet#getSites <em>Sites</em>}</li>
 *   <li>{@link org.hyperedge.model.Fleet#getTrees <em>Trees</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getFleet()
 * @model
 * @generated
 */
public interface Fleet extends EObject {
	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getFleet_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Trees</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.InstanceTree}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trees</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getFleet_Trees()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstanceTree> getTrees();

} // Fleet
