/**
 */
package org.hyperedge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervised Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A command line supervised by the agent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.SupervisedProcess#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperedge.model.SupervisedProcess#getCommand <em>Command</em>}</li>
 *   <li>{@link org.hyperedge.model.SupervisedProcess#getEnvironment <em>Environment</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getSupervisedProcess()
 * @model
 * @generated
 */
public interface SupervisedProcess extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSupervisedProcess_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SupervisedProcess#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSupervisedProcess_Command()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCommand();

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Environment</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSupervisedProcess_Environment()
	 * @model containment="true"
	 * @generated
	 */
	EList<Entry> getEnvironment();

} // SupervisedProcess
