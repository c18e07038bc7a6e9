/**
 */
package org.hyperedge.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameter P of the target comes from connection parameter C of the source.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.Link#getSource <em>Source</em>}</li>
 *   <li>{@link org.hyperedge.model.Link#getConnectionParameter <em>Connection Parameter</em>}</li>
 *   <li>{@link org.hyperedge.model.Link#getTarget <em>Target</em>}</li>
 *   <li>{@link org.hyperedge.model.Link#getParameter <em>Parameter</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getLink()
 * @model
 * @generated
 */
public interface Link extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(ServiceNode)
	 * @see org.hyperedge.model.HyperEdgePackage#getLink_Source()
	 * @model required="true"
	 * @generated
	 */
	ServiceNode getSource();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Link#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(ServiceNode value);

	/**
	 * Returns the value of the '<em><b>Connection Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connection Parameter</em>' attribute.
	 * @see #setConnectionParameter(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getLink_ConnectionParameter()
	 * @model required="true"
	 * @generated
	 */
	String getConnectionParameter();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Link#getConnectionParameter <em>Connection Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection Parameter</em>' attribute.
	 * @see #getConnectionParameter()
	 * @generated
	 */
	void setConnectionParameter(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(ServiceNode)
	 * @see org.hyperedge.model.HyperEdgePackage#getLink_Target()
	 * @model required="true"
	 * @generated
	 */
	ServiceNode getTarget();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Link#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(ServiceNode value);

	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see #setParameter(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getLink_Parameter()
	 * @model required="true"
	 * @generated
	 */
	String getParameter();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Link#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(String value);

} // Link
