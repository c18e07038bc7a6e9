/**
 */
package org.hyperedge.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.Instance;
import org.hyperedge.model.InstanceTree;
import org.hyperedge.model.Partition;
import org.hyperedge.model.PromiseResult;
import org.hyperedge.model.ReportedState;
import org.hyperedge.model.RequestedState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getReleaseId <em>Release Id</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getSoftwareType <em>Software Type</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getRequestedState <em>Requested State</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getReportedState <em>Reported State</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getConnectionParameters <em>Connection Parameters</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#isShared <em>Shared</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getTree <em>Tree</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getPartition <em>Partition</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getPendingReason <em>Pending Reason</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#isHealthy <em>Healthy</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getError <em>Error</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getLastReport <em>Last Report</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.InstanceImpl#getPromiseResults <em>Promise Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstanceImpl extends EObjectImpl implements Instance {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReleaseId() <em>Release Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleaseId()
	 * @generated
	 * @ordered
	 */
	protected static final String RELEASE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReleaseId() <em>Release Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleaseId()
	 * @generated
	 * @ordered
	 */
	protected String releaseId = RELEASE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSoftwareType() <em>Software Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareType()
	 * @generated
	 * @ordered
	 */
	protected static final String SOFTWARE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSoftwareType() <em>Software Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareType()
	 * @generated
	 * @ordered
	 */
	protected String softwareType = SOFTWARE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestedState() <em>Requested State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedState()
	 * @generated
	 * @ordered
	 */
	protected static final RequestedState REQUESTED_STATE_EDEFAULT = RequestedState.STARTED;

	/**
	 * The cached value of the '{@link #getRequestedState() <em>Requested State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedState()
	 * @generated
	 * @ordered
	 */
	protected RequestedState requestedState = REQUESTED_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedState() <em>Reported State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedState()
	 * @generated
	 * @ordered
	 */
	protected static final ReportedState REPORTED_STATE_EDEFAULT = ReportedState.PENDING;

	/**
	 * The cached value of the '{@link #getReportedState() <em>Reported State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedState()
	 * @generated
	 * @ordered
	 */
	protected ReportedState reportedState = REPORTED_STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConnectionParameters() <em>Connection Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Entry> connectionParameters;

	/**
	 * The default value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected boolean shared = SHARED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Instance host;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Instance parent;

	/**
	 * The cached value of the '{@link #getPartition() <em>Partition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartition()
	 * @generated
	 * @ordered
	 */
	protected Partition partition;

	/**
	 * The default value of the '{@link #getPendingReason() <em>Pending Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingReason()
	 * @generated
	 * @ordered
	 */
	protected static final String PENDING_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPendingReason() <em>Pending Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingReason()
	 * @generated
	 * @ordered
	 */
	protected String pendingReason = PENDING_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #isHealthy() <em>Healthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHealthy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HEALTHY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHealthy() <em>Healthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHealthy()
	 * @generated
	 * @ordered
	 */
	protected boolean healthy = HEALTHY_EDEFAULT;

	/**
	 * The default value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected String error = ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastReport() <em>Last Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastReport()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_REPORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastReport() <em>Last Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastReport()
	 * @generated
	 * @ordered
	 */
	protected Date lastReport = LAST_REPORT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPromiseResults() <em>Promise Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromiseResults()
	 * @generated
	 * @ordered
	 */
	protected EList<PromiseResult> promiseResults;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.INSTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReleaseId() {
		return releaseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReleaseId(String newReleaseId) {
		String oldReleaseId = releaseId;
		releaseId = newReleaseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__RELEASE_ID, oldReleaseId, releaseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSoftwareType() {
		return softwareType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftwareType(String newSoftwareType) {
		String oldSoftwareType = softwareType;
		softwareType = newSoftwareType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__SOFTWARE_TYPE, oldSoftwareType, softwareType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RequestedState getRequestedState() {
		return requestedState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestedState(RequestedState newRequestedState) {
		RequestedState oldRequestedState = requestedState;
		requestedState = newRequestedState == null ? REQUESTED_STATE_EDEFAULT : newRequestedState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__REQUESTED_STATE, oldRequestedState, requestedState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportedState getReportedState() {
		return reportedState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedState(ReportedState newReportedState) {
		ReportedState oldReportedState = reportedState;
		reportedState = newReportedState == null ? REPORTED_STATE_EDEFAULT : newReportedState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__REPORTED_STATE, oldReportedState, reportedState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entry> getConnectionParameters() {
		if (connectionParameters == null) {
			connectionParameters = new EObjectContainmentEList<Entry>(Entry.class, this, HyperEdgePackage.INSTANCE__CONNECTION_PARAMETERS);
		}
		return connectionParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShared() {
		return shared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShared(boolean newShared) {
		boolean oldShared = shared;
		shared = newShared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__SHARED, oldShared, shared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instance getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Instance)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HyperEdgePackage.INSTANCE__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instance basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Instance newHost) {
		Instance oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instance getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Instance)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HyperEdgePackage.INSTANCE__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instance basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Instance newParent) {
		Instance oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstanceTree getTree() {
		if (eContainerFeatureID() != HyperEdgePackage.INSTANCE__TREE) return null;
		return (InstanceTree)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTree(InstanceTree newTree, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newTree, HyperEdgePackage.INSTANCE__TREE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTree(InstanceTree newTree) {
		if (newTree != eInternalContainer() || (eContainerFeatureID() != HyperEdgePackage.INSTANCE__TREE && newTree != null)) {
			if (EcoreUtil.isAncestor(this, newTree))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newTree != null)
				msgs = ((InternalEObject)newTree).eInverseAdd(this, HyperEdgePackage.INSTANCE_TREE__INSTANCES, InstanceTree.class, msgs);
			msgs = basicSetTree(newTree, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__TREE, newTree, newTree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partition getPartition() {
		if (partition != null && partition.eIsProxy()) {
			InternalEObject oldPartition = (InternalEObject)partition;
			partition = (Partition)eResolveProxy(oldPartition);
			if (partition != oldPartition) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HyperEdgePackage.INSTANCE__PARTITION, oldPartition, partition));
			}
		}
		return partition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Partition basicGetPartition() {
		return partition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartition(Partition newPartition) {
		Partition oldPartition = partition;
		partition = newPartition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__PARTITION, oldPartition, partition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPendingReason() {
		return pendingReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPendingReason(String newPendingReason) {
		String oldPendingReason = pendingReason;
		pendingReason = newPendingReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__PENDING_REASON, oldPendingReason, pendingReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHealthy() {
		return healthy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHealthy(boolean newHealthy) {
		boolean oldHealthy = healthy;
		healthy = newHealthy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__HEALTHY, oldHealthy, healthy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getError() {
		return error;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setError(String newError) {
		String oldError = error;
		error = newError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__ERROR, oldError, error));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastReport() {
		return lastReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastReport(Date newLastReport) {
		Date oldLastReport = lastReport;
		lastReport = newLastReport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.INSTANCE__LAST_REPORT, oldLastReport, lastReport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PromiseResult> getPromiseResults() {
		if (promiseResults == null) {
			promiseResults = new EObjectContainmentEList<PromiseResult>(PromiseResult.class, this, HyperEdgePackage.INSTANCE__PROMISE_RESULTS);
		}
		return promiseResults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.INSTANCE__TREE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetTree((InstanceTree)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.INSTANCE__CONNECTION_PARAMETERS:
				return ((InternalEList<?>)getConnectionParameters()).basicRemove(otherEnd, msgs);
			case HyperEdgePackage.INSTANCE__TREE:
				return basicSetTree(null, msgs);
			case HyperEdgePackage.INSTANCE__PROMISE_RESULTS:
				return ((InternalEList<?>)getPromiseResults()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case HyperEdgePackage.INSTANCE__TREE:
				return eInternalContainer().eInverseRemove(this, HyperEdgePackage.INSTANCE_TREE__INSTANCES, InstanceTree.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperEdgePackage.INSTANCE__ID:
				return getId();
			case HyperEdgePackage.INSTANCE__TITLE:
				return getTitle();
			case HyperEdgePackage.INSTANCE__RELEASE_ID:
				return getReleaseId();
			case HyperEdgePackage.INSTANCE__SOFTWARE_TYPE:
				return getSoftwareType();
			case HyperEdgePackage.INSTANCE__REQUESTED_STATE:
				return getRequestedState();
			case HyperEdgePackage.INSTANCE__REPORTED_STATE:
				return getReportedState();
			case HyperEdgePackage.INSTANCE__CONNECTION_PARAMETERS:
				return getConnectionParameters();
			case HyperEdgePackage.INSTANCE__SHARED:
				return isShared();
			case HyperEdgePackage.INSTANCE__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case HyperEdgePackage.INSTANCE__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case HyperEdgePackage.INSTANCE__TREE:
				return getTree();
			case HyperEdgePackage.INSTANCE__PARTITION:
				if (resolve) return getPartition();
				return basicGetPartition();
			case HyperEdgePackage.INSTANCE__PENDING_REASON:
				return getPendingReason();
			case HyperEdgePackage.INSTANCE__HEALTHY:
				return isHealthy();
			case HyperEdgePackage.INSTANCE__ERROR:
				return getError();
			case HyperEdgePackage.INSTANCE__URL:
				return getUrl();
			case HyperEdgePackage.INSTANCE__LAST_REPORT:
				return getLastReport();
			case HyperEdgePackage.INSTANCE__PROMISE_RESULTS:
				return getPromiseResults();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HyperEdgePackage.INSTANCE__ID:
				setId((Long)newValue);
				return;
			case HyperEdgePackage.INSTANCE__TITLE:
				setTitle((String)newValue);
				return;
			case HyperEdgePackage.INSTANCE__RELEASE_ID:
				setReleaseId((String)newValue);
				return;
			case HyperEdgePackage.INSTANCE__SOFTWARE_TYPE:
				setSoftwareType((String)newValue);
				return;
			case HyperEdgePackage.INSTANCE__REQUESTED_STATE:
				setRequestedState((RequestedState)newValue);
				return;
			case HyperEdgePackage.INSTANCE__REPORTED_STATE:
				setReportedState((ReportedState)newValue);
				return;
			case HyperEdgePackage.INSTANCE__CONNECTION_PARAMETERS:
				getConnectionParameters().clear();
				getConnectionParameters().addAll((Collection<? extends Entry>)newValue);
				return;
			case HyperEdgePackage.INSTANCE__SHARED:
				setShared((Boolean)newValue);
				return;
			case HyperEdgePackage.INSTANCE__HOST:
				setHost((Instance)newValue);
				return;
			case HyperEdgePackage.INSTANCE__PARENT:
				setParent((Instance)newValue);
				return;
			case HyperEdgePackage.INSTANCE__TREE:
				setTree((InstanceTree)newValue);
				return;
			case HyperEdgePackage.INSTANCE__PARTITION:
				setPartition((Partition)newValue);
				return;
			case HyperEdgePackage.INSTANCE__PENDING_REASON:
				setPendingReason((String)newValue);
				return;
			case HyperEdgePackage.INSTANCE__HEALTHY:
				setHealthy((Boolean)newValue);
				return;
			case HyperEdgePackage.INSTANCE__ERROR:
				setError((String)newValue);
				return;
			case HyperEdgePackage.INSTANCE__URL:
				setUrl((String)newValue);
				return;
			case HyperEdgePackage.INSTANCE__LAST_REPORT:
				setLastReport((Date)newValue);
				return;
			case HyperEdgePackage.INSTANCE__PROMISE_RESULTS:
				getPromiseResults().clear();
				getPromiseResults().addAll((Collection<? extends PromiseResult>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HyperEdgePackage.INSTANCE__ID:
				setId(ID_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__RELEASE_ID:
				setReleaseId(RELEASE_ID_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__SOFTWARE_TYPE:
				setSoftwareType(SOFTWARE_TYPE_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__REQUESTED_STATE:
				setRequestedState(REQUESTED_STATE_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__REPORTED_STATE:
				setReportedState(REPORTED_STATE_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__CONNECTION_PARAMETERS:
				getConnectionParameters().clear();
				return;
			case HyperEdgePackage.INSTANCE__SHARED:
				setShared(SHARED_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__HOST:
				setHost((Instance)null);
				return;
			case HyperEdgePackage.INSTANCE__PARENT:
				setParent((Instance)null);
				return;
			case HyperEdgePackage.INSTANCE__TREE:
				setTree((InstanceTree)null);
				return;
			case HyperEdgePackage.INSTANCE__PARTITION:
				setPartition((Partition)null);
				return;
			case HyperEdgePackage.INSTANCE__PENDING_REASON:
				setPendingReason(PENDING_REASON_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__HEALTHY:
				setHealthy(HEALTHY_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__ERROR:
				setError(ERROR_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__LAST_REPORT:
				setLastReport(LAST_REPORT_EDEFAULT);
				return;
			case HyperEdgePackage.INSTANCE__PROMISE_RESULTS:
				getPromiseResults().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HyperEdgePackage.INSTANCE__ID:
				return id != ID_EDEFAULT;
			case HyperEdgePackage.INSTANCE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case HyperEdgePackage.INSTANCE__RELEASE_ID:
				return RELEASE_ID_EDEFAULT == null ? releaseId != null : !RELEASE_ID_EDEFAULT.equals(releaseId);
			case HyperEdgePackage.INSTANCE__SOFTWARE_TYPE:
				return SOFTWARE_TYPE_EDEFAULT == null ? softwareType != null : !SOFTWARE_TYPE_EDEFAULT.equals(softwareType);
			case HyperEdgePackage.INSTANCE__REQUESTED_STATE:
				return requestedState != REQUESTED_STATE_EDEFAULT;
			case HyperEdgePackage.INSTANCE__REPORTED_STATE:
				return reportedState != REPORTED_STATE_EDEFAULT;
			case HyperEdgePackage.INSTANCE__CONNECTION_PARAMETERS:
				return connectionParameters != null && !connectionParameters.isEmpty();
			case HyperEdgePackage.INSTANCE__SHARED:
				return shared != SHARED_EDEFAULT;
			case HyperEdgePackage.INSTANCE__HOST:
				return host != null;
			case HyperEdgePackage.INSTANCE__PARENT:
				return parent != null;
			case HyperEdgePackage.INSTANCE__TREE:
				return getTree() != null;
			case HyperEdgePackage.INSTANCE__PARTITION:
				return partition != null;
			case HyperEdgePackage.INSTANCE__PENDING_REASON:
				return PENDING_REASON_EDEFAULT == null ? pendingReason != null : !PENDING_REASON_EDEFAULT.equals(pendingReason);
			case HyperEdgePackage.INSTANCE__HEALTHY:
				return healthy != HEALTHY_EDEFAULT;
			case HyperEdgePackage.INSTANCE__ERROR:
				return ERROR_EDEFAULT == null ? error != null : !ERROR_EDEFAULT.equals(error);
			case HyperEdgePackage.INSTANCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case HyperEdgePackage.INSTANCE__LAST_REPORT:
				return LAST_REPORT_EDEFAULT == null ? lastReport != null : !LAST_REPORT_EDEFAULT.equals(lastReport);
			case HyperEdgePackage.INSTANCE__PROMISE_RESULTS:
				return promiseResults != null && !promiseResults.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", releaseId: ");
		result.append(releaseId);
		result.append(", softwareType: ");
		result.append(softwareType);
		result.append(", requestedState: ");
		result.append(requestedState);
		result.append(", reportedState: ");
		result.append(reportedState);
		result.append(", shared: ");
		result.append(shared);
		result.append(", pendingReason: ");
		result.append(pendingReason);
		result.append(", healthy: ");
		result.append(healthy);
		result.append(", error: ");
		result.append(error);
		result.append(", url: ");
		result.append(url);
		result.append(", lastReport: ");
		result.append(lastReport);
		result.append(')');
		return result.toString();
	}

} //InstanceImpl
