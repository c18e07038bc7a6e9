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
	 * The meta object id for the '{@link org.hyperedge.model.impl.ArtifactImpl <em>Artifact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.ArtifactImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getArtifact()
	 * @generated
	 */
	int ARTIFACT = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__SIZE = 2;

	/**
	 * The number of structural features of the '<em>Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.InstallStepImpl <em>Install Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.InstallStepImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstallStep()
	 * @generated
	 */
	int INSTALL_STEP = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_STEP__KIND = 0;

	/**
	 * The feature id for the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_STEP__ARTIFACT = 1;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_STEP__COMMAND = 2;

	/**
	 * The number of structural features of the '<em>Install Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_STEP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Install Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_STEP_OPERATION_COUNT = 0;

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
	 * The meta object id for the '{@link org.hyperedge.model.impl.FileTemplateImpl <em>File Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.FileTemplateImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getFileTemplate()
	 * @generated
	 */
	int FILE_TEMPLATE = 6;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TEMPLATE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TEMPLATE__TEMPLATE = 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TEMPLATE__MODE = 2;

	/**
	 * The number of structural features of the '<em>File Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TEMPLATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>File Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_TEMPLATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.PortSpecImpl <em>Port Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.PortSpecImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPortSpec()
	 * @generated
	 */
	int PORT_SPEC = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_SPEC__NAME = 0;

	/**
	 * The number of structural features of the '<em>Port Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_SPEC_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Port Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.ProcessSpecImpl <em>Process Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.ProcessSpecImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getProcessSpec()
	 * @generated
	 */
	int PROCESS_SPEC = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_SPEC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_SPEC__COMMAND = 1;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_SPEC__ENVIRONMENT = 2;

	/**
	 * The number of structural features of the '<em>Process Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_SPEC_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Process Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.PromiseSpecImpl <em>Promise Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.PromiseSpecImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseSpec()
	 * @generated
	 */
	int PROMISE_SPEC = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_SPEC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_SPEC__KIND = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_SPEC__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_SPEC__EXPECTED = 3;

	/**
	 * The feature id for the '<em><b>Period Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_SPEC__PERIOD_SECONDS = 4;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_SPEC__TIMEOUT_SECONDS = 5;

	/**
	 * The feature id for the '<em><b>Bang On Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_SPEC__BANG_ON_FAILURE = 6;

	/**
	 * The number of structural features of the '<em>Promise Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_SPEC_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Promise Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_SPEC_OPERATION_COUNT = 0;

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
	 * The meta object id for the '{@link org.hyperedge.model.impl.InstanceTreeImpl <em>Instance Tree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.InstanceTreeImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstanceTree()
	 * @generated
	 */
	int INSTANCE_TREE = 13;

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
	int INSTANCE = 14;

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
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__PARAMETERS = 4;

	/**
	 * The feature id for the '<em><b>Sla</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__SLA = 5;

	/**
	 * The feature id for the '<em><b>Requested State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__REQUESTED_STATE = 6;

	/**
	 * The feature id for the '<em><b>Reported State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__REPORTED_STATE = 7;

	/**
	 * The feature id for the '<em><b>Connection Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__CONNECTION_PARAMETERS = 8;

	/**
	 * The feature id for the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__SHARED = 9;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__HOST = 10;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__PARENT = 11;

	/**
	 * The feature id for the '<em><b>Tree</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__TREE = 12;

	/**
	 * The feature id for the '<em><b>Partition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__PARTITION = 13;

	/**
	 * The feature id for the '<em><b>Pending Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__PENDING_REASON = 14;

	/**
	 * The feature id for the '<em><b>Healthy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__HEALTHY = 15;

	/**
	 * The number of structural features of the '<em>Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_FEATURE_COUNT = 16;

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
	int SITE = 15;

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
	int NODE = 16;

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
	 * The feature id for the '<em><b>Cpu Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CPU_CORES = 4;

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
	 * The feature id for the '<em><b>Installations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__INSTALLATIONS = 8;

	/**
	 * The feature id for the '<em><b>Last Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LAST_REPORT = 9;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.PartitionImpl <em>Partition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.PartitionImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPartition()
	 * @generated
	 */
	int PARTITION = 17;

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
	 * The meta object id for the '{@link org.hyperedge.model.impl.SoftwareInstallationImpl <em>Software Installation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.SoftwareInstallationImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSoftwareInstallation()
	 * @generated
	 */
	int SOFTWARE_INSTALLATION = 18;

	/**
	 * The feature id for the '<em><b>Release Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INSTALLATION__RELEASE_ID = 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INSTALLATION__STATE = 1;

	/**
	 * The feature id for the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INSTALLATION__ERROR = 2;

	/**
	 * The number of structural features of the '<em>Software Installation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INSTALLATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Software Installation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INSTALLATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.PromiseResultImpl <em>Promise Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.PromiseResultImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseResult()
	 * @generated
	 */
	int PROMISE_RESULT = 19;

	/**
	 * The feature id for the '<em><b>Instance Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT__INSTANCE_ID = 0;

	/**
	 * The feature id for the '<em><b>Promise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT__PROMISE = 1;

	/**
	 * The feature id for the '<em><b>Success</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT__SUCCESS = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT__MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT__CHECKED_AT = 4;

	/**
	 * The number of structural features of the '<em>Promise Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Promise Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.UsageRecordImpl <em>Usage Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.UsageRecordImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getUsageRecord()
	 * @generated
	 */
	int USAGE_RECORD = 20;

	/**
	 * The feature id for the '<em><b>Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD__NODE_ID = 0;

	/**
	 * The feature id for the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD__PARTITION = 1;

	/**
	 * The feature id for the '<em><b>Instance Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD__INSTANCE_ID = 2;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD__PERIOD_START = 3;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD__PERIOD_END = 4;

	/**
	 * The feature id for the '<em><b>Cpu Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD__CPU_SECONDS = 5;

	/**
	 * The feature id for the '<em><b>Memory Mb Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD__MEMORY_MB_HOURS = 6;

	/**
	 * The feature id for the '<em><b>Disk Mb Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD__DISK_MB_HOURS = 7;

	/**
	 * The feature id for the '<em><b>Instance Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD__INSTANCE_HOURS = 8;

	/**
	 * The number of structural features of the '<em>Usage Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Usage Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USAGE_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.PriceListImpl <em>Price List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.PriceListImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPriceList()
	 * @generated
	 */
	int PRICE_LIST = 21;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_LIST__CURRENCY = 0;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_LIST__VALID_FROM = 1;

	/**
	 * The feature id for the '<em><b>Prices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_LIST__PRICES = 2;

	/**
	 * The number of structural features of the '<em>Price List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_LIST_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Price List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_LIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.PriceImpl <em>Price</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.PriceImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPrice()
	 * @generated
	 */
	int PRICE = 22;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE__RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE__UNIT_PRICE = 1;

	/**
	 * The number of structural features of the '<em>Price</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Price</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.InvoiceImpl <em>Invoice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.InvoiceImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInvoice()
	 * @generated
	 */
	int INVOICE = 23;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Project</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE__PROJECT = 1;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE__PERIOD_START = 2;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE__PERIOD_END = 3;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE__CURRENCY = 4;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE__STATE = 5;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE__DUE_DATE = 6;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE__LINES = 7;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE__TOTAL = 8;

	/**
	 * The number of structural features of the '<em>Invoice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Invoice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.InvoiceLineImpl <em>Invoice Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.InvoiceLineImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInvoiceLine()
	 * @generated
	 */
	int INVOICE_LINE = 24;

	/**
	 * The feature id for the '<em><b>Tree Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE_LINE__TREE_ID = 0;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE_LINE__RESOURCE = 1;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE_LINE__QUANTITY = 2;

	/**
	 * The feature id for the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE_LINE__UNIT_PRICE = 3;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE_LINE__AMOUNT = 4;

	/**
	 * The number of structural features of the '<em>Invoice Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE_LINE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Invoice Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOICE_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.TicketImpl <em>Ticket</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.TicketImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getTicket()
	 * @generated
	 */
	int TICKET = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__ID = 0;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__CAUSE = 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__REASON = 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__STATE = 4;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__ASSIGNEE = 5;

	/**
	 * The feature id for the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__OPENED_AT = 6;

	/**
	 * The feature id for the '<em><b>History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET__HISTORY = 7;

	/**
	 * The number of structural features of the '<em>Ticket</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Ticket</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.impl.TicketEventImpl <em>Ticket Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.impl.TicketEventImpl
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getTicketEvent()
	 * @generated
	 */
	int TICKET_EVENT = 26;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_EVENT__AT = 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_EVENT__AUTHOR = 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_EVENT__ACTION = 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_EVENT__COMMENT = 3;

	/**
	 * The number of structural features of the '<em>Ticket Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_EVENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Ticket Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TICKET_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.InstallStepKind <em>Install Step Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.InstallStepKind
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstallStepKind()
	 * @generated
	 */
	int INSTALL_STEP_KIND = 27;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.PromiseKind <em>Promise Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.PromiseKind
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseKind()
	 * @generated
	 */
	int PROMISE_KIND = 28;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.RequestedState <em>Requested State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.RequestedState
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getRequestedState()
	 * @generated
	 */
	int REQUESTED_STATE = 29;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.ReportedState <em>Reported State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.ReportedState
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getReportedState()
	 * @generated
	 */
	int REPORTED_STATE = 30;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.InvoiceState <em>Invoice State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.InvoiceState
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInvoiceState()
	 * @generated
	 */
	int INVOICE_STATE = 31;

	/**
	 * The meta object id for the '{@link org.hyperedge.model.TicketState <em>Ticket State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperedge.model.TicketState
	 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getTicketState()
	 * @generated
	 */
	int TICKET_STATE = 32;


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
	 * Returns the meta object for class '{@link org.hyperedge.model.Artifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Artifact</em>'.
	 * @see org.hyperedge.model.Artifact
	 * @generated
	 */
	EClass getArtifact();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Artifact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.Artifact#getName()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Artifact#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.hyperedge.model.Artifact#getSha256()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Artifact#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.hyperedge.model.Artifact#getSize()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Size();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.InstallStep <em>Install Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Install Step</em>'.
	 * @see org.hyperedge.model.InstallStep
	 * @generated
	 */
	EClass getInstallStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InstallStep#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hyperedge.model.InstallStep#getKind()
	 * @see #getInstallStep()
	 * @generated
	 */
	EAttribute getInstallStep_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InstallStep#getArtifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Artifact</em>'.
	 * @see org.hyperedge.model.InstallStep#getArtifact()
	 * @see #getInstallStep()
	 * @generated
	 */
	EAttribute getInstallStep_Artifact();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InstallStep#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see org.hyperedge.model.InstallStep#getCommand()
	 * @see #getInstallStep()
	 * @generated
	 */
	EAttribute getInstallStep_Command();

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
	 * Returns the meta object for class '{@link org.hyperedge.model.FileTemplate <em>File Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Template</em>'.
	 * @see org.hyperedge.model.FileTemplate
	 * @generated
	 */
	EClass getFileTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.FileTemplate#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.hyperedge.model.FileTemplate#getPath()
	 * @see #getFileTemplate()
	 * @generated
	 */
	EAttribute getFileTemplate_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.FileTemplate#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.hyperedge.model.FileTemplate#getTemplate()
	 * @see #getFileTemplate()
	 * @generated
	 */
	EAttribute getFileTemplate_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.FileTemplate#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.hyperedge.model.FileTemplate#getMode()
	 * @see #getFileTemplate()
	 * @generated
	 */
	EAttribute getFileTemplate_Mode();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.PortSpec <em>Port Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port Spec</em>'.
	 * @see org.hyperedge.model.PortSpec
	 * @generated
	 */
	EClass getPortSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PortSpec#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.PortSpec#getName()
	 * @see #getPortSpec()
	 * @generated
	 */
	EAttribute getPortSpec_Name();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.ProcessSpec <em>Process Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Spec</em>'.
	 * @see org.hyperedge.model.ProcessSpec
	 * @generated
	 */
	EClass getProcessSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.ProcessSpec#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.ProcessSpec#getName()
	 * @see #getProcessSpec()
	 * @generated
	 */
	EAttribute getProcessSpec_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperedge.model.ProcessSpec#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Command</em>'.
	 * @see org.hyperedge.model.ProcessSpec#getCommand()
	 * @see #getProcessSpec()
	 * @generated
	 */
	EAttribute getProcessSpec_Command();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.ProcessSpec#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Environment</em>'.
	 * @see org.hyperedge.model.ProcessSpec#getEnvironment()
	 * @see #getProcessSpec()
	 * @generated
	 */
	EReference getProcessSpec_Environment();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.PromiseSpec <em>Promise Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Promise Spec</em>'.
	 * @see org.hyperedge.model.PromiseSpec
	 * @generated
	 */
	EClass getPromiseSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseSpec#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperedge.model.PromiseSpec#getName()
	 * @see #getPromiseSpec()
	 * @generated
	 */
	EAttribute getPromiseSpec_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hyperedge.model.PromiseSpec#getKind()
	 * @see #getPromiseSpec()
	 * @generated
	 */
	EAttribute getPromiseSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseSpec#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.hyperedge.model.PromiseSpec#getTarget()
	 * @see #getPromiseSpec()
	 * @generated
	 */
	EAttribute getPromiseSpec_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseSpec#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.hyperedge.model.PromiseSpec#getExpected()
	 * @see #getPromiseSpec()
	 * @generated
	 */
	EAttribute getPromiseSpec_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseSpec#getPeriodSeconds <em>Period Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Seconds</em>'.
	 * @see org.hyperedge.model.PromiseSpec#getPeriodSeconds()
	 * @see #getPromiseSpec()
	 * @generated
	 */
	EAttribute getPromiseSpec_PeriodSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseSpec#getTimeoutSeconds <em>Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Seconds</em>'.
	 * @see org.hyperedge.model.PromiseSpec#getTimeoutSeconds()
	 * @see #getPromiseSpec()
	 * @generated
	 */
	EAttribute getPromiseSpec_TimeoutSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseSpec#isBangOnFailure <em>Bang On Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bang On Failure</em>'.
	 * @see org.hyperedge.model.PromiseSpec#isBangOnFailure()
	 * @see #getPromiseSpec()
	 * @generated
	 */
	EAttribute getPromiseSpec_BangOnFailure();

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
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Instance#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.hyperedge.model.Instance#getParameters()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Instance#getSla <em>Sla</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sla</em>'.
	 * @see org.hyperedge.model.Instance#getSla()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Sla();

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
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Node#getCpuCores <em>Cpu Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Cores</em>'.
	 * @see org.hyperedge.model.Node#getCpuCores()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_CpuCores();

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
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Node#getInstallations <em>Installations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Installations</em>'.
	 * @see org.hyperedge.model.Node#getInstallations()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Installations();

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
	 * Returns the meta object for class '{@link org.hyperedge.model.SoftwareInstallation <em>Software Installation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Software Installation</em>'.
	 * @see org.hyperedge.model.SoftwareInstallation
	 * @generated
	 */
	EClass getSoftwareInstallation();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareInstallation#getReleaseId <em>Release Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release Id</em>'.
	 * @see org.hyperedge.model.SoftwareInstallation#getReleaseId()
	 * @see #getSoftwareInstallation()
	 * @generated
	 */
	EAttribute getSoftwareInstallation_ReleaseId();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareInstallation#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.hyperedge.model.SoftwareInstallation#getState()
	 * @see #getSoftwareInstallation()
	 * @generated
	 */
	EAttribute getSoftwareInstallation_State();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.SoftwareInstallation#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error</em>'.
	 * @see org.hyperedge.model.SoftwareInstallation#getError()
	 * @see #getSoftwareInstallation()
	 * @generated
	 */
	EAttribute getSoftwareInstallation_Error();

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
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PromiseResult#getInstanceId <em>Instance Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Id</em>'.
	 * @see org.hyperedge.model.PromiseResult#getInstanceId()
	 * @see #getPromiseResult()
	 * @generated
	 */
	EAttribute getPromiseResult_InstanceId();

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
	 * Returns the meta object for class '{@link org.hyperedge.model.UsageRecord <em>Usage Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Usage Record</em>'.
	 * @see org.hyperedge.model.UsageRecord
	 * @generated
	 */
	EClass getUsageRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.UsageRecord#getNodeId <em>Node Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Id</em>'.
	 * @see org.hyperedge.model.UsageRecord#getNodeId()
	 * @see #getUsageRecord()
	 * @generated
	 */
	EAttribute getUsageRecord_NodeId();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.UsageRecord#getPartition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partition</em>'.
	 * @see org.hyperedge.model.UsageRecord#getPartition()
	 * @see #getUsageRecord()
	 * @generated
	 */
	EAttribute getUsageRecord_Partition();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.UsageRecord#getInstanceId <em>Instance Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Id</em>'.
	 * @see org.hyperedge.model.UsageRecord#getInstanceId()
	 * @see #getUsageRecord()
	 * @generated
	 */
	EAttribute getUsageRecord_InstanceId();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.UsageRecord#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.hyperedge.model.UsageRecord#getPeriodStart()
	 * @see #getUsageRecord()
	 * @generated
	 */
	EAttribute getUsageRecord_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.UsageRecord#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.hyperedge.model.UsageRecord#getPeriodEnd()
	 * @see #getUsageRecord()
	 * @generated
	 */
	EAttribute getUsageRecord_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.UsageRecord#getCpuSeconds <em>Cpu Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Seconds</em>'.
	 * @see org.hyperedge.model.UsageRecord#getCpuSeconds()
	 * @see #getUsageRecord()
	 * @generated
	 */
	EAttribute getUsageRecord_CpuSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.UsageRecord#getMemoryMbHours <em>Memory Mb Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mb Hours</em>'.
	 * @see org.hyperedge.model.UsageRecord#getMemoryMbHours()
	 * @see #getUsageRecord()
	 * @generated
	 */
	EAttribute getUsageRecord_MemoryMbHours();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.UsageRecord#getDiskMbHours <em>Disk Mb Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Mb Hours</em>'.
	 * @see org.hyperedge.model.UsageRecord#getDiskMbHours()
	 * @see #getUsageRecord()
	 * @generated
	 */
	EAttribute getUsageRecord_DiskMbHours();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.UsageRecord#getInstanceHours <em>Instance Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Hours</em>'.
	 * @see org.hyperedge.model.UsageRecord#getInstanceHours()
	 * @see #getUsageRecord()
	 * @generated
	 */
	EAttribute getUsageRecord_InstanceHours();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.PriceList <em>Price List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Price List</em>'.
	 * @see org.hyperedge.model.PriceList
	 * @generated
	 */
	EClass getPriceList();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PriceList#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.hyperedge.model.PriceList#getCurrency()
	 * @see #getPriceList()
	 * @generated
	 */
	EAttribute getPriceList_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.PriceList#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.hyperedge.model.PriceList#getValidFrom()
	 * @see #getPriceList()
	 * @generated
	 */
	EAttribute getPriceList_ValidFrom();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.PriceList#getPrices <em>Prices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prices</em>'.
	 * @see org.hyperedge.model.PriceList#getPrices()
	 * @see #getPriceList()
	 * @generated
	 */
	EReference getPriceList_Prices();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Price <em>Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Price</em>'.
	 * @see org.hyperedge.model.Price
	 * @generated
	 */
	EClass getPrice();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Price#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see org.hyperedge.model.Price#getResource()
	 * @see #getPrice()
	 * @generated
	 */
	EAttribute getPrice_Resource();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Price#getUnitPrice <em>Unit Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Price</em>'.
	 * @see org.hyperedge.model.Price#getUnitPrice()
	 * @see #getPrice()
	 * @generated
	 */
	EAttribute getPrice_UnitPrice();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Invoice <em>Invoice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Invoice</em>'.
	 * @see org.hyperedge.model.Invoice
	 * @generated
	 */
	EClass getInvoice();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Invoice#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.hyperedge.model.Invoice#getNumber()
	 * @see #getInvoice()
	 * @generated
	 */
	EAttribute getInvoice_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Invoice#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project</em>'.
	 * @see org.hyperedge.model.Invoice#getProject()
	 * @see #getInvoice()
	 * @generated
	 */
	EAttribute getInvoice_Project();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Invoice#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.hyperedge.model.Invoice#getPeriodStart()
	 * @see #getInvoice()
	 * @generated
	 */
	EAttribute getInvoice_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Invoice#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.hyperedge.model.Invoice#getPeriodEnd()
	 * @see #getInvoice()
	 * @generated
	 */
	EAttribute getInvoice_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Invoice#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.hyperedge.model.Invoice#getCurrency()
	 * @see #getInvoice()
	 * @generated
	 */
	EAttribute getInvoice_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Invoice#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.hyperedge.model.Invoice#getState()
	 * @see #getInvoice()
	 * @generated
	 */
	EAttribute getInvoice_State();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Invoice#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.hyperedge.model.Invoice#getDueDate()
	 * @see #getInvoice()
	 * @generated
	 */
	EAttribute getInvoice_DueDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Invoice#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.hyperedge.model.Invoice#getLines()
	 * @see #getInvoice()
	 * @generated
	 */
	EReference getInvoice_Lines();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Invoice#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see org.hyperedge.model.Invoice#getTotal()
	 * @see #getInvoice()
	 * @generated
	 */
	EAttribute getInvoice_Total();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.InvoiceLine <em>Invoice Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Invoice Line</em>'.
	 * @see org.hyperedge.model.InvoiceLine
	 * @generated
	 */
	EClass getInvoiceLine();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InvoiceLine#getTreeId <em>Tree Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tree Id</em>'.
	 * @see org.hyperedge.model.InvoiceLine#getTreeId()
	 * @see #getInvoiceLine()
	 * @generated
	 */
	EAttribute getInvoiceLine_TreeId();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InvoiceLine#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see org.hyperedge.model.InvoiceLine#getResource()
	 * @see #getInvoiceLine()
	 * @generated
	 */
	EAttribute getInvoiceLine_Resource();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InvoiceLine#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.hyperedge.model.InvoiceLine#getQuantity()
	 * @see #getInvoiceLine()
	 * @generated
	 */
	EAttribute getInvoiceLine_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InvoiceLine#getUnitPrice <em>Unit Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Price</em>'.
	 * @see org.hyperedge.model.InvoiceLine#getUnitPrice()
	 * @see #getInvoiceLine()
	 * @generated
	 */
	EAttribute getInvoiceLine_UnitPrice();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.InvoiceLine#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.hyperedge.model.InvoiceLine#getAmount()
	 * @see #getInvoiceLine()
	 * @generated
	 */
	EAttribute getInvoiceLine_Amount();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.Ticket <em>Ticket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ticket</em>'.
	 * @see org.hyperedge.model.Ticket
	 * @generated
	 */
	EClass getTicket();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Ticket#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hyperedge.model.Ticket#getId()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Ticket#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause</em>'.
	 * @see org.hyperedge.model.Ticket#getCause()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Cause();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Ticket#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.hyperedge.model.Ticket#getSubject()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Ticket#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.hyperedge.model.Ticket#getReason()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Ticket#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.hyperedge.model.Ticket#getState()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_State();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Ticket#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignee</em>'.
	 * @see org.hyperedge.model.Ticket#getAssignee()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_Assignee();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.Ticket#getOpenedAt <em>Opened At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened At</em>'.
	 * @see org.hyperedge.model.Ticket#getOpenedAt()
	 * @see #getTicket()
	 * @generated
	 */
	EAttribute getTicket_OpenedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperedge.model.Ticket#getHistory <em>History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>History</em>'.
	 * @see org.hyperedge.model.Ticket#getHistory()
	 * @see #getTicket()
	 * @generated
	 */
	EReference getTicket_History();

	/**
	 * Returns the meta object for class '{@link org.hyperedge.model.TicketEvent <em>Ticket Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ticket Event</em>'.
	 * @see org.hyperedge.model.TicketEvent
	 * @generated
	 */
	EClass getTicketEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.TicketEvent#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.hyperedge.model.TicketEvent#getAt()
	 * @see #getTicketEvent()
	 * @generated
	 */
	EAttribute getTicketEvent_At();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.TicketEvent#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.hyperedge.model.TicketEvent#getAuthor()
	 * @see #getTicketEvent()
	 * @generated
	 */
	EAttribute getTicketEvent_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.TicketEvent#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.hyperedge.model.TicketEvent#getAction()
	 * @see #getTicketEvent()
	 * @generated
	 */
	EAttribute getTicketEvent_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperedge.model.TicketEvent#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.hyperedge.model.TicketEvent#getComment()
	 * @see #getTicketEvent()
	 * @generated
	 */
	EAttribute getTicketEvent_Comment();

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
	 * Returns the meta object for enum '{@link org.hyperedge.model.InvoiceState <em>Invoice State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Invoice State</em>'.
	 * @see org.hyperedge.model.InvoiceState
	 * @generated
	 */
	EEnum getInvoiceState();

	/**
	 * Returns the meta object for enum '{@link org.hyperedge.model.TicketState <em>Ticket State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ticket State</em>'.
	 * @see org.hyperedge.model.TicketState
	 * @generated
	 */
	EEnum getTicketState();

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
		 * The meta object literal for the '{@link org.hyperedge.model.impl.ArtifactImpl <em>Artifact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.ArtifactImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getArtifact()
		 * @generated
		 */
		EClass ARTIFACT = eINSTANCE.getArtifact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__NAME = eINSTANCE.getArtifact_Name();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__SHA256 = eINSTANCE.getArtifact_Sha256();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__SIZE = eINSTANCE.getArtifact_Size();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.InstallStepImpl <em>Install Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.InstallStepImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInstallStep()
		 * @generated
		 */
		EClass INSTALL_STEP = eINSTANCE.getInstallStep();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_STEP__KIND = eINSTANCE.getInstallStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Artifact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_STEP__ARTIFACT = eINSTANCE.getInstallStep_Artifact();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_STEP__COMMAND = eINSTANCE.getInstallStep_Command();

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
		 * The meta object literal for the '{@link org.hyperedge.model.impl.FileTemplateImpl <em>File Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.FileTemplateImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getFileTemplate()
		 * @generated
		 */
		EClass FILE_TEMPLATE = eINSTANCE.getFileTemplate();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_TEMPLATE__PATH = eINSTANCE.getFileTemplate_Path();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_TEMPLATE__TEMPLATE = eINSTANCE.getFileTemplate_Template();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_TEMPLATE__MODE = eINSTANCE.getFileTemplate_Mode();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.PortSpecImpl <em>Port Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.PortSpecImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPortSpec()
		 * @generated
		 */
		EClass PORT_SPEC = eINSTANCE.getPortSpec();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_SPEC__NAME = eINSTANCE.getPortSpec_Name();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.ProcessSpecImpl <em>Process Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.ProcessSpecImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getProcessSpec()
		 * @generated
		 */
		EClass PROCESS_SPEC = eINSTANCE.getProcessSpec();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_SPEC__NAME = eINSTANCE.getProcessSpec_Name();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_SPEC__COMMAND = eINSTANCE.getProcessSpec_Command();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_SPEC__ENVIRONMENT = eINSTANCE.getProcessSpec_Environment();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.PromiseSpecImpl <em>Promise Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.PromiseSpecImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPromiseSpec()
		 * @generated
		 */
		EClass PROMISE_SPEC = eINSTANCE.getPromiseSpec();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_SPEC__NAME = eINSTANCE.getPromiseSpec_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_SPEC__KIND = eINSTANCE.getPromiseSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_SPEC__TARGET = eINSTANCE.getPromiseSpec_Target();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_SPEC__EXPECTED = eINSTANCE.getPromiseSpec_Expected();

		/**
		 * The meta object literal for the '<em><b>Period Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_SPEC__PERIOD_SECONDS = eINSTANCE.getPromiseSpec_PeriodSeconds();

		/**
		 * The meta object literal for the '<em><b>Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_SPEC__TIMEOUT_SECONDS = eINSTANCE.getPromiseSpec_TimeoutSeconds();

		/**
		 * The meta object literal for the '<em><b>Bang On Failure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_SPEC__BANG_ON_FAILURE = eINSTANCE.getPromiseSpec_BangOnFailure();

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
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__PARAMETERS = eINSTANCE.getInstance_Parameters();

		/**
		 * The meta object literal for the '<em><b>Sla</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__SLA = eINSTANCE.getInstance_Sla();

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
		 * The meta object literal for the '<em><b>Cpu Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__CPU_CORES = eINSTANCE.getNode_CpuCores();

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
		 * The meta object literal for the '<em><b>Installations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__INSTALLATIONS = eINSTANCE.getNode_Installations();

		/**
		 * The meta object literal for the '<em><b>Last Report</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__LAST_REPORT = eINSTANCE.getNode_LastReport();

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
		 * The meta object literal for the '{@link org.hyperedge.model.impl.SoftwareInstallationImpl <em>Software Installation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.SoftwareInstallationImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getSoftwareInstallation()
		 * @generated
		 */
		EClass SOFTWARE_INSTALLATION = eINSTANCE.getSoftwareInstallation();

		/**
		 * The meta object literal for the '<em><b>Release Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_INSTALLATION__RELEASE_ID = eINSTANCE.getSoftwareInstallation_ReleaseId();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_INSTALLATION__STATE = eINSTANCE.getSoftwareInstallation_State();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_INSTALLATION__ERROR = eINSTANCE.getSoftwareInstallation_Error();

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
		 * The meta object literal for the '<em><b>Instance Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE_RESULT__INSTANCE_ID = eINSTANCE.getPromiseResult_InstanceId();

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
		 * The meta object literal for the '{@link org.hyperedge.model.impl.UsageRecordImpl <em>Usage Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.UsageRecordImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getUsageRecord()
		 * @generated
		 */
		EClass USAGE_RECORD = eINSTANCE.getUsageRecord();

		/**
		 * The meta object literal for the '<em><b>Node Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_RECORD__NODE_ID = eINSTANCE.getUsageRecord_NodeId();

		/**
		 * The meta object literal for the '<em><b>Partition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_RECORD__PARTITION = eINSTANCE.getUsageRecord_Partition();

		/**
		 * The meta object literal for the '<em><b>Instance Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_RECORD__INSTANCE_ID = eINSTANCE.getUsageRecord_InstanceId();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_RECORD__PERIOD_START = eINSTANCE.getUsageRecord_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_RECORD__PERIOD_END = eINSTANCE.getUsageRecord_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Cpu Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_RECORD__CPU_SECONDS = eINSTANCE.getUsageRecord_CpuSeconds();

		/**
		 * The meta object literal for the '<em><b>Memory Mb Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_RECORD__MEMORY_MB_HOURS = eINSTANCE.getUsageRecord_MemoryMbHours();

		/**
		 * The meta object literal for the '<em><b>Disk Mb Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_RECORD__DISK_MB_HOURS = eINSTANCE.getUsageRecord_DiskMbHours();

		/**
		 * The meta object literal for the '<em><b>Instance Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USAGE_RECORD__INSTANCE_HOURS = eINSTANCE.getUsageRecord_InstanceHours();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.PriceListImpl <em>Price List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.PriceListImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPriceList()
		 * @generated
		 */
		EClass PRICE_LIST = eINSTANCE.getPriceList();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE_LIST__CURRENCY = eINSTANCE.getPriceList_Currency();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE_LIST__VALID_FROM = eINSTANCE.getPriceList_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Prices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRICE_LIST__PRICES = eINSTANCE.getPriceList_Prices();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.PriceImpl <em>Price</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.PriceImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getPrice()
		 * @generated
		 */
		EClass PRICE = eINSTANCE.getPrice();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE__RESOURCE = eINSTANCE.getPrice_Resource();

		/**
		 * The meta object literal for the '<em><b>Unit Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE__UNIT_PRICE = eINSTANCE.getPrice_UnitPrice();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.InvoiceImpl <em>Invoice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.InvoiceImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInvoice()
		 * @generated
		 */
		EClass INVOICE = eINSTANCE.getInvoice();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE__NUMBER = eINSTANCE.getInvoice_Number();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE__PROJECT = eINSTANCE.getInvoice_Project();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE__PERIOD_START = eINSTANCE.getInvoice_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE__PERIOD_END = eINSTANCE.getInvoice_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE__CURRENCY = eINSTANCE.getInvoice_Currency();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE__STATE = eINSTANCE.getInvoice_State();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE__DUE_DATE = eINSTANCE.getInvoice_DueDate();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVOICE__LINES = eINSTANCE.getInvoice_Lines();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE__TOTAL = eINSTANCE.getInvoice_Total();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.InvoiceLineImpl <em>Invoice Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.InvoiceLineImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInvoiceLine()
		 * @generated
		 */
		EClass INVOICE_LINE = eINSTANCE.getInvoiceLine();

		/**
		 * The meta object literal for the '<em><b>Tree Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE_LINE__TREE_ID = eINSTANCE.getInvoiceLine_TreeId();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE_LINE__RESOURCE = eINSTANCE.getInvoiceLine_Resource();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE_LINE__QUANTITY = eINSTANCE.getInvoiceLine_Quantity();

		/**
		 * The meta object literal for the '<em><b>Unit Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE_LINE__UNIT_PRICE = eINSTANCE.getInvoiceLine_UnitPrice();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOICE_LINE__AMOUNT = eINSTANCE.getInvoiceLine_Amount();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.TicketImpl <em>Ticket</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.TicketImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getTicket()
		 * @generated
		 */
		EClass TICKET = eINSTANCE.getTicket();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__ID = eINSTANCE.getTicket_Id();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__CAUSE = eINSTANCE.getTicket_Cause();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__SUBJECT = eINSTANCE.getTicket_Subject();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__REASON = eINSTANCE.getTicket_Reason();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__STATE = eINSTANCE.getTicket_State();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__ASSIGNEE = eINSTANCE.getTicket_Assignee();

		/**
		 * The meta object literal for the '<em><b>Opened At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET__OPENED_AT = eINSTANCE.getTicket_OpenedAt();

		/**
		 * The meta object literal for the '<em><b>History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TICKET__HISTORY = eINSTANCE.getTicket_History();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.impl.TicketEventImpl <em>Ticket Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.impl.TicketEventImpl
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getTicketEvent()
		 * @generated
		 */
		EClass TICKET_EVENT = eINSTANCE.getTicketEvent();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_EVENT__AT = eINSTANCE.getTicketEvent_At();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_EVENT__AUTHOR = eINSTANCE.getTicketEvent_Author();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_EVENT__ACTION = eINSTANCE.getTicketEvent_Action();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TICKET_EVENT__COMMENT = eINSTANCE.getTicketEvent_Comment();

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

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.InvoiceState <em>Invoice State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.InvoiceState
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getInvoiceState()
		 * @generated
		 */
		EEnum INVOICE_STATE = eINSTANCE.getInvoiceState();

		/**
		 * The meta object literal for the '{@link org.hyperedge.model.TicketState <em>Ticket State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperedge.model.TicketState
		 * @see org.hyperedge.model.impl.HyperEdgePackageImpl#getTicketState()
		 * @generated
		 */
		EEnum TICKET_STATE = eINSTANCE.getTicketState();

	}

} //HyperEdgePackage
