/**
 */
package org.hyperedge.model;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Invoice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a project owes for a period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.Invoice#getNumber <em>Number</em>}</li>
 *   <li>{@link org.hyperedge.model.Invoice#getProject <em>Project</em>}</li>
 *   <li>{@link org.hyperedge.model.Invoice#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.hyperedge.model.Invoice#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.hyperedge.model.Invoice#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.hyperedge.model.Invoice#getState <em>State</em>}</li>
 *   <li>{@link org.hyperedge.model.Invoice#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.hyperedge.model.Invoice#getLines <em>Lines</em>}</li>
 *   <li>{@link org.hyperedge.model.Invoice#getTotal <em>Total</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getInvoice()
 * @model
 * @generated
 */
public interface Invoice extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoice_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Invoice#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Project</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' attribute.
	 * @see #setProject(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoice_Project()
	 * @model required="true"
	 * @generated
	 */
	String getProject();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Invoice#getProject <em>Project</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' attribute.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(String value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoice_PeriodStart()
	 * @model
	 * @generated
	 */
	Date getPeriodStart();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Invoice#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(Date value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoice_PeriodEnd()
	 * @model
	 * @generated
	 */
	Date getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Invoice#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoice_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Invoice#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hyperedge.model.InvoiceState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.hyperedge.model.InvoiceState
	 * @see #setState(InvoiceState)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoice_State()
	 * @model
	 * @generated
	 */
	InvoiceState getState();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Invoice#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.hyperedge.model.InvoiceState
	 * @see #getState()
	 * @generated
	 */
	void setState(InvoiceState value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoice_DueDate()
	 * @model
	 * @generated
	 */
	Date getDueDate();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Invoice#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(Date value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.InvoiceLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoice_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<InvoiceLine> getLines();

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(BigDecimal)
	 * @see org.hyperedge.model.HyperEdgePackage#getInvoice_Total()
	 * @model
	 * @generated
	 */
	BigDecimal getTotal();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Invoice#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(BigDecimal value);

} // Invoice
