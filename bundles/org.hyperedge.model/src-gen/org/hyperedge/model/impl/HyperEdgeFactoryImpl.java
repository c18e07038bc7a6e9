/**
 */
package org.hyperedge.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.hyperedge.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HyperEdgeFactoryImpl extends EFactoryImpl implements HyperEdgeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static HyperEdgeFactory init() {
		try {
			HyperEdgeFactory theHyperEdgeFactory = (HyperEdgeFactory)EPackage.Registry.INSTANCE.getEFactory(HyperEdgePackage.eNS_URI);
			if (theHyperEdgeFactory != null) {
				return theHyperEdgeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new HyperEdgeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HyperEdgeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case HyperEdgePackage.ENTRY: return createEntry();
			case HyperEdgePackage.CATALOG: return createCatalog();
			case HyperEdgePackage.SOFTWARE_RELEASE: return createSoftwareRelease();
			case HyperEdgePackage.RELEASE_ARTIFACT: return createReleaseArtifact();
			case HyperEdgePackage.RELEASE_INSTALL_STEP: return createReleaseInstallStep();
			case HyperEdgePackage.SOFTWARE_TYPE: return createSoftwareType();
			case HyperEdgePackage.TEMPLATED_FILE: return createTemplatedFile();
			case HyperEdgePackage.NAMED_PORT: return createNamedPort();
			case HyperEdgePackage.SUPERVISED_PROCESS: return createSupervisedProcess();
			case HyperEdgePackage.PROMISE_CHECK: return createPromiseCheck();
			case HyperEdgePackage.COMPOSITE_SERVICE: return createCompositeService();
			case HyperEdgePackage.SERVICE_NODE: return createServiceNode();
			case HyperEdgePackage.LINK: return createLink();
			case HyperEdgePackage.FLEET: return createFleet();
			case HyperEdgePackage.INSTANCE_TREE: return createInstanceTree();
			case HyperEdgePackage.INSTANCE: return createInstance();
			case HyperEdgePackage.SITE: return createSite();
			case HyperEdgePackage.NODE: return createNode();
			case HyperEdgePackage.FEDERATION_SUMMARY: return createFederationSummary();
			case HyperEdgePackage.CATALOG_OFFER: return createCatalogOffer();
			case HyperEdgePackage.PARTITION: return createPartition();
			case HyperEdgePackage.PROMISE_RESULT: return createPromiseResult();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case HyperEdgePackage.INSTALL_STEP_KIND:
				return createInstallStepKindFromString(eDataType, initialValue);
			case HyperEdgePackage.PROMISE_KIND:
				return createPromiseKindFromString(eDataType, initialValue);
			case HyperEdgePackage.REQUESTED_STATE:
				return createRequestedStateFromString(eDataType, initialValue);
			case HyperEdgePackage.REPORTED_STATE:
				return createReportedStateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case HyperEdgePackage.INSTALL_STEP_KIND:
				return convertInstallStepKindToString(eDataType, instanceValue);
			case HyperEdgePackage.PROMISE_KIND:
				return convertPromiseKindToString(eDataType, instanceValue);
			case HyperEdgePackage.REQUESTED_STATE:
				return convertRequestedStateToString(eDataType, instanceValue);
			case HyperEdgePackage.REPORTED_STATE:
				return convertReportedStateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entry createEntry() {
		EntryImpl entry = new EntryImpl();
		return entry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalog createCatalog() {
		CatalogImpl catalog = new CatalogImpl();
		return catalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareRelease createSoftwareRelease() {
		SoftwareReleaseImpl softwareRelease = new SoftwareReleaseImpl();
		return softwareRelease;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReleaseArtifact createReleaseArtifact() {
		ReleaseArtifactImpl releaseArtifact = new ReleaseArtifactImpl();
		return releaseArtifact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReleaseInstallStep createReleaseInstallStep() {
		ReleaseInstallStepImpl releaseInstallStep = new ReleaseInstallStepImpl();
		return releaseInstallStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareType createSoftwareType() {
		SoftwareTypeImpl softwareType = new SoftwareTypeImpl();
		return softwareType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TemplatedFile createTemplatedFile() {
		TemplatedFileImpl templatedFile = new TemplatedFileImpl();
		return templatedFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedPort createNamedPort() {
		NamedPortImpl namedPort = new NamedPortImpl();
		return namedPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisedProcess createSupervisedProcess() {
		SupervisedProcessImpl supervisedProcess = new SupervisedProcessImpl();
		return supervisedProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PromiseCheck createPromiseCheck() {
		PromiseCheckImpl promiseCheck = new PromiseCheckImpl();
		return promiseCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompositeService createCompositeService() {
		CompositeServiceImpl compositeService = new CompositeServiceImpl();
		return compositeService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceNode createServiceNode() {
		ServiceNodeImpl serviceNode = new ServiceNodeImpl();
		return serviceNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link createLink() {
		LinkImpl link = new LinkImpl();
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fleet createFleet() {
		FleetImpl fleet = new FleetImpl();
		return fleet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstanceTree createInstanceTree() {
		InstanceTreeImpl instanceTree = new InstanceTreeImpl();
		return instanceTree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instance createInstance() {
		InstanceImpl instance = new InstanceImpl();
		return instance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node createNode() {
		NodeImpl node = new NodeImpl();
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FederationSummary createFederationSummary() {
		FederationSummaryImpl federationSummary = new FederationSummaryImpl();
		return federationSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogOffer createCatalogOffer() {
		CatalogOfferImpl catalogOffer = new CatalogOfferImpl();
		return catalogOffer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partition createPartition() {
		PartitionImpl partition = new PartitionImpl();
		return partition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PromiseResult createPromiseResult() {
		PromiseResultImpl promiseResult = new PromiseResultImpl();
		return promiseResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstallStepKind createInstallStepKindFromString(EDataType eDataType, String initialValue) {
		InstallStepKind result = InstallStepKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstallStepKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PromiseKind createPromiseKindFromString(EDataType eDataType, String initialValue) {
		PromiseKind result = PromiseKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPromiseKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RequestedState createRequestedStateFromString(EDataType eDataType, String initialValue) {
		RequestedState result = RequestedState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRequestedStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportedState createReportedStateFromString(EDataType eDataType, String initialValue) {
		ReportedState result = ReportedState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReportedStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HyperEdgePackage getHyperEdgePackage() {
		return (HyperEdgePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static HyperEdgePackage getPackage() {
		return HyperEdgePackage.eINSTANCE;
	}

} //HyperEdgeFactoryImpl
