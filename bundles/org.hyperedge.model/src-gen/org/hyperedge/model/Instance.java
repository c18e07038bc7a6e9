/**
 */
package org.hyperedge.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A requested service.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.Instance#getId <em>Id</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getReleaseId <em>Release Id</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getSoftwareType <em>Software Type</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getRequestedState <em>Requested State</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getReportedState <em>Reported State</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getConnectionParameters <em>Connection Parameters</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#isShared <em>Shared</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getHost <em>Host</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getParent <em>Parent</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getTree <em>Tree</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getPartition <em>Partition</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getPendingReason <em>Pending Reason</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#isHealthy <em>Healthy</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getError <em>Error</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getUrl <em>Url</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getLastReport <em>Last Report</em>}</li>
 *   <li>{@link org.hyperedge.model.Instance#getPromiseResults <em>Promise Results</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getInstance()
 * @model
 * @generated
 */
public interface Instance extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Release Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Release Id</em>' attribute.
	 * @see #setReleaseId(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_ReleaseId()
	 * @model required="true"
	 * @generated
	 */
	String getReleaseId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getReleaseId <em>Release Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release Id</em>' attribute.
	 * @see #getReleaseId()
	 * @generated
	 */
	void setReleaseId(String value);

	/**
	 * Returns the value of the '<em><b>Software Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Software Type</em>' attribute.
	 * @see #setSoftwareType(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_SoftwareType()
	 * @model required="true"
	 * @generated
	 */
	String getSoftwareType();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getSoftwareType <em>Software Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Type</em>' attribute.
	 * @see #getSoftwareType()
	 * @generated
	 */
	void setSoftwareType(String value);

	/**
	 * Returns the value of the '<em><b>Requested State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hyperedge.model.RequestedState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requested State</em>' attribute.
	 * @see org.hyperedge.model.RequestedState
	 * @see #setRequestedState(RequestedState)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_RequestedState()
	 * @model
	 * @generated
	 */
	RequestedState getRequestedState();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getRequestedState <em>Requested State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requested State</em>' attribute.
	 * @see org.hyperedge.model.RequestedState
	 * @see #getRequestedState()
	 * @generated
	 */
	void setRequestedState(RequestedState value);

	/**
	 * Returns the value of the '<em><b>Reported State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hyperedge.model.ReportedState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported State</em>' attribute.
	 * @see org.hyperedge.model.ReportedState
	 * @see #setReportedState(ReportedState)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_ReportedState()
	 * @model
	 * @generated
	 */
	ReportedState getReportedState();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getReportedState <em>Reported State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported State</em>' attribute.
	 * @see org.hyperedge.model.ReportedState
	 * @see #getReportedState()
	 * @generated
	 */
	void setReportedState(ReportedState value);

	/**
	 * Returns the value of the '<em><b>Connection Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connection Parameters</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_ConnectionParameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Entry> getConnectionParameters();

	/**
	 * Returns the value of the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared</em>' attribute.
	 * @see #setShared(boolean)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Shared()
	 * @model
	 * @generated
	 */
	boolean isShared();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#isShared <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared</em>' attribute.
	 * @see #isShared()
	 * @generated
	 */
	void setShared(boolean value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Instance)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Host()
	 * @model
	 * @generated
	 */
	Instance getHost();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Instance value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Instance)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Parent()
	 * @model
	 * @generated
	 */
	Instance getParent();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Instance value);

	/**
	 * Returns the value of the '<em><b>Tree</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.hyperedge.model.InstanceTree#getInstances <em>Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tree</em>' container reference.
	 * @see #setTree(InstanceTree)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Tree()
	 * @see org.hyperedge.model.InstanceTree#getInstances
	 * @model opposite="instances" transient="false"
	 * @generated
	 */
	InstanceTree getTree();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getTree <em>Tree</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tree</em>' container reference.
	 * @see #getTree()
	 * @generated
	 */
	void setTree(InstanceTree value);

	/**
	 * Returns the value of the '<em><b>Partition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partition</em>' reference.
	 * @see #setPartition(Partition)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Partition()
	 * @model
	 * @generated
	 */
	Partition getPartition();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getPartition <em>Partition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partition</em>' reference.
	 * @see #getPartition()
	 * @generated
	 */
	void setPartition(Partition value);

	/**
	 * Returns the value of the '<em><b>Pending Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pending Reason</em>' attribute.
	 * @see #setPendingReason(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_PendingReason()
	 * @model
	 * @generated
	 */
	String getPendingReason();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getPendingReason <em>Pending Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pending Reason</em>' attribute.
	 * @see #getPendingReason()
	 * @generated
	 */
	void setPendingReason(String value);

	/**
	 * Returns the value of the '<em><b>Healthy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Healthy</em>' attribute.
	 * @see #setHealthy(boolean)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Healthy()
	 * @model
	 * @generated
	 */
	boolean isHealthy();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#isHealthy <em>Healthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Healthy</em>' attribute.
	 * @see #isHealthy()
	 * @generated
	 */
	void setHealthy(boolean value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Error()
	 * @model
	 * @generated
	 */
	String getError();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Last Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Report</em>' attribute.
	 * @see #setLastReport(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_LastReport()
	 * @model
	 * @generated
	 */
	Date getLastReport();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Instance#getLastReport <em>Last Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Report</em>' attribute.
	 * @see #getLastReport()
	 * @generated
	 */
	void setLastReport(Date value);

	/**
	 * Returns the value of the '<em><b>Promise Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.PromiseResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promise Results</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getInstance_PromiseResults()
	 * @model containment="true"
	 * @generated
	 */
	EList<PromiseResult> getPromiseResults();

} // Instance
