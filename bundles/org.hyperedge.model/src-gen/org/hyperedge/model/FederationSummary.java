/**
 */
package org.hyperedge.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Federation Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a federated site last told the master that delegates to it: its nodes, their free partitions of all, and the releases it offers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.FederationSummary#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.hyperedge.model.FederationSummary#getFreePartitions <em>Free Partitions</em>}</li>
 *   <li>{@link org.hyperedge.model.FederationSummary#getPartitions <em>Partitions</em>}</li>
 *   <li>{@link org.hyperedge.model.FederationSummary#getToldAt <em>Told At</em>}</li>
 *   <li>{@link org.hyperedge.model.FederationSummary#getOffers <em>Offers</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getFederationSummary()
 * @model
 * @generated
 */
public interface FederationSummary extends EObject {
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many nodes the site runs services on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' attribute.
	 * @see #setNodes(int)
	 * @see org.hyperedge.model.HyperEdgePackage#getFederationSummary_Nodes()
	 * @model
	 * @generated
	 */
	int getNodes();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.FederationSummary#getNodes <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nodes</em>' attribute.
	 * @see #getNodes()
	 * @generated
	 */
	void setNodes(int value);

	/**
	 * Returns the value of the '<em><b>Free Partitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of their partitions are free.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Free Partitions</em>' attribute.
	 * @see #setFreePartitions(int)
	 * @see org.hyperedge.model.HyperEdgePackage#getFederationSummary_FreePartitions()
	 * @model
	 * @generated
	 */
	int getFreePartitions();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.FederationSummary#getFreePartitions <em>Free Partitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Free Partitions</em>' attribute.
	 * @see #getFreePartitions()
	 * @generated
	 */
	void setFreePartitions(int value);

	/**
	 * Returns the value of the '<em><b>Partitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many partitions its nodes have in all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partitions</em>' attribute.
	 * @see #setPartitions(int)
	 * @see org.hyperedge.model.HyperEdgePackage#getFederationSummary_Partitions()
	 * @model
	 * @generated
	 */
	int getPartitions();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.FederationSummary#getPartitions <em>Partitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partitions</em>' attribute.
	 * @see #getPartitions()
	 * @generated
	 */
	void setPartitions(int value);

	/**
	 * Returns the value of the '<em><b>Told At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When this master received the summary: its age says how current it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Told At</em>' attribute.
	 * @see #setToldAt(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getFederationSummary_ToldAt()
	 * @model
	 * @generated
	 */
	Date getToldAt();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.FederationSummary#getToldAt <em>Told At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Told At</em>' attribute.
	 * @see #getToldAt()
	 * @generated
	 */
	void setToldAt(Date value);

	/**
	 * Returns the value of the '<em><b>Offers</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.CatalogOffer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offers</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getFederationSummary_Offers()
	 * @model containment="true"
	 * @generated
	 */
	EList<CatalogOffer> getOffers();

} // FederationSummary
