/**
 */
package org.hyperedge.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.hyperedge.model.HyperEdgePackage
 * @generated
 */
public interface HyperEdgeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HyperEdgeFactory eINSTANCE = org.hyperedge.model.impl.HyperEdgeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Entry</em>'.
	 * @generated
	 */
	Entry createEntry();

	/**
	 * Returns a new object of class '<em>Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Catalog</em>'.
	 * @generated
	 */
	Catalog createCatalog();

	/**
	 * Returns a new object of class '<em>Software Release</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Software Release</em>'.
	 * @generated
	 */
	SoftwareRelease createSoftwareRelease();

	/**
	 * Returns a new object of class '<em>Release Artifact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Release Artifact</em>'.
	 * @generated
	 */
	ReleaseArtifact createReleaseArtifact();

	/**
	 * Returns a new object of class '<em>Release Install Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Release Install Step</em>'.
	 * @generated
	 */
	ReleaseInstallStep createReleaseInstallStep();

	/**
	 * Returns a new object of class '<em>Software Type</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Software Type</em>'.
	 * @generated
	 */
	SoftwareType createSoftwareType();

	/**
	 * Returns a new object of class '<em>Templated File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Templated File</em>'.
	 * @generated
	 */
	TemplatedFile createTemplatedFile();

	/**
	 * Returns a new object of class '<em>Named Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Named Port</em>'.
	 * @generated
	 */
	NamedPort createNamedPort();

	/**
	 * Returns a new object of class '<em>Supervised Process</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Supervised Process</em>'.
	 * @generated
	 */
	SupervisedProcess createSupervisedProcess();

	/**
	 * Returns a new object of class '<em>Promise Check</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Promise Check</em>'.
	 * @generated
	 */
	PromiseCheck createPromiseCheck();

	/**
	 * Returns a new object of class '<em>Composite Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Composite Service</em>'.
	 * @generated
	 */
	CompositeService createCompositeService();

	/**
	 * Returns a new object of class '<em>Service Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Node</em>'.
	 * @generated
	 */
	ServiceNode createServiceNode();

	/**
	 * Returns a new object of class '<em>Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Link</em>'.
	 * @generated
	 */
	Link createLink();

	/**
	 * Returns a new object of class '<em>Fleet</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fleet</em>'.
	 * @generated
	 */
	Fleet createFleet();

	/**
	 * Returns a new object of class '<em>Instance Tree</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instance Tree</em>'.
	 * @generated
	 */
	InstanceTree createInstanceTree();

	/**
	 * Returns a new object of class '<em>Instance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instance</em>'.
	 * @generated
	 */
	Instance createInstance();

	/**
	 * Returns a new object of class '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Site</em>'.
	 * @generated
	 */
	Site createSite();

	/**
	 * Returns a new object of class '<em>Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node</em>'.
	 * @generated
	 */
	Node createNode();

	/**
	 * Returns a new object of class '<em>Federation Summary</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Federation Summary</em>'.
	 * @generated
	 */
	FederationSummary createFederationSummary();

	/**
	 * Returns a new object of class '<em>Catalog Offer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Catalog Offer</em>'.
	 * @generated
	 */
	CatalogOffer createCatalogOffer();

	/**
	 * Returns a new object of class '<em>Partition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partition</em>'.
	 * @generated
	 */
	Partition createPartition();

	/**
	 * Returns a new object of class '<em>Promise Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Promise Result</em>'.
	 * @generated
	 */
	PromiseResult createPromiseResult();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	HyperEdgePackage getHyperEdgePackage();

} //HyperEdgeFactory
