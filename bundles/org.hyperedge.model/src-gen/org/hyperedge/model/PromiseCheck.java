/**
 */
package org.hyperedge.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Promise Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A health check of an instance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.PromiseCheck#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperedge.model.PromiseCheck#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperedge.model.PromiseCheck#getTarget <em>Target</em>}</li>
 *   <li>{@link org.hyperedge.model.PromiseCheck#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.hyperedge.model.PromiseCheck#getPeriodSeconds <em>Period Seconds</em>}</li>
 *   <li>{@link org.hyperedge.model.PromiseCheck#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 *   <li>{@link org.hyperedge.model.PromiseCheck#isBangOnFailure <em>Bang On Failure</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getPromiseCheck()
 * @model
 * @generated
 */
public interface PromiseCheck extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseCheck_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseCheck#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hyperedge.model.PromiseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hyperedge.model.PromiseKind
	 * @see #setKind(PromiseKind)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseCheck_Kind()
	 * @model required="true"
	 * @generated
	 */
	PromiseKind getKind();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseCheck#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hyperedge.model.PromiseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PromiseKind value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseCheck_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseCheck#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see #setExpected(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseCheck_Expected()
	 * @model
	 * @generated
	 */
	String getExpected();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseCheck#getExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(String value);

	/**
	 * Returns the value of the '<em><b>Period Seconds</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Seconds</em>' attribute.
	 * @see #setPeriodSeconds(int)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseCheck_PeriodSeconds()
	 * @model default="30"
	 * @generated
	 */
	int getPeriodSeconds();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseCheck#getPeriodSeconds <em>Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Seconds</em>' attribute.
	 * @see #getPeriodSeconds()
	 * @generated
	 */
	void setPeriodSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Timeout Seconds</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #setTimeoutSeconds(int)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseCheck_TimeoutSeconds()
	 * @model default="5"
	 * @generated
	 */
	int getTimeoutSeconds();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseCheck#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #getTimeoutSeconds()
	 * @generated
	 */
	void setTimeoutSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Bang On Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bang On Failure</em>' attribute.
	 * @see #setBangOnFailure(boolean)
	 * @see org.hyperedge.model.HyperEdgePackage#getPromiseCheck_BangOnFailure()
	 * @model
	 * @generated
	 */
	boolean isBangOnFailure();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.PromiseCheck#isBangOnFailure <em>Bang On Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bang On Failure</em>' attribute.
	 * @see #isBangOnFailure()
	 * @generated
	 */
	void setBangOnFailure(boolean value);

} // PromiseCheck
