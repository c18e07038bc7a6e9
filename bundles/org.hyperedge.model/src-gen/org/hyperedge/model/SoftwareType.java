/**
 */
package org.hyperedge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Software Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One way of instantiating a release, with its parameter and connection JSON Schemas.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.SoftwareType#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#getParameterSchema <em>Parameter Schema</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#getConnectionSchema <em>Connection Schema</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#isShared <em>Shared</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#getRelease <em>Release</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#getFiles <em>Files</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#getProcesses <em>Processes</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#getPromises <em>Promises</em>}</li>
 *   <li>{@link org.hyperedge.model.SoftwareType#getConnection <em>Connection</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType()
 * @model
 * @generated
 */
public interface SoftwareType extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareType#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareType#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Parameter Schema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter Schema</em>' attribute.
	 * @see #setParameterSchema(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_ParameterSchema()
	 * @model
	 * @generated
	 */
	String getParameterSchema();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareType#getParameterSchema <em>Parameter Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter Schema</em>' attribute.
	 * @see #getParameterSchema()
	 * @generated
	 */
	void setParameterSchema(String value);

	/**
	 * Returns the value of the '<em><b>Connection Schema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connection Schema</em>' attribute.
	 * @see #setConnectionSchema(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_ConnectionSchema()
	 * @model
	 * @generated
	 */
	String getConnectionSchema();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareType#getConnectionSchema <em>Connection Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection Schema</em>' attribute.
	 * @see #getConnectionSchema()
	 * @generated
	 */
	void setConnectionSchema(String value);

	/**
	 * Returns the value of the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared</em>' attribute.
	 * @see #setShared(boolean)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_Shared()
	 * @model
	 * @generated
	 */
	boolean isShared();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareType#isShared <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared</em>' attribute.
	 * @see #isShared()
	 * @generated
	 */
	void setShared(boolean value);

	/**
	 * Returns the value of the '<em><b>Release</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.hyperedge.model.SoftwareRelease#getTypes <em>Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Release</em>' container reference.
	 * @see #setRelease(SoftwareRelease)
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_Release()
	 * @see org.hyperedge.model.SoftwareRelease#getTypes
	 * @model opposite="types" transient="false"
	 * @generated
	 */
	SoftwareRelease getRelease();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.SoftwareType#getRelease <em>Release</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release</em>' container reference.
	 * @see #getRelease()
	 * @generated
	 */
	void setRelease(SoftwareRelease value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.TemplatedFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<TemplatedFile> getFiles();

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.NamedPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_Ports()
	 * @model containment="true"
	 * @generated
	 */
	EList<NamedPort> getPorts();

	/**
	 * Returns the value of the '<em><b>Processes</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.SupervisedProcess}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Processes</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_Processes()
	 * @model containment="true"
	 * @generated
	 */
	EList<SupervisedProcess> getProcesses();

	/**
	 * Returns the value of the '<em><b>Promises</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.PromiseCheck}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promises</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_Promises()
	 * @model containment="true"
	 * @generated
	 */
	EList<PromiseCheck> getPromises();

	/**
	 * Returns the value of the '<em><b>Connection</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connection</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getSoftwareType_Connection()
	 * @model containment="true"
	 * @generated
	 */
	EList<Entry> getConnection();

} // SoftwareType
