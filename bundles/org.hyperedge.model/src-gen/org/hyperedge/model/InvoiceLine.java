/**
 */
package org.hyperedge.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Invoice Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One instance tree and resource on an invoice.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.InvoiceLine#getTreeId <em>Tree Id</em>}</li>
 *   <li>{@link org.hyperedge.model.InvoiceLine#getResource <em>Resource</em>}</li>
 *   <li>{@link org.hyperedge.model.InvoiceLine#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.hyperedge.model.InvoiceLine#getUnitPrice <em>Unit Price</em>}</li>
 *   <li>{@link org.hyperedge.model.InvoiceLine#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getInvoiceLine()
 * @model
 * @generated
 */
public interface InvoiceLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Tree Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tree Id</em>' attribute.
	 * @see #setTreeId(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoiceLine_TreeId()
	 * @model
	 * @generated
	 */
	long getTreeId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.InvoiceLine#getTreeId <em>Tree Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tree Id</em>' attribute.
	 * @see #getTreeId()
	 * @generated
	 */
	void setTreeId(long value);

	/**
	 * Returns the value of the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' attribute.
	 * @see #setResource(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoiceLine_Resource()
	 * @model
	 * @generated
	 */
	String getResource();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.InvoiceLine#getResource <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' attribute.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(String value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(BigDecimal)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoiceLine_Quantity()
	 * @model
	 * @generated
	 */
	BigDecimal getQuantity();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.InvoiceLine#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Price</em>' attribute.
	 * @see #setUnitPrice(BigDecimal)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoiceLine_UnitPrice()
	 * @model
	 * @generated
	 */
	BigDecimal getUnitPrice();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.InvoiceLine#getUnitPrice <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Price</em>' attribute.
	 * @see #getUnitPrice()
	 * @generated
	 */
	void setUnitPrice(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoiceLine_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.InvoiceLine#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

} // InvoiceLine
