/**
 */
package org.hyperedge.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Promise Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The outcome of one promise check.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.PromiseResult#getPromise <em>Promise</em>}</li>
 *   <li>{@link org.hyperedge.model.PromiseResult#isSuccess <em>Success</em>}</li>
 *   <li>{@link org.hyperedge.model.PromiseResult#getMessage <em>Message</em>}</li>
 *   <li>{@link org.hyperedge.model.PromiseResult#getCheckedAt <em>Checked At</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getPromiseResult()
 * @model
 * @generated
 */
public interface PromiseResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Promise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promise</em>' attribute.
	 * @see #setPromise(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseResult_Promise()
	 * @model required="true"
	 * @generated
	 */
	String getPromise();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseResult#getPromise <em>Promise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promise</em>' attribute.
	 * @see #getPromise()
	 * @generated
	 */
	void setPromise(String value);

	/**
	 * Returns the value of the '<em><b>Success</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Success</em>' attribute.
	 * @see #setSuccess(boolean)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseResult_Success()
	 * @model
	 * @generated
	 */
	boolean isSuccess();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseResult#isSuccess <em>Success</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Success</em>' attribute.
	 * @see #isSuccess()
	 * @generated
	 */
	void setSuccess(boolean value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseResult_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseResult#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checked At</em>' attribute.
	 * @see #setCheckedAt(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseResult_CheckedAt()
	 * @model
	 * @generated
	 */
	Date getCheckedAt();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseResult#getCheckedAt <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked At</em>' attribute.
	 * @see #getCheckedAt()
	 * @generated
	 */
	void setCheckedAt(Date value);

} // PromiseResult
