/**
 */
package org.hyperedge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service of a composite: a release and software type with parameters and an SLA.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.ServiceNode#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hyperedge.model.ServiceNode#getReleaseId <em>Release Id</em>}</li>
 *   <li>{@link org.hyperedge.model.ServiceNode#getSoftwareType <em>Software Type</em>}</li>
 *   <li>{@link org.hyperedge.model.ServiceNode#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.hyperedge.model.ServiceNode#getSla <em>Sla</em>}</li>
 *   <li>{@link org.hyperedge.model.ServiceNode#isShared <em>Shared</em>}</li>
 *   <li>{@link org.hyperedge.model.ServiceNode#getX <em>X</em>}</li>
 *   <li>{@link org.hyperedge.model.ServiceNode#getY <em>Y</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getServiceNode()
 * @model
 * @generated
 */
public interface ServiceNode extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getServiceNode_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.ServiceNode#getTitle <em>Title</em>}' attribute.
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
	 * @see org.hyperedge.model.HyperEdgePackage#getServiceNode_ReleaseId()
	 * @model required="true"
	 * @generated
	 */
	String getReleaseId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.ServiceNode#getReleaseId <em>Release Id</em>}' attribute.
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
	 * @see org.hyperedge.model.HyperEdgePackage#getServiceNode_SoftwareType()
	 * @model
	 * @generated
	 */
	String getSoftwareType();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.ServiceNode#getSoftwareType <em>Software Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Type</em>' attribute.
	 * @see #getSoftwareType()
	 * @generated
	 */
	void setSoftwareType(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getServiceNode_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Entry> getParameters();

	/**
	 * Returns the value of the '<em><b>Sla</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sla</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getServiceNode_Sla()
	 * @model containment="true"
	 * @generated
	 */
	EList<Entry> getSla();

	/**
	 * Returns the value of the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared</em>' attribute.
	 * @see #setShared(boolean)
	 * @see org.hyperedge.model.HyperEdgePackage#getServiceNode_Shared()
	 * @model
	 * @generated
	 */
	boolean isShared();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.ServiceNode#isShared <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared</em>' attribute.
	 * @see #isShared()
	 * @generated
	 */
	void setShared(boolean value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(int)
	 * @see org.hyperedge.model.HyperEdgePackage#getServiceNode_X()
	 * @model
	 * @generated
	 */
	int getX();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.ServiceNode#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(int value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(int)
	 * @see org.hyperedge.model.HyperEdgePackage#getServiceNode_Y()
	 * @model
	 * @generated
	 */
	int getY();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.ServiceNode#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(int value);

} // ServiceNode
