/**
 */
package org.hyperedge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instance Tree</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A root instance and the instances it requested: a composite service at run time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.InstanceTree#getId <em>Id</em>}</li>
 *   <li>{@link org.hyperedge.model.InstanceTree#getProject <em>Project</em>}</li>
 *   <li>{@link org.hyperedge.model.InstanceTree#getRoot <em>Root</em>}</li>
 *   <li>{@link org.hyperedge.model.InstanceTree#getInstances <em>Instances</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getInstanceTree()
 * @model
 * @generated
 */
public interface InstanceTree extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstanceTree_Id()
	 * @model id="true"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.InstanceTree#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Project</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' attribute.
	 * @see #setProject(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstanceTree_Project()
	 * @model
	 * @generated
	 */
	String getProject();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.InstanceTree#getProject <em>Project</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' attribute.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(String value);

	/**
	 * Returns the value of the '<em><b>Root</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root</em>' reference.
	 * @see #setRoot(Instance)
	 * @see org.hyperedge.model.HyperEdgePackage#getInstanceTree_Root()
	 * @model
	 * @generated
	 */
	Instance getRoot();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.InstanceTree#getRoot <em>Root</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' reference.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(Instance value);

	/**
	 * Returns the value of the '<em><b>Instances</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Instance}.
	 * It is bidirectional and its opposite is '{@link org.hyperedge.model.Instance#getTree <em>Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instances</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getInstanceTree_Instances()
	 * @see org.hyperedge.model.Instance#getTree
	 * @model opposite="tree" containment="true"
	 * @generated
	 */
	EList<Instance> getInstances();

} // InstanceTree
