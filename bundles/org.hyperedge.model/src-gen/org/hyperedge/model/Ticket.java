/**
 */
package org.hyperedge.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ticket</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tracked issue, opened automatically or by hand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.Ticket#getId <em>Id</em>}</li>
 *   <li>{@link org.hyperedge.model.Ticket#getCause <em>Cause</em>}</li>
 *   <li>{@link org.hyperedge.model.Ticket#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.hyperedge.model.Ticket#getReason <em>Reason</em>}</li>
 *   <li>{@link org.hyperedge.model.Ticket#getState <em>State</em>}</li>
 *   <li>{@link org.hyperedge.model.Ticket#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.hyperedge.model.Ticket#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link org.hyperedge.model.Ticket#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @see org.hyperedge.model.HyperEdgePackage#getTicket()
 * @model
 * @generated
 */
public interface Ticket extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.hyperedge.model.HyperEdgePackage#getTicket_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Ticket#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cause</em>' attribute.
	 * @see #setCause(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getTicket_Cause()
	 * @model required="true"
	 * @generated
	 */
	String getCause();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Ticket#getCause <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' attribute.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getTicket_Subject()
	 * @model required="true"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Ticket#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getTicket_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Ticket#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hyperedge.model.TicketState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.hyperedge.model.TicketState
	 * @see #setState(TicketState)
	 * @see org.hyperedge.model.HyperEdgePackage#getTicket_State()
	 * @model
	 * @generated
	 */
	TicketState getState();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Ticket#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.hyperedge.model.TicketState
	 * @see #getState()
	 * @generated
	 */
	void setState(TicketState value);

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignee</em>' attribute.
	 * @see #setAssignee(String)
	 * @see org.hyperedge.model.HyperEdgePackage#getTicket_Assignee()
	 * @model
	 * @generated
	 */
	String getAssignee();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Ticket#getAssignee <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' attribute.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(String value);

	/**
	 * Returns the value of the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened At</em>' attribute.
	 * @see #setOpenedAt(Date)
	 * @see org.hyperedge.model.HyperEdgePackage#getTicket_OpenedAt()
	 * @model
	 * @generated
	 */
	Date getOpenedAt();

	/**
	 * Sets the value of the '{@link org.hyperedge.model.Ticket#getOpenedAt <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened At</em>' attribute.
	 * @see #getOpenedAt()
	 * @generated
	 */
	void setOpenedAt(Date value);

	/**
	 * Returns the value of the '<em><b>History</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperedge.model.TicketEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>History</em>' containment reference list.
	 * @see org.hyperedge.model.HyperEdgePackage#getTicket_History()
	 * @model containment="true"
	 * @generated
	 */
	EList<TicketEvent> getHistory();

} // Ticket
