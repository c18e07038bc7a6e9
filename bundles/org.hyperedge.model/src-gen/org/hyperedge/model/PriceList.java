/**
 */
package org.hyperedge.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Price List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Prices per resource unit, in one currency, from a date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.PriceList#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.hyperedge.model.PriceList#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.hyperedge.model.PriceList#getPrices <em>Prices</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getPriceList()
 * @model
 * @generated
 */
public interface PriceList extends EObject {
	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getPriceList_Currency()
	 * @model required="true"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PriceList#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getPriceList_ValidFrom()
	 * @model
	 * @generated
	 */
	Date getValidFrom();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PriceList#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(Date value);

	/**
	 * Returns the value of the '<em><b>Prices</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.Price}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prices</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getPriceList_Prices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Price> getPrices();

} // PriceList
