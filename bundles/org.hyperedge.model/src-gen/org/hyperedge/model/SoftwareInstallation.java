/**
 */
package org.hyperedge.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Software Installation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A release installed, or being installed, on a node.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.SoftwareInstallation#getReleaseId <em>Release Id</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareInstallation#getState <em>State</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareInstallation#getError <em>Error</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareInstallation()
 * @model
 * @generated
 */
public interface SoftwareInstallation extends EObject {
	/**
	 * Returns the value of the '<em><b>Release Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Release Id</em>' attribute.
	 * @see #setReleaseId(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareInstallation_ReleaseId()
	 * @model required="true"
	 * @generated
	 */
	String getReleaseId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareInstallation#getReleaseId <em>Release Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release Id</em>' attribute.
	 * @see #getReleaseId()
	 * @generated
	 */
	void setReleaseId(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareInstallation_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareInstallation#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareInstallation_Error()
	 * @model
	 * @generated
	 */
	String getError();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareInstallation#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(String value);

} // SoftwareInstallation
