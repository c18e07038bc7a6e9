/**
 */
package org.hyperedge.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.PromiseResult;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Promise Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.PromiseResultImpl#getPromise <em>Promise</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PromiseResultImpl#isSuccess <em>Success</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PromiseResultImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PromiseResultImpl#getCheckedAt <em>Checked At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PromiseResultImpl extends EObjectImpl implements PromiseResult {
	/**
	 * The default value of the '{@link #getPromise() <em>Promise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromise()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMISE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPromise() <em>Promise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromise()
	 * @generated
	 * @ordered
	 */
	protected String promise = PROMISE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSuccess() <em>Success</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuccess()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUCCESS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSuccess() <em>Success</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuccess()
	 * @generated
	 * @ordered
	 */
	protected boolean success = SUCCESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheckedAt() <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CHECKED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheckedAt() <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected Date checkedAt = CHECKED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PromiseResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.PROMISE_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPromise() {
		return promise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromise(String newPromise) {
		String oldPromise = promise;
		promise = newPromise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_RESULT__PROMISE, oldPromise, promise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSuccess() {
		return success;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccess(boolean newSuccess) {
		boolean oldSuccess = success;
		success = newSuccess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_RESULT__SUCCESS, oldSuccess, success));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_RESULT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCheckedAt() {
		return checkedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckedAt(Date newCheckedAt) {
		Date oldCheckedAt = checkedAt;
		checkedAt = newCheckedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_RESULT__CHECKED_AT, oldCheckedAt, checkedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperEdgePackage.PROMISE_RESULT__PROMISE:
				return getPromise();
			case HyperEdgePackage.PROMISE_RESULT__SUCCESS:
				return isSuccess();
			case HyperEdgePackage.PROMISE_RESULT__MESSAGE:
				return getMessage();
			case HyperEdgePackage.PROMISE_RESULT__CHECKED_AT:
				return getCheckedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HyperEdgePackage.PROMISE_RESULT__PROMISE:
				setPromise((String)newValue);
				return;
			case HyperEdgePackage.PROMISE_RESULT__SUCCESS:
				setSuccess((Boolean)newValue);
				return;
			case HyperEdgePackage.PROMISE_RESULT__MESSAGE:
				setMessage((String)newValue);
				return;
			case HyperEdgePackage.PROMISE_RESULT__CHECKED_AT:
				setCheckedAt((Date)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HyperEdgePackage.PROMISE_RESULT__PROMISE:
				setPromise(PROMISE_EDEFAULT);
				return;
			case HyperEdgePackage.PROMISE_RESULT__SUCCESS:
				setSuccess(SUCCESS_EDEFAULT);
				return;
			case HyperEdgePackage.PROMISE_RESULT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case HyperEdgePackage.PROMISE_RESULT__CHECKED_AT:
				setCheckedAt(CHECKED_AT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HyperEdgePackage.PROMISE_RESULT__PROMISE:
				return PROMISE_EDEFAULT == null ? promise != null : !PROMISE_EDEFAULT.equals(promise);
			case HyperEdgePackage.PROMISE_RESULT__SUCCESS:
				return success != SUCCESS_EDEFAULT;
			case HyperEdgePackage.PROMISE_RESULT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case HyperEdgePackage.PROMISE_RESULT__CHECKED_AT:
				return CHECKED_AT_EDEFAULT == null ? checkedAt != null : !CHECKED_AT_EDEFAULT.equals(checkedAt);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (promise: ");
		result.append(promise);
		result.append(", success: ");
		result.append(success);
		result.append(", message: ");
		result.append(message);
		result.append(", checkedAt: ");
		result.append(checkedAt);
		result.append(')');
		return result.toString();
	}

} //PromiseResultImpl
