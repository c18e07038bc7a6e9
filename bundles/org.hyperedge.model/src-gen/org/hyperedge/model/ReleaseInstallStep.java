/**
 */
package org.hyperedge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Release Install Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step run once per node into the release software directory.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.ReleaseInstallStep#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperedge.model.ReleaseInstallStep#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link org.hyperedge.model.ReleaseInstallStep#getCommand <em>Command</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getReleaseInstallStep()
 * @model
 * @generated
 */
public interface ReleaseInstallStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hyperedge.model.InstallStepKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hyperedge.model.InstallStepKind
	 * @see #setKind(InstallStepKind)
	 * @see org.hyperedge.model.HyperEdgePackage#getReleaseInstallStep_Kind()
	 * @model required="true"
	 * @generated
	 */
	InstallStepKind getKind();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.ReleaseInstallStep#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hyperedge.model.InstallStepKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InstallStepKind value);

	/**
	 * Returns the value of the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artifact</em>' attribute.
	 * @see #setArtifact(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getReleaseInstallStep_Artifact()
	 * @model
	 * @generated
	 */
	String getArtifact();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.ReleaseInstallStep#getArtifact <em>Artifact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Artifact</em>' attribute.
	 * @see #getArtifact()
	 * @generated
	 */
	void setArtifact(String value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute list.
	 * @see org.hyperedge.model.HyperEdgePackage#getReleaseInstallStep_Command()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCommand();

} // ReleaseInstallStep
