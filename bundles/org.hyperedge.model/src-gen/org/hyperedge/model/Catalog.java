/**
 */
package org.hyperedge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The set of software releases an operator can request, and the composite services built from them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.Catalog#getReleases <em>Releases</em>}</li>
 *   <li>{@link org.hyperedge.model.Catalog#getComposites <em>Composites</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getCatalog()
 * @model
 * @generated
 */
public interface Catalog extends EObject {
	/**
	 * Returns the value of the '<em><b>Releases</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.SoftwareRelease}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Releases</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getCatalog_Releases()
	 * @model containment="true"
	 * @generated
	 */
	EList<SoftwareRelease> getReleases();

	/**
	 * Returns the value of the '<em><b>Composites</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.CompositeService}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Composites</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getCatalog_Composites()
	 * @model containment="true"
	 * @generated
	 */
	EList<CompositeService> getComposites();

} // Catalog
