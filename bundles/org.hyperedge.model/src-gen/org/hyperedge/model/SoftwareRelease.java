/**
 */
package org.hyperedge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Software Release</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A versioned, declarative description of how to install a piece of software and how to instantiate it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.SoftwareRelease#getId <em>Id</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareRelease#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareRelease#getVersion <em>Version</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareRelease#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareRelease#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareRelease#getRequires <em>Requires</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareRelease#getInstall <em>Install</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareRelease#getTypes <em>Types</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareRelease()
 * @model
 * @generated
 */
public interface SoftwareRelease extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareRelease_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareRelease#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareRelease_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareRelease#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareRelease_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareRelease#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareRelease_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareRelease#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Artifacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.ReleaseArtifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artifacts</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareRelease_Artifacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReleaseArtifact> getArtifacts();

	/**
	 * Returns the value of the '<em><b>Requires</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requires</em>' attribute list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareRelease_Requires()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRequires();

	/**
	 * Returns the value of the '<em><b>Install</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.ReleaseInstallStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Install</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareRelease_Install()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReleaseInstallStep> getInstall();

	/**
	 * Returns the value of the '<em><b>Types</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.SoftwareType}.
	 * It is bidirectional and its opposite is '{@link org.hyperedge.model.SoftwareType#getRelease <em>Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Types</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareRelease_Types()
	 * @see org.hyperedge.model.SoftwareType#getRelease
	 * @model opposite="release" containment="true"
	 * @generated
	 */
	EList<SoftwareType> getTypes();

} // SoftwareRelease
