/**
 */
package org.hyperedge.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The HyperEdge vocabulary: catalog, composite services, instances, infrastructure, monitoring, usage, billing and tickets.
 * <!-- end-model-doc -->
 * @see org.hyperedge.model.HyperEdgeFactory
 * @model kind="package"
 * @generated
 */
public interface HyperEdgePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://hyperedge.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "hyperedge";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HyperEdgePackage eINSTANCE = org.hyperedge.model.impl.HyperEdgePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.EntryImpl <em>Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.EntryImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getEntry()
	 * @generated
	 */
	int ENTRY = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.CatalogImpl <em>Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.CatalogImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getCatalog()
	 * @generated
	 */
	int CATALOG = 1;

	/**
	 * The feature id for the '<em><b>Releases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__RELEASES = 0;

	/**
	 * The feature id for the '<em><b>Composites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__COMPOSITES = 1;

	/**
	 * The number of structural features of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.SoftwareReleaseImpl <em>Software Release</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.SoftwareReleaseImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSoftwareRelease()
	 * @generated
	 */
	int SOFTWARE_RELEASE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Artifacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE__ARTIFACTS = 4;

	/**
	 * The feature id for the '<em><b>Requires</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE__REQUIRES = 5;

	/**
	 * The feature id for the '<em><b>Install</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE__INSTALL = 6;

	/**
	 * The feature id for the '<em><b>Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE__TYPES = 7;

	/**
	 * The number of structural features of the '<em>Software Release</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Software Release</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_RELEASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.ReleaseArtifactImpl <em>Release Artifact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.ReleaseArtifactImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getReleaseArtifact()
	 * @generated
	 */
	int RELEASE_ARTIFACT = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_ARTIFACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_ARTIFACT__SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_ARTIFACT__SIZE = 2;

	/**
	 * The number of structural features of the '<em>Release Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_ARTIFACT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Release Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_ARTIFACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.ReleaseInstallStepImpl <em>Release Install Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.ReleaseInstallStepImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getReleaseInstallStep()
	 * @generated
	 */
	int RELEASE_INSTALL_STEP = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_INSTALL_STEP__KIND = 0;

	/**
	 * The feature id for the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_INSTALL_STEP__ARTIFACT = 1;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_INSTALL_STEP__COMMAND = 2;

	/**
	 * The number of structural features of the '<em>Release Install Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_INSTALL_STEP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Release Install Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_INSTALL_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.SoftwareTypeImpl <em>Software Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.SoftwareTypeImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSoftwareType()
	 * @generated
	 */
	int SOFTWARE_TYPE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Parameter Schema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__PARAMETER_SCHEMA = 2;

	/**
	 * The feature id for the '<em><b>Connection Schema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__CONNECTION_SCHEMA = 3;

	/**
	 * The feature id for the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__SHARED = 4;

	/**
	 * The feature id for the '<em><b>Release</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__RELEASE = 5;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__FILES = 6;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__PORTS = 7;

	/**
	 * The feature id for the '<em><b>Processes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__PROCESSES = 8;

	/**
	 * The feature id for the '<em><b>Promises</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__PROMISES = 9;

	/**
	 * The feature id for the '<em><b>Connection</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE__CONNECTION = 10;

	/**
	 * The number of structural features of the '<em>Software Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Software Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TYPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.TemplatedFileImpl <em>Templated File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.TemplatedFileImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getTemplatedFile()
	 * @generated
	 */
	int TEMPLATED_FILE = 6;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATED_FILE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATED_FILE__TEMPLATE = 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATED_FILE__MODE = 2;

	/**
	 * The number of structural features of the '<em>Templated File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATED_FILE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Templated File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATED_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.NamedPortImpl <em>Named Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.NamedPortImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getNamedPort()
	 * @generated
	 */
	int NAMED_PORT = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_PORT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Named Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_PORT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Named Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_PORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.SupervisedProcessImpl <em>Supervised Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.SupervisedProcessImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSupervisedProcess()
	 * @generated
	 */
	int SUPERVISED_PROCESS = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISED_PROCESS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISED_PROCESS__COMMAND = 1;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISED_PROCESS__ENVIRONMENT = 2;

	/**
	 * The number of structural features of the '<em>Supervised Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISED_PROCESS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Supervised Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISED_PROCESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.PromiseCheckImpl <em>Promise Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.PromiseCheckImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseCheck()
	 * @generated
	 */
	int PROMISE_CHECK = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_CHECK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_CHECK__KIND = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_CHECK__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_CHECK__EXPECTED = 3;

	/**
	 * The feature id for the '<em><b>Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_CHECK__PERIOD_SECONDS = 4;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_CHECK__TIMEOUT_SECONDS = 5;

	/**
	 * The feature id for the '<em><b>Bang On Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_CHECK__BANG_ON_FAILURE = 6;

	/**
	 * The number of structural features of the '<em>Promise Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_CHECK_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Promise Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.CompositeServiceImpl <em>Composite Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.CompositeServiceImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getCompositeService()
	 * @generated
	 */
	int COMPOSITE_SERVICE = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSITE_SERVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSITE_SERVICE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSITE_SERVICE__NODES = 2;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSITE_SERVICE__LINKS = 3;

	/**
	 * The number of structural features of the '<em>Composite Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSITE_SERVICE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Composite Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOSITE_SERVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.ServiceNodeImpl <em>Service Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.ServiceNodeImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getServiceNode()
	 * @generated
	 */
	int SERVICE_NODE = 11;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Release Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE__RELEASE_ID = 1;

	/**
	 * The feature id for the '<em><b>Software Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE__SOFTWARE_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE__PARAMETERS = 3;

	/**
	 * The feature id for the '<em><b>Sla</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE__SLA = 4;

	/**
	 * The feature id for the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE__SHARED = 5;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE__X = 6;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE__Y = 7;

	/**
	 * The number of structural features of the '<em>Service Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Service Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.LinkImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getLink()
	 * @generated
	 */
	int LINK = 12;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Connection Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__CONNECTION_PARAMETER = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__PARAMETER = 3;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.FleetImpl <em>Fleet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.FleetImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getFleet()
	 * @generated
	 */
	int FLEET = 13;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__SITES = 0;

	/**
	 * The feature id for the '<em><b>Trees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__TREES = 1;

	/**
	 * The number of structural features of the '<em>Fleet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Fleet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.InstanceTreeImpl <em>Instance Tree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.InstanceTreeImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstanceTree()
	 * @generated
	 */
	int INSTANCE_TREE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TREE__ID = 0;

	/**
	 * The feature id for the '<em><b>Project</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TREE__PROJECT = 1;

	/**
	 * The feature id for the '<em><b>Root</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TREE__ROOT = 2;

	/**
	 * The feature id for the '<em><b>Instances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TREE__INSTANCES = 3;

	/**
	 * The number of structural features of the '<em>Instance Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TREE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Instance Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TREE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.InstanceImpl <em>Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.InstanceImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstance()
	 * @generated
	 */
	int INSTANCE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Release Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__RELEASE_ID = 2;

	/**
	 * The feature id for the '<em><b>Software Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__SOFTWARE_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Requested State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__REQUESTED_STATE = 4;

	/**
	 * The feature id for the '<em><b>Reported State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__REPORTED_STATE = 5;

	/**
	 * The feature id for the '<em><b>Connection Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__CONNECTION_PARAMETERS = 6;

	/**
	 * The feature id for the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__SHARED = 7;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__HOST = 8;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__PARENT = 9;

	/**
	 * The feature id for the '<em><b>Tree</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__TREE = 10;

	/**
	 * The feature id for the '<em><b>Partition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__PARTITION = 11;

	/**
	 * The feature id for the '<em><b>Pending Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__PENDING_REASON = 12;

	/**
	 * The feature id for the '<em><b>Healthy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__HEALTHY = 13;

	/**
	 * The feature id for the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__ERROR = 14;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__URL = 15;

	/**
	 * The feature id for the '<em><b>Last Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__LAST_REPORT = 16;

	/**
	 * The feature id for the '<em><b>Promise Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__PROMISE_RESULTS = 17;

	/**
	 * The number of structural features of the '<em>Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.SiteImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSite()
	 * @generated
	 */
	int SITE = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NODES = 1;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.NodeImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getNode()
	 * @generated
	 */
	int NODE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ID = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Site</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__SITE = 2;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LABELS = 3;

	/**
	 * The feature id for the '<em><b>Cpu Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CPU_MILLIS = 4;

	/**
	 * The feature id for the '<em><b>Memory Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__MEMORY_MB = 5;

	/**
	 * The feature id for the '<em><b>Disk Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DISK_MB = 6;

	/**
	 * The feature id for the '<em><b>Partitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PARTITIONS = 7;

	/**
	 * The feature id for the '<em><b>Last Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LAST_REPORT = 8;

	/**
	 * The feature id for the '<em><b>Dialled From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DIALLED_FROM = 9;

	/**
	 * The feature id for the '<em><b>Dialling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DIALLING = 10;

	/**
	 * The feature id for the '<em><b>Path Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PATH_FAILURE = 11;

	/**
	 * The feature id for the '<em><b>Sync Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__SYNC_ERROR = 12;

	/**
	 * The feature id for the '<em><b>Adopted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ADOPTED = 13;

	/**
	 * The feature id for the '<em><b>Revoked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__REVOKED = 14;

	/**
	 * The feature id for the '<em><b>Used Cpu Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__USED_CPU_MILLIS = 15;

	/**
	 * The feature id for the '<em><b>Used Memory Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__USED_MEMORY_MB = 16;

	/**
	 * The feature id for the '<em><b>Used Disk Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__USED_DISK_MB = 17;

	/**
	 * The feature id for the '<em><b>Clock Skew Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CLOCK_SKEW_MS = 18;

	/**
	 * The feature id for the '<em><b>Clock Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CLOCK_CHECKED_AT = 19;

	/**
	 * The feature id for the '<em><b>Told</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__TOLD = 20;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.FederationSummaryImpl <em>Federation Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.FederationSummaryImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getFederationSummary()
	 * @generated
	 */
	int FEDERATION_SUMMARY = 18;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION_SUMMARY__NODES = 0;

	/**
	 * The feature id for the '<em><b>Free Partitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION_SUMMARY__FREE_PARTITIONS = 1;

	/**
	 * The feature id for the '<em><b>Partitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION_SUMMARY__PARTITIONS = 2;

	/**
	 * The feature id for the '<em><b>Told At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION_SUMMARY__TOLD_AT = 3;

	/**
	 * The feature id for the '<em><b>Offers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION_SUMMARY__OFFERS = 4;

	/**
	 * The number of structural features of the '<em>Federation Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION_SUMMARY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Federation Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION_SUMMARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.CatalogOfferImpl <em>Catalog Offer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.CatalogOfferImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getCatalogOffer()
	 * @generated
	 */
	int CATALOG_OFFER = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OFFER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OFFER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OFFER__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OFFER__SHORT_NAME = 3;

	/**
	 * The number of structural features of the '<em>Catalog Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OFFER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Catalog Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OFFER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.PartitionImpl <em>Partition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.PartitionImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPartition()
	 * @generated
	 */
	int PARTITION = 20;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__REFERENCE = 0;

	/**
	 * The feature id for the '<em><b>First Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__FIRST_PORT = 1;

	/**
	 * The feature id for the '<em><b>Last Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__LAST_PORT = 2;

	/**
	 * The feature id for the '<em><b>Node</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__NODE = 3;

	/**
	 * The number of structural features of the '<em>Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.PromiseResultImpl <em>Promise Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.PromiseResultImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseResult()
	 * @generated
	 */
	int PROMISE_RESULT = 21;

	/**
	 * The feature id for the '<em><b>Promise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT__PROMISE = 0;

	/**
	 * The feature id for the '<em><b>Success</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT__SUCCESS = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT__CHECKED_AT = 3;

	/**
	 * The number of structural features of the '<em>Promise Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Promise Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.InstallStepKind <em>Install Step Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.InstallStepKind
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstallStepKind()
	 * @generated
	 */
	int INSTALL_STEP_KIND = 22;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.PromiseKind <em>Promise Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.PromiseKind
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseKind()
	 * @generated
	 */
	int PROMISE_KIND = 23;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.RequestedState <em>Requested State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.RequestedState
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getRequestedState()
	 * @generated
	 */
	int REQUESTED_STATE = 24;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.ReportedState <em>Reported State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.ReportedState
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getReportedState()
	 * @generated
	 */
	int REPORTED_STATE = 25;


	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Entry <em>Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entry</em>'.
	 * @see org.hyperedge.model.Entry
	 * @generated
	 */
	EClass getEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Entry#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.hyperedge.model.Entry#getKey()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Entry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.hyperedge.model.Entry#getValue()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog</em>'.
	 * @see org.hyperedge.model.Catalog
	 * @generated
	 */
	EClass getCatalog();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Catalog#getReleases <em>Releases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Releases</em>'.
	 * @see org.hyperedge.model.Catalog#getReleases()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Releases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Catalog#getComposites <em>Composites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Composites</em>'.
	 * @see org.hyperedge.model.Catalog#getComposites()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Composites();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.SoftwareRelease <em>Software Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Software Release</em>'.
	 * @see org.hyperedge.model.SoftwareRelease
	 * @generated
	 */
	EClass getSoftwareRelease();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareRelease#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hyperedge.model.SoftwareRelease#getId()
	 * @see #getSoftwareRelease()
	 * @generated
	 */
	EAttribute getSoftwareRelease_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareRelease#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.SoftwareRelease#getName()
	 * @see #getSoftwareRelease()
	 * @generated
	 */
	EAttribute getSoftwareRelease_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareRelease#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.hyperedge.model.SoftwareRelease#getVersion()
	 * @see #getSoftwareRelease()
	 * @generated
	 */
	EAttribute getSoftwareRelease_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareRelease#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hyperedge.model.SoftwareRelease#getDescription()
	 * @see #getSoftwareRelease()
	 * @generated
	 */
	EAttribute getSoftwareRelease_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.SoftwareRelease#getArtifacts <em>Artifacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Artifacts</em>'.
	 * @see org.hyperedge.model.SoftwareRelease#getArtifacts()
	 * @see #getSoftwareRelease()
	 * @generated
	 */
	EReference getSoftwareRelease_Artifacts();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperedge.model.SoftwareRelease#getRequires <em>Requires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Requires</em>'.
	 * @see org.hyperedge.model.SoftwareRelease#getRequires()
	 * @see #getSoftwareRelease()
	 * @generated
	 */
	EAttribute getSoftwareRelease_Requires();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.SoftwareRelease#getInstall <em>Install</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Install</em>'.
	 * @see org.hyperedge.model.SoftwareRelease#getInstall()
	 * @see #getSoftwareRelease()
	 * @generated
	 */
	EReference getSoftwareRelease_Install();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.SoftwareRelease#getTypes <em>Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Types</em>'.
	 * @see org.hyperedge.model.SoftwareRelease#getTypes()
	 * @see #getSoftwareRelease()
	 * @generated
	 */
	EReference getSoftwareRelease_Types();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.ReleaseArtifact <em>Release Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Release Artifact</em>'.
	 * @see org.hyperedge.model.ReleaseArtifact
	 * @generated
	 */
	EClass getReleaseArtifact();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ReleaseArtifact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.ReleaseArtifact#getName()
	 * @see #getReleaseArtifact()
	 * @generated
	 */
	EAttribute getReleaseArtifact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ReleaseArtifact#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.hyperedge.model.ReleaseArtifact#getSha256()
	 * @see #getReleaseArtifact()
	 * @generated
	 */
	EAttribute getReleaseArtifact_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ReleaseArtifact#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.hyperedge.model.ReleaseArtifact#getSize()
	 * @see #getReleaseArtifact()
	 * @generated
	 */
	EAttribute getReleaseArtifact_Size();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.ReleaseInstallStep <em>Release Install Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Release Install Step</em>'.
	 * @see org.hyperedge.model.ReleaseInstallStep
	 * @generated
	 */
	EClass getReleaseInstallStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ReleaseInstallStep#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hyperedge.model.ReleaseInstallStep#getKind()
	 * @see #getReleaseInstallStep()
	 * @generated
	 */
	EAttribute getReleaseInstallStep_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ReleaseInstallStep#getArtifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Artifact</em>'.
	 * @see org.hyperedge.model.ReleaseInstallStep#getArtifact()
	 * @see #getReleaseInstallStep()
	 * @generated
	 */
	EAttribute getReleaseInstallStep_Artifact();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperedge.model.ReleaseInstallStep#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Command</em>'.
	 * @see org.hyperedge.model.ReleaseInstallStep#getCommand()
	 * @see #getReleaseInstallStep()
	 * @generated
	 */
	EAttribute getReleaseInstallStep_Command();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.SoftwareType <em>Software Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Software Type</em>'.
	 * @see org.hyperedge.model.SoftwareType
	 * @generated
	 */
	EClass getSoftwareType();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareType#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.SoftwareType#getName()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EAttribute getSoftwareType_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareType#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hyperedge.model.SoftwareType#getDescription()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EAttribute getSoftwareType_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareType#getParameterSchema <em>Parameter Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter Schema</em>'.
	 * @see org.hyperedge.model.SoftwareType#getParameterSchema()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EAttribute getSoftwareType_ParameterSchema();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareType#getConnectionSchema <em>Connection Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connection Schema</em>'.
	 * @see org.hyperedge.model.SoftwareType#getConnectionSchema()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EAttribute getSoftwareType_ConnectionSchema();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareType#isShared <em>Shared</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared</em>'.
	 * @see org.hyperedge.model.SoftwareType#isShared()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EAttribute getSoftwareType_Shared();

	/**
	 * Returns the meta object for the container reference '{@link org.hyperedge.model.SoftwareType#getRelease <em>Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Release</em>'.
	 * @see org.hyperedge.model.SoftwareType#getRelease()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EReference getSoftwareType_Release();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.SoftwareType#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see org.hyperedge.model.SoftwareType#getFiles()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EReference getSoftwareType_Files();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.SoftwareType#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.hyperedge.model.SoftwareType#getPorts()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EReference getSoftwareType_Ports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.SoftwareType#getProcesses <em>Processes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Processes</em>'.
	 * @see org.hyperedge.model.SoftwareType#getProcesses()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EReference getSoftwareType_Processes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.SoftwareType#getPromises <em>Promises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Promises</em>'.
	 * @see org.hyperedge.model.SoftwareType#getPromises()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EReference getSoftwareType_Promises();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.SoftwareType#getConnection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connection</em>'.
	 * @see org.hyperedge.model.SoftwareType#getConnection()
	 * @see #getSoftwareType()
	 * @generated
	 */
	EReference getSoftwareType_Connection();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.TemplatedFile <em>Templated File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Templated File</em>'.
	 * @see org.hyperedge.model.TemplatedFile
	 * @generated
	 */
	EClass getTemplatedFile();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.TemplatedFile#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.hyperedge.model.TemplatedFile#getPath()
	 * @see #getTemplatedFile()
	 * @generated
	 */
	EAttribute getTemplatedFile_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.TemplatedFile#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.hyperedge.model.TemplatedFile#getTemplate()
	 * @see #getTemplatedFile()
	 * @generated
	 */
	EAttribute getTemplatedFile_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.TemplatedFile#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.hyperedge.model.TemplatedFile#getMode()
	 * @see #getTemplatedFile()
	 * @generated
	 */
	EAttribute getTemplatedFile_Mode();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.NamedPort <em>Named Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Port</em>'.
	 * @see org.hyperedge.model.NamedPort
	 * @generated
	 */
	EClass getNamedPort();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.NamedPort#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.NamedPort#getName()
	 * @see #getNamedPort()
	 * @generated
	 */
	EAttribute getNamedPort_Name();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.SupervisedProcess <em>Supervised Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supervised Process</em>'.
	 * @see org.hyperedge.model.SupervisedProcess
	 * @generated
	 */
	EClass getSupervisedProcess();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SupervisedProcess#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.SupervisedProcess#getName()
	 * @see #getSupervisedProcess()
	 * @generated
	 */
	EAttribute getSupervisedProcess_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperedge.model.SupervisedProcess#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Command</em>'.
	 * @see org.hyperedge.model.SupervisedProcess#getCommand()
	 * @see #getSupervisedProcess()
	 * @generated
	 */
	EAttribute getSupervisedProcess_Command();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.SupervisedProcess#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Environment</em>'.
	 * @see org.hyperedge.model.SupervisedProcess#getEnvironment()
	 * @see #getSupervisedProcess()
	 * @generated
	 */
	EReference getSupervisedProcess_Environment();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.PromiseCheck <em>Promise Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Promise Check</em>'.
	 * @see org.hyperedge.model.PromiseCheck
	 * @generated
	 */
	EClass getPromiseCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseCheck#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.PromiseCheck#getName()
	 * @see #getPromiseCheck()
	 * @generated
	 */
	EAttribute getPromiseCheck_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseCheck#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hyperedge.model.PromiseCheck#getKind()
	 * @see #getPromiseCheck()
	 * @generated
	 */
	EAttribute getPromiseCheck_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseCheck#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.hyperedge.model.PromiseCheck#getTarget()
	 * @see #getPromiseCheck()
	 * @generated
	 */
	EAttribute getPromiseCheck_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseCheck#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.hyperedge.model.PromiseCheck#getExpected()
	 * @see #getPromiseCheck()
	 * @generated
	 */
	EAttribute getPromiseCheck_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseCheck#getPeriodSeconds <em>Period Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Seconds</em>'.
	 * @see org.hyperedge.model.PromiseCheck#getPeriodSeconds()
	 * @see #getPromiseCheck()
	 * @generated
	 */
	EAttribute getPromiseCheck_PeriodSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseCheck#getTimeoutSeconds <em>Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Seconds</em>'.
	 * @see org.hyperedge.model.PromiseCheck#getTimeoutSeconds()
	 * @see #getPromiseCheck()
	 * @generated
	 */
	EAttribute getPromiseCheck_TimeoutSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseCheck#isBangOnFailure <em>Bang On Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bang On Failure</em>'.
	 * @see org.hyperedge.model.PromiseCheck#isBangOnFailure()
	 * @see #getPromiseCheck()
	 * @generated
	 */
	EAttribute getPromiseCheck_BangOnFailure();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.CompositeService <em>Composite Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Composite Service</em>'.
	 * @see org.hyperedge.model.CompositeService
	 * @generated
	 */
	EClass getCompositeService();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.CompositeService#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.CompositeService#getName()
	 * @see #getCompositeService()
	 * @generated
	 */
	EAttribute getCompositeService_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.CompositeService#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hyperedge.model.CompositeService#getDescription()
	 * @see #getCompositeService()
	 * @generated
	 */
	EAttribute getCompositeService_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.CompositeService#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.hyperedge.model.CompositeService#getNodes()
	 * @see #getCompositeService()
	 * @generated
	 */
	EReference getCompositeService_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.CompositeService#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.hyperedge.model.CompositeService#getLinks()
	 * @see #getCompositeService()
	 * @generated
	 */
	EReference getCompositeService_Links();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.ServiceNode <em>Service Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Node</em>'.
	 * @see org.hyperedge.model.ServiceNode
	 * @generated
	 */
	EClass getServiceNode();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ServiceNode#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.hyperedge.model.ServiceNode#getTitle()
	 * @see #getServiceNode()
	 * @generated
	 */
	EAttribute getServiceNode_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ServiceNode#getReleaseId <em>Release Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release Id</em>'.
	 * @see org.hyperedge.model.ServiceNode#getReleaseId()
	 * @see #getServiceNode()
	 * @generated
	 */
	EAttribute getServiceNode_ReleaseId();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ServiceNode#getSoftwareType <em>Software Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Software Type</em>'.
	 * @see org.hyperedge.model.ServiceNode#getSoftwareType()
	 * @see #getServiceNode()
	 * @generated
	 */
	EAttribute getServiceNode_SoftwareType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.ServiceNode#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.hyperedge.model.ServiceNode#getParameters()
	 * @see #getServiceNode()
	 * @generated
	 */
	EReference getServiceNode_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.ServiceNode#getSla <em>Sla</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sla</em>'.
	 * @see org.hyperedge.model.ServiceNode#getSla()
	 * @see #getServiceNode()
	 * @generated
	 */
	EReference getServiceNode_Sla();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ServiceNode#isShared <em>Shared</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared</em>'.
	 * @see org.hyperedge.model.ServiceNode#isShared()
	 * @see #getServiceNode()
	 * @generated
	 */
	EAttribute getServiceNode_Shared();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ServiceNode#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.hyperedge.model.ServiceNode#getX()
	 * @see #getServiceNode()
	 * @generated
	 */
	EAttribute getServiceNode_X();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ServiceNode#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.hyperedge.model.ServiceNode#getY()
	 * @see #getServiceNode()
	 * @generated
	 */
	EAttribute getServiceNode_Y();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.hyperedge.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the reference '{@link org.hyperedge.model.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.hyperedge.model.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Link#getConnectionParameter <em>Connection Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connection Parameter</em>'.
	 * @see org.hyperedge.model.Link#getConnectionParameter()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_ConnectionParameter();

	/**
	 * Returns the meta object for the reference '{@link org.hyperedge.model.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.hyperedge.model.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Link#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see org.hyperedge.model.Link#getParameter()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Parameter();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Fleet <em>Fleet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fleet</em>'.
	 * @see org.hyperedge.model.Fleet
	 * @generated
	 */
	EClass getFleet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Fleet#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.hyperedge.model.Fleet#getSites()
	 * @see #getFleet()
	 * @generated
	 */
	EReference getFleet_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Fleet#getTrees <em>Trees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trees</em>'.
	 * @see org.hyperedge.model.Fleet#getTrees()
	 * @see #getFleet()
	 * @generated
	 */
	EReference getFleet_Trees();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.InstanceTree <em>Instance Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instance Tree</em>'.
	 * @see org.hyperedge.model.InstanceTree
	 * @generated
	 */
	EClass getInstanceTree();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InstanceTree#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hyperedge.model.InstanceTree#getId()
	 * @see #getInstanceTree()
	 * @generated
	 */
	EAttribute getInstanceTree_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InstanceTree#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project</em>'.
	 * @see org.hyperedge.model.InstanceTree#getProject()
	 * @see #getInstanceTree()
	 * @generated
	 */
	EAttribute getInstanceTree_Project();

	/**
	 * Returns the meta object for the reference '{@link org.hyperedge.model.InstanceTree#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Root</em>'.
	 * @see org.hyperedge.model.InstanceTree#getRoot()
	 * @see #getInstanceTree()
	 * @generated
	 */
	EReference getInstanceTree_Root();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.InstanceTree#getInstances <em>Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instances</em>'.
	 * @see org.hyperedge.model.InstanceTree#getInstances()
	 * @see #getInstanceTree()
	 * @generated
	 */
	EReference getInstanceTree_Instances();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Instance <em>Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instance</em>'.
	 * @see org.hyperedge.model.Instance
	 * @generated
	 */
	EClass getInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hyperedge.model.Instance#getId()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.hyperedge.model.Instance#getTitle()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getReleaseId <em>Release Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release Id</em>'.
	 * @see org.hyperedge.model.Instance#getReleaseId()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_ReleaseId();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getSoftwareType <em>Software Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Software Type</em>'.
	 * @see org.hyperedge.model.Instance#getSoftwareType()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_SoftwareType();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getRequestedState <em>Requested State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requested State</em>'.
	 * @see org.hyperedge.model.Instance#getRequestedState()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_RequestedState();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getReportedState <em>Reported State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported State</em>'.
	 * @see org.hyperedge.model.Instance#getReportedState()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_ReportedState();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Instance#getConnectionParameters <em>Connection Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connection Parameters</em>'.
	 * @see org.hyperedge.model.Instance#getConnectionParameters()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_ConnectionParameters();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#isShared <em>Shared</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared</em>'.
	 * @see org.hyperedge.model.Instance#isShared()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_Shared();

	/**
	 * Returns the meta object for the reference '{@link org.hyperedge.model.Instance#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.hyperedge.model.Instance#getHost()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Host();

	/**
	 * Returns the meta object for the reference '{@link org.hyperedge.model.Instance#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.hyperedge.model.Instance#getParent()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Parent();

	/**
	 * Returns the meta object for the container reference '{@link org.hyperedge.model.Instance#getTree <em>Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Tree</em>'.
	 * @see org.hyperedge.model.Instance#getTree()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Tree();

	/**
	 * Returns the meta object for the reference '{@link org.hyperedge.model.Instance#getPartition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partition</em>'.
	 * @see org.hyperedge.model.Instance#getPartition()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Partition();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getPendingReason <em>Pending Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pending Reason</em>'.
	 * @see org.hyperedge.model.Instance#getPendingReason()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_PendingReason();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#isHealthy <em>Healthy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Healthy</em>'.
	 * @see org.hyperedge.model.Instance#isHealthy()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_Healthy();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error</em>'.
	 * @see org.hyperedge.model.Instance#getError()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_Error();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.hyperedge.model.Instance#getUrl()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Instance#getLastReport <em>Last Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Report</em>'.
	 * @see org.hyperedge.model.Instance#getLastReport()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_LastReport();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Instance#getPromiseResults <em>Promise Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Promise Results</em>'.
	 * @see org.hyperedge.model.Instance#getPromiseResults()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_PromiseResults();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.hyperedge.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Site#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.Site#getName()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Site#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.hyperedge.model.Site#getNodes()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Nodes();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.hyperedge.model.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hyperedge.model.Node#getId()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.hyperedge.model.Node#getAddress()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Address();

	/**
	 * Returns the meta object for the container reference '{@link org.hyperedge.model.Node#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Site</em>'.
	 * @see org.hyperedge.model.Node#getSite()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Site();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Node#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.hyperedge.model.Node#getLabels()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Labels();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getCpuMillis <em>Cpu Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Millis</em>'.
	 * @see org.hyperedge.model.Node#getCpuMillis()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_CpuMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getMemoryMb <em>Memory Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mb</em>'.
	 * @see org.hyperedge.model.Node#getMemoryMb()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_MemoryMb();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getDiskMb <em>Disk Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Mb</em>'.
	 * @see org.hyperedge.model.Node#getDiskMb()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_DiskMb();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Node#getPartitions <em>Partitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Partitions</em>'.
	 * @see org.hyperedge.model.Node#getPartitions()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Partitions();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getLastReport <em>Last Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Report</em>'.
	 * @see org.hyperedge.model.Node#getLastReport()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_LastReport();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getDialledFrom <em>Dialled From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dialled From</em>'.
	 * @see org.hyperedge.model.Node#getDialledFrom()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_DialledFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#isDialling <em>Dialling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dialling</em>'.
	 * @see org.hyperedge.model.Node#isDialling()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Dialling();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getPathFailure <em>Path Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path Failure</em>'.
	 * @see org.hyperedge.model.Node#getPathFailure()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_PathFailure();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getSyncError <em>Sync Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sync Error</em>'.
	 * @see org.hyperedge.model.Node#getSyncError()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_SyncError();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#isAdopted <em>Adopted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adopted</em>'.
	 * @see org.hyperedge.model.Node#isAdopted()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Adopted();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#isRevoked <em>Revoked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revoked</em>'.
	 * @see org.hyperedge.model.Node#isRevoked()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Revoked();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getUsedCpuMillis <em>Used Cpu Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Used Cpu Millis</em>'.
	 * @see org.hyperedge.model.Node#getUsedCpuMillis()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_UsedCpuMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getUsedMemoryMb <em>Used Memory Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Used Memory Mb</em>'.
	 * @see org.hyperedge.model.Node#getUsedMemoryMb()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_UsedMemoryMb();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getUsedDiskMb <em>Used Disk Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Used Disk Mb</em>'.
	 * @see org.hyperedge.model.Node#getUsedDiskMb()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_UsedDiskMb();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getClockSkewMs <em>Clock Skew Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock Skew Ms</em>'.
	 * @see org.hyperedge.model.Node#getClockSkewMs()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_ClockSkewMs();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getClockCheckedAt <em>Clock Checked At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock Checked At</em>'.
	 * @see org.hyperedge.model.Node#getClockCheckedAt()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_ClockCheckedAt();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperedge.model.Node#getTold <em>Told</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Told</em>'.
	 * @see org.hyperedge.model.Node#getTold()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Told();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.FederationSummary <em>Federation Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Federation Summary</em>'.
	 * @see org.hyperedge.model.FederationSummary
	 * @generated
	 */
	EClass getFederationSummary();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.FederationSummary#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nodes</em>'.
	 * @see org.hyperedge.model.FederationSummary#getNodes()
	 * @see #getFederationSummary()
	 * @generated
	 */
	EAttribute getFederationSummary_Nodes();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.FederationSummary#getFreePartitions <em>Free Partitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Free Partitions</em>'.
	 * @see org.hyperedge.model.FederationSummary#getFreePartitions()
	 * @see #getFederationSummary()
	 * @generated
	 */
	EAttribute getFederationSummary_FreePartitions();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.FederationSummary#getPartitions <em>Partitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partitions</em>'.
	 * @see org.hyperedge.model.FederationSummary#getPartitions()
	 * @see #getFederationSummary()
	 * @generated
	 */
	EAttribute getFederationSummary_Partitions();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.FederationSummary#getToldAt <em>Told At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Told At</em>'.
	 * @see org.hyperedge.model.FederationSummary#getToldAt()
	 * @see #getFederationSummary()
	 * @generated
	 */
	EAttribute getFederationSummary_ToldAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.FederationSummary#getOffers <em>Offers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Offers</em>'.
	 * @see org.hyperedge.model.FederationSummary#getOffers()
	 * @see #getFederationSummary()
	 * @generated
	 */
	EReference getFederationSummary_Offers();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.CatalogOffer <em>Catalog Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog Offer</em>'.
	 * @see org.hyperedge.model.CatalogOffer
	 * @generated
	 */
	EClass getCatalogOffer();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.CatalogOffer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hyperedge.model.CatalogOffer#getId()
	 * @see #getCatalogOffer()
	 * @generated
	 */
	EAttribute getCatalogOffer_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.CatalogOffer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.CatalogOffer#getName()
	 * @see #getCatalogOffer()
	 * @generated
	 */
	EAttribute getCatalogOffer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.CatalogOffer#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.hyperedge.model.CatalogOffer#getVersion()
	 * @see #getCatalogOffer()
	 * @generated
	 */
	EAttribute getCatalogOffer_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.CatalogOffer#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.hyperedge.model.CatalogOffer#getShortName()
	 * @see #getCatalogOffer()
	 * @generated
	 */
	EAttribute getCatalogOffer_ShortName();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Partition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partition</em>'.
	 * @see org.hyperedge.model.Partition
	 * @generated
	 */
	EClass getPartition();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Partition#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.hyperedge.model.Partition#getReference()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Partition#getFirstPort <em>First Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Port</em>'.
	 * @see org.hyperedge.model.Partition#getFirstPort()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_FirstPort();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Partition#getLastPort <em>Last Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Port</em>'.
	 * @see org.hyperedge.model.Partition#getLastPort()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_LastPort();

	/**
	 * Returns the meta object for the container reference '{@link org.hyperedge.model.Partition#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Node</em>'.
	 * @see org.hyperedge.model.Partition#getNode()
	 * @see #getPartition()
	 * @generated
	 */
	EReference getPartition_Node();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.PromiseResult <em>Promise Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Promise Result</em>'.
	 * @see org.hyperedge.model.PromiseResult
	 * @generated
	 */
	EClass getPromiseResult();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseResult#getPromise <em>Promise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promise</em>'.
	 * @see org.hyperedge.model.PromiseResult#getPromise()
	 * @see #getPromiseResult()
	 * @generated
	 */
	EAttribute getPromiseResult_Promise();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseResult#isSuccess <em>Success</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Success</em>'.
	 * @see org.hyperedge.model.PromiseResult#isSuccess()
	 * @see #getPromiseResult()
	 * @generated
	 */
	EAttribute getPromiseResult_Success();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseResult#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.hyperedge.model.PromiseResult#getMessage()
	 * @see #getPromiseResult()
	 * @generated
	 */
	EAttribute getPromiseResult_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseResult#getCheckedAt <em>Checked At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked At</em>'.
	 * @see org.hyperedge.model.PromiseResult#getCheckedAt()
	 * @see #getPromiseResult()
	 * @generated
	 */
	EAttribute getPromiseResult_CheckedAt();

	/**
	 * Returns the meta object for enum '{@link org.hyperedge.model.InstallStepKind <em>Install Step Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Install Step Kind</em>'.
	 * @see org.hyperedge.model.InstallStepKind
	 * @generated
	 */
	EEnum getInstallStepKind();

	/**
	 * Returns the meta object for enum '{@link org.hyperedge.model.PromiseKind <em>Promise Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Promise Kind</em>'.
	 * @see org.hyperedge.model.PromiseKind
	 * @generated
	 */
	EEnum getPromiseKind();

	/**
	 * Returns the meta object for enum '{@link org.hyperedge.model.RequestedState <em>Requested State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Requested State</em>'.
	 * @see org.hyperedge.model.RequestedState
	 * @generated
	 */
	EEnum getRequestedState();

	/**
	 * Returns the meta object for enum '{@link org.hyperedge.model.ReportedState <em>Reported State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reported State</em>'.
	 * @see org.hyperedge.model.ReportedState
	 * @generated
	 */
	EEnum getReportedState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	HyperEdgeFactory getHyperEdgeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.EntryImpl <em>Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.EntryImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getEntry()
		 * @generated
		 */
		EClass ENTRY = eINSTANCE.getEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__KEY = eINSTANCE.getEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__VALUE = eINSTANCE.getEntry_Value();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.CatalogImpl <em>Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.CatalogImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getCatalog()
		 * @generated
		 */
		EClass CATALOG = eINSTANCE.getCatalog();

		/**
		 * The meta object literal for the '<em><b>Releases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__RELEASES = eINSTANCE.getCatalog_Releases();

		/**
		 * The meta object literal for the '<em><b>Composites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__COMPOSITES = eINSTANCE.getCatalog_Composites();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.SoftwareReleaseImpl <em>Software Release</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.SoftwareReleaseImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSoftwareRelease()
		 * @generated
		 */
		EClass SOFTWARE_RELEASE = eINSTANCE.getSoftwareRelease();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_RELEASE__ID = eINSTANCE.getSoftwareRelease_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_RELEASE__NAME = eINSTANCE.getSoftwareRelease_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_RELEASE__VERSION = eINSTANCE.getSoftwareRelease_Version();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_RELEASE__DESCRIPTION = eINSTANCE.getSoftwareRelease_Description();

		/**
		 * The meta object literal for the '<em><b>Artifacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_RELEASE__ARTIFACTS = eINSTANCE.getSoftwareRelease_Artifacts();

		/**
		 * The meta object literal for the '<em><b>Requires</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_RELEASE__REQUIRES = eINSTANCE.getSoftwareRelease_Requires();

		/**
		 * The meta object literal for the '<em><b>Install</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_RELEASE__INSTALL = eINSTANCE.getSoftwareRelease_Install();

		/**
		 * The meta object literal for the '<em><b>Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_RELEASE__TYPES = eINSTANCE.getSoftwareRelease_Types();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.ReleaseArtifactImpl <em>Release Artifact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.ReleaseArtifactImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getReleaseArtifact()
		 * @generated
		 */
		EClass RELEASE_ARTIFACT = eINSTANCE.getReleaseArtifact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASE_ARTIFACT__NAME = eINSTANCE.getReleaseArtifact_Name();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASE_ARTIFACT__SHA256 = eINSTANCE.getReleaseArtifact_Sha256();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASE_ARTIFACT__SIZE = eINSTANCE.getReleaseArtifact_Size();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.ReleaseInstallStepImpl <em>Release Install Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.ReleaseInstallStepImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getReleaseInstallStep()
		 * @generated
		 */
		EClass RELEASE_INSTALL_STEP = eINSTANCE.getReleaseInstallStep();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASE_INSTALL_STEP__KIND = eINSTANCE.getReleaseInstallStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Artifact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASE_INSTALL_STEP__ARTIFACT = eINSTANCE.getReleaseInstallStep_Artifact();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASE_INSTALL_STEP__COMMAND = eINSTANCE.getReleaseInstallStep_Command();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.SoftwareTypeImpl <em>Software Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.SoftwareTypeImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSoftwareType()
		 * @generated
		 */
		EClass SOFTWARE_TYPE = eINSTANCE.getSoftwareType();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TYPE__NAME = eINSTANCE.getSoftwareType_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TYPE__DESCRIPTION = eINSTANCE.getSoftwareType_Description();

		/**
		 * The meta object literal for the '<em><b>Parameter Schema</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TYPE__PARAMETER_SCHEMA = eINSTANCE.getSoftwareType_ParameterSchema();

		/**
		 * The meta object literal for the '<em><b>Connection Schema</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TYPE__CONNECTION_SCHEMA = eINSTANCE.getSoftwareType_ConnectionSchema();

		/**
		 * The meta object literal for the '<em><b>Shared</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TYPE__SHARED = eINSTANCE.getSoftwareType_Shared();

		/**
		 * The meta object literal for the '<em><b>Release</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_TYPE__RELEASE = eINSTANCE.getSoftwareType_Release();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_TYPE__FILES = eINSTANCE.getSoftwareType_Files();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_TYPE__PORTS = eINSTANCE.getSoftwareType_Ports();

		/**
		 * The meta object literal for the '<em><b>Processes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_TYPE__PROCESSES = eINSTANCE.getSoftwareType_Processes();

		/**
		 * The meta object literal for the '<em><b>Promises</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_TYPE__PROMISES = eINSTANCE.getSoftwareType_Promises();

		/**
		 * The meta object literal for the '<em><b>Connection</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_TYPE__CONNECTION = eINSTANCE.getSoftwareType_Connection();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.TemplatedFileImpl <em>Templated File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.TemplatedFileImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getTemplatedFile()
		 * @generated
		 */
		EClass TEMPLATED_FILE = eINSTANCE.getTemplatedFile();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATED_FILE__PATH = eINSTANCE.getTemplatedFile_Path();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATED_FILE__TEMPLATE = eINSTANCE.getTemplatedFile_Template();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATED_FILE__MODE = eINSTANCE.getTemplatedFile_Mode();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.NamedPortImpl <em>Named Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.NamedPortImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getNamedPort()
		 * @generated
		 */
		EClass NAMED_PORT = eINSTANCE.getNamedPort();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_PORT__NAME = eINSTANCE.getNamedPort_Name();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.SupervisedProcessImpl <em>Supervised Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.SupervisedProcessImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSupervisedProcess()
		 * @generated
		 */
		EClass SUPERVISED_PROCESS = eINSTANCE.getSupervisedProcess();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISED_PROCESS__NAME = eINSTANCE.getSupervisedProcess_Name();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISED_PROCESS__COMMAND = eINSTANCE.getSupervisedProcess_Command();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISED_PROCESS__ENVIRONMENT = eINSTANCE.getSupervisedProcess_Environment();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.PromiseCheckImpl <em>Promise Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.PromiseCheckImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseCheck()
		 * @generated
		 */
		EClass PROMISE_CHECK = eINSTANCE.getPromiseCheck();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_CHECK__NAME = eINSTANCE.getPromiseCheck_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_CHECK__KIND = eINSTANCE.getPromiseCheck_Kind();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_CHECK__TARGET = eINSTANCE.getPromiseCheck_Target();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_CHECK__EXPECTED = eINSTANCE.getPromiseCheck_Expected();

		/**
		 * The meta object literal for the '<em><b>Period Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_CHECK__PERIOD_SECONDS = eINSTANCE.getPromiseCheck_PeriodSeconds();

		/**
		 * The meta object literal for the '<em><b>Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_CHECK__TIMEOUT_SECONDS = eINSTANCE.getPromiseCheck_TimeoutSeconds();

		/**
		 * The meta object literal for the '<em><b>Bang On Failure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_CHECK__BANG_ON_FAILURE = eINSTANCE.getPromiseCheck_BangOnFailure();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.CompositeServiceImpl <em>Composite Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.CompositeServiceImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getCompositeService()
		 * @generated
		 */
		EClass COMPOSITE_SERVICE = eINSTANCE.getCompositeService();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOSITE_SERVICE__NAME = eINSTANCE.getCompositeService_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOSITE_SERVICE__DESCRIPTION = eINSTANCE.getCompositeService_Description();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPOSITE_SERVICE__NODES = eINSTANCE.getCompositeService_Nodes();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPOSITE_SERVICE__LINKS = eINSTANCE.getCompositeService_Links();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.ServiceNodeImpl <em>Service Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.ServiceNodeImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getServiceNode()
		 * @generated
		 */
		EClass SERVICE_NODE = eINSTANCE.getServiceNode();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_NODE__TITLE = eINSTANCE.getServiceNode_Title();

		/**
		 * The meta object literal for the '<em><b>Release Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_NODE__RELEASE_ID = eINSTANCE.getServiceNode_ReleaseId();

		/**
		 * The meta object literal for the '<em><b>Software Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_NODE__SOFTWARE_TYPE = eINSTANCE.getServiceNode_SoftwareType();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_NODE__PARAMETERS = eINSTANCE.getServiceNode_Parameters();

		/**
		 * The meta object literal for the '<em><b>Sla</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_NODE__SLA = eINSTANCE.getServiceNode_Sla();

		/**
		 * The meta object literal for the '<em><b>Shared</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_NODE__SHARED = eINSTANCE.getServiceNode_Shared();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_NODE__X = eINSTANCE.getServiceNode_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_NODE__Y = eINSTANCE.getServiceNode_Y();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.LinkImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Connection Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__CONNECTION_PARAMETER = eINSTANCE.getLink_ConnectionParameter();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__PARAMETER = eINSTANCE.getLink_Parameter();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.FleetImpl <em>Fleet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.FleetImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getFleet()
		 * @generated
		 */
		EClass FLEET = eINSTANCE.getFleet();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLEET__SITES = eINSTANCE.getFleet_Sites();

		/**
		 * The meta object literal for the '<em><b>Trees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLEET__TREES = eINSTANCE.getFleet_Trees();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.InstanceTreeImpl <em>Instance Tree</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.InstanceTreeImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstanceTree()
		 * @generated
		 */
		EClass INSTANCE_TREE = eINSTANCE.getInstanceTree();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE_TREE__ID = eINSTANCE.getInstanceTree_Id();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE_TREE__PROJECT = eINSTANCE.getInstanceTree_Project();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE_TREE__ROOT = eINSTANCE.getInstanceTree_Root();

		/**
		 * The meta object literal for the '<em><b>Instances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE_TREE__INSTANCES = eINSTANCE.getInstanceTree_Instances();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.InstanceImpl <em>Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.InstanceImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstance()
		 * @generated
		 */
		EClass INSTANCE = eINSTANCE.getInstance();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__ID = eINSTANCE.getInstance_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__TITLE = eINSTANCE.getInstance_Title();

		/**
		 * The meta object literal for the '<em><b>Release Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__RELEASE_ID = eINSTANCE.getInstance_ReleaseId();

		/**
		 * The meta object literal for the '<em><b>Software Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__SOFTWARE_TYPE = eINSTANCE.getInstance_SoftwareType();

		/**
		 * The meta object literal for the '<em><b>Requested State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__REQUESTED_STATE = eINSTANCE.getInstance_RequestedState();

		/**
		 * The meta object literal for the '<em><b>Reported State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__REPORTED_STATE = eINSTANCE.getInstance_ReportedState();

		/**
		 * The meta object literal for the '<em><b>Connection Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__CONNECTION_PARAMETERS = eINSTANCE.getInstance_ConnectionParameters();

		/**
		 * The meta object literal for the '<em><b>Shared</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__SHARED = eINSTANCE.getInstance_Shared();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__HOST = eINSTANCE.getInstance_Host();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__PARENT = eINSTANCE.getInstance_Parent();

		/**
		 * The meta object literal for the '<em><b>Tree</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__TREE = eINSTANCE.getInstance_Tree();

		/**
		 * The meta object literal for the '<em><b>Partition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__PARTITION = eINSTANCE.getInstance_Partition();

		/**
		 * The meta object literal for the '<em><b>Pending Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__PENDING_REASON = eINSTANCE.getInstance_PendingReason();

		/**
		 * The meta object literal for the '<em><b>Healthy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__HEALTHY = eINSTANCE.getInstance_Healthy();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__ERROR = eINSTANCE.getInstance_Error();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__URL = eINSTANCE.getInstance_Url();

		/**
		 * The meta object literal for the '<em><b>Last Report</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__LAST_REPORT = eINSTANCE.getInstance_LastReport();

		/**
		 * The meta object literal for the '<em><b>Promise Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__PROMISE_RESULTS = eINSTANCE.getInstance_PromiseResults();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.SiteImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME = eINSTANCE.getSite_Name();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__NODES = eINSTANCE.getSite_Nodes();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.NodeImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ID = eINSTANCE.getNode_Id();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ADDRESS = eINSTANCE.getNode_Address();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__SITE = eINSTANCE.getNode_Site();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__LABELS = eINSTANCE.getNode_Labels();

		/**
		 * The meta object literal for the '<em><b>Cpu Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__CPU_MILLIS = eINSTANCE.getNode_CpuMillis();

		/**
		 * The meta object literal for the '<em><b>Memory Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__MEMORY_MB = eINSTANCE.getNode_MemoryMb();

		/**
		 * The meta object literal for the '<em><b>Disk Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DISK_MB = eINSTANCE.getNode_DiskMb();

		/**
		 * The meta object literal for the '<em><b>Partitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__PARTITIONS = eINSTANCE.getNode_Partitions();

		/**
		 * The meta object literal for the '<em><b>Last Report</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__LAST_REPORT = eINSTANCE.getNode_LastReport();

		/**
		 * The meta object literal for the '<em><b>Dialled From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DIALLED_FROM = eINSTANCE.getNode_DialledFrom();

		/**
		 * The meta object literal for the '<em><b>Dialling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DIALLING = eINSTANCE.getNode_Dialling();

		/**
		 * The meta object literal for the '<em><b>Path Failure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__PATH_FAILURE = eINSTANCE.getNode_PathFailure();

		/**
		 * The meta object literal for the '<em><b>Sync Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__SYNC_ERROR = eINSTANCE.getNode_SyncError();

		/**
		 * The meta object literal for the '<em><b>Adopted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ADOPTED = eINSTANCE.getNode_Adopted();

		/**
		 * The meta object literal for the '<em><b>Revoked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__REVOKED = eINSTANCE.getNode_Revoked();

		/**
		 * The meta object literal for the '<em><b>Used Cpu Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__USED_CPU_MILLIS = eINSTANCE.getNode_UsedCpuMillis();

		/**
		 * The meta object literal for the '<em><b>Used Memory Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__USED_MEMORY_MB = eINSTANCE.getNode_UsedMemoryMb();

		/**
		 * The meta object literal for the '<em><b>Used Disk Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__USED_DISK_MB = eINSTANCE.getNode_UsedDiskMb();

		/**
		 * The meta object literal for the '<em><b>Clock Skew Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__CLOCK_SKEW_MS = eINSTANCE.getNode_ClockSkewMs();

		/**
		 * The meta object literal for the '<em><b>Clock Checked At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__CLOCK_CHECKED_AT = eINSTANCE.getNode_ClockCheckedAt();

		/**
		 * The meta object literal for the '<em><b>Told</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__TOLD = eINSTANCE.getNode_Told();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.FederationSummaryImpl <em>Federation Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.FederationSummaryImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getFederationSummary()
		 * @generated
		 */
		EClass FEDERATION_SUMMARY = eINSTANCE.getFederationSummary();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEDERATION_SUMMARY__NODES = eINSTANCE.getFederationSummary_Nodes();

		/**
		 * The meta object literal for the '<em><b>Free Partitions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEDERATION_SUMMARY__FREE_PARTITIONS = eINSTANCE.getFederationSummary_FreePartitions();

		/**
		 * The meta object literal for the '<em><b>Partitions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEDERATION_SUMMARY__PARTITIONS = eINSTANCE.getFederationSummary_Partitions();

		/**
		 * The meta object literal for the '<em><b>Told At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEDERATION_SUMMARY__TOLD_AT = eINSTANCE.getFederationSummary_ToldAt();

		/**
		 * The meta object literal for the '<em><b>Offers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEDERATION_SUMMARY__OFFERS = eINSTANCE.getFederationSummary_Offers();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.CatalogOfferImpl <em>Catalog Offer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.CatalogOfferImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getCatalogOffer()
		 * @generated
		 */
		EClass CATALOG_OFFER = eINSTANCE.getCatalogOffer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_OFFER__ID = eINSTANCE.getCatalogOffer_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_OFFER__NAME = eINSTANCE.getCatalogOffer_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_OFFER__VERSION = eINSTANCE.getCatalogOffer_Version();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_OFFER__SHORT_NAME = eINSTANCE.getCatalogOffer_ShortName();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.PartitionImpl <em>Partition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.PartitionImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPartition()
		 * @generated
		 */
		EClass PARTITION = eINSTANCE.getPartition();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__REFERENCE = eINSTANCE.getPartition_Reference();

		/**
		 * The meta object literal for the '<em><b>First Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__FIRST_PORT = eINSTANCE.getPartition_FirstPort();

		/**
		 * The meta object literal for the '<em><b>Last Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__LAST_PORT = eINSTANCE.getPartition_LastPort();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTITION__NODE = eINSTANCE.getPartition_Node();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.PromiseResultImpl <em>Promise Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.PromiseResultImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseResult()
		 * @generated
		 */
		EClass PROMISE_RESULT = eINSTANCE.getPromiseResult();

		/**
		 * The meta object literal for the '<em><b>Promise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_RESULT__PROMISE = eINSTANCE.getPromiseResult_Promise();

		/**
		 * The meta object literal for the '<em><b>Success</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_RESULT__SUCCESS = eINSTANCE.getPromiseResult_Success();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_RESULT__MESSAGE = eINSTANCE.getPromiseResult_Message();

		/**
		 * The meta object literal for the '<em><b>Checked At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_RESULT__CHECKED_AT = eINSTANCE.getPromiseResult_CheckedAt();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.InstallStepKind <em>Install Step Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.InstallStepKind
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstallStepKind()
		 * @generated
		 */
		EEnum INSTALL_STEP_KIND = eINSTANCE.getInstallStepKind();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.PromiseKind <em>Promise Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.PromiseKind
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseKind()
		 * @generated
		 */
		EEnum PROMISE_KIND = eINSTANCE.getPromiseKind();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.RequestedState <em>Requested State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.RequestedState
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getRequestedState()
		 * @generated
		 */
		EEnum REQUESTED_STATE = eINSTANCE.getRequestedState();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.ReportedState <em>Reported State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.ReportedState
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getReportedState()
		 * @generated
		 */
		EEnum REPORTED_STATE = eINSTANCE.getReportedState();

	}

} //HyperEdgePackage
