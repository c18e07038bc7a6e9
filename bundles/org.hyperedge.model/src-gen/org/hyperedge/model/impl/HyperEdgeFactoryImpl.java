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
			case HyperEdgePackage.ARTIFACT: return createArtifact();
			case HyperEdgePackage.INSTALL_STEP: return createInstallStep();
			case HyperEdgePackage.SOFTWARE_TYPE: return createSoftwareType();
			case HyperEdgePackage.FILE_TEMPLATE: return createFileTemplate();
			case HyperEdgePackage.PORT_SPEC: return createPortSpec();
			case HyperEdgePackage.PROCESS_SPEC: return createProcessSpec();
			case HyperEdgePackage.PROMISE_SPEC: return createPromiseSpec();
			case HyperEdgePackage.COMPOSITE_SERVICE: return createCompositeService();
			case HyperEdgePackage.SERVICE_NODE: return createServiceNode();
			case HyperEdgePackage.LINK: return createLink();
			case HyperEdgePackage.INSTANCE_TREE: return createInstanceTree();
			case HyperEdgePackage.INSTANCE: return createInstance();
			case HyperEdgePackage.SITE: return createSite();
			case HyperEdgePackage.NODE: return createNode();
			case HyperEdgePackage.PARTITION: return createPartition();
			case HyperEdgePackage.SOFTWARE_INSTALLATION: return createSoftwareInstallation();
			case HyperEdgePackage.PROMISE_RESULT: return createPromiseResult();
			case HyperEdgePackage.USAGE_RECORD: return createUsageRecord();
			case HyperEdgePackage.PRICE_LIST: return createPriceList();
			case HyperEdgePackage.PRICE: return createPrice();
			case HyperEdgePackage.INVOICE: return createInvoice();
			case HyperEdgePackage.INVOICE_LINE: return createInvoiceLine();
			case HyperEdgePackage.TICKET: return createTicket();
			case HyperEdgePackage.TICKET_EVENT: return createTicketEvent();
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
			case HyperEdgePackage.INVOICE_STATE:
				return createInvoiceStateFromString(eDataType, initialValue);
			case HyperEdgePackage.TICKET_STATE:
				return createTicketStateFromString(eDataType, initialValue);
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
			case HyperEdgePackage.INVOICE_STATE:
				return convertInvoiceStateToString(eDataType, instanceValue);
			case HyperEdgePackage.TICKET_STATE:
				return convertTicketStateToString(eDataType, instanceValue);
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
	public Artifact createArtifact() {
		ArtifactImpl artifact = new ArtifactImpl();
		return artifact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstallStep createInstallStep() {
		InstallStepImpl installStep = new InstallStepImpl();
		return installStep;
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
	public FileTemplate createFileTemplate() {
		FileTemplateImpl fileTemplate = new FileTemplateImpl();
		return fileTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortSpec createPortSpec() {
		PortSpecImpl portSpec = new PortSpecImpl();
		return portSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessSpec createProcessSpec() {
		ProcessSpecImpl processSpec = new ProcessSpecImpl();
		return processSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PromiseSpec createPromiseSpec() {
		PromiseSpecImpl promiseSpec = new PromiseSpecImpl();
		return promiseSpec;
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
	public SoftwareInstallation createSoftwareInstallation() {
		SoftwareInstallationImpl softwareInstallation = new SoftwareInstallationImpl();
		return softwareInstallation;
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
	@Override
	public UsageRecord createUsageRecord() {
		UsageRecordImpl usageRecord = new UsageRecordImpl();
		return usageRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriceList createPriceList() {
		PriceListImpl priceList = new PriceListImpl();
		return priceList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Price createPrice() {
		PriceImpl price = new PriceImpl();
		return price;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Invoice createInvoice() {
		InvoiceImpl invoice = new InvoiceImpl();
		return invoice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InvoiceLine createInvoiceLine() {
		InvoiceLineImpl invoiceLine = new InvoiceLineImpl();
		return invoiceLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ticket createTicket() {
		TicketImpl ticket = new TicketImpl();
		return ticket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TicketEvent createTicketEvent() {
		TicketEventImpl ticketEvent = new TicketEventImpl();
		return ticketEvent;
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
	public InvoiceState createInvoiceStateFromString(EDataType eDataType, String initialValue) {
		InvoiceState result = InvoiceState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInvoiceStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TicketState createTicketStateFromString(EDataType eDataType, String initialValue) {
		TicketState result = TicketState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTicketStateToString(EDataType eDataType, Object instanceValue) {
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
