/**
 */
package org.hyperedge.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.PromiseCheck;
import org.hyperedge.model.PromiseKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Promise Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.PromiseCheckImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PromiseCheckImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PromiseCheckImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PromiseCheckImpl#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PromiseCheckImpl#getPeriodSeconds <em>Period Seconds</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PromiseCheckImpl#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.PromiseCheckImpl#isBangOnFailure <em>Bang On Failure</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PromiseCheckImpl extends EObjectImpl implements PromiseCheck {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PromiseKind KIND_EDEFAULT = PromiseKind.TCP;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PromiseKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPECTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected String expected = EXPECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodSeconds() <em>Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_SECONDS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getPeriodSeconds() <em>Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected int periodSeconds = PERIOD_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMEOUT_SECONDS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected int timeoutSeconds = TIMEOUT_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #isBangOnFailure() <em>Bang On Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBangOnFailure()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BANG_ON_FAILURE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBangOnFailure() <em>Bang On Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBangOnFailure()
	 * @generated
	 * @ordered
	 */
	protected boolean bangOnFailure = BANG_ON_FAILURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PromiseCheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.PROMISE_CHECK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_CHECK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PromiseKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PromiseKind newKind) {
		PromiseKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_CHECK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_CHECK__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpected() {
		return expected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpected(String newExpected) {
		String oldExpected = expected;
		expected = newExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_CHECK__EXPECTED, oldExpected, expected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodSeconds() {
		return periodSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodSeconds(int newPeriodSeconds) {
		int oldPeriodSeconds = periodSeconds;
		periodSeconds = newPeriodSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_CHECK__PERIOD_SECONDS, oldPeriodSeconds, periodSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeoutSeconds() {
		return timeoutSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutSeconds(int newTimeoutSeconds) {
		int oldTimeoutSeconds = timeoutSeconds;
		timeoutSeconds = newTimeoutSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_CHECK__TIMEOUT_SECONDS, oldTimeoutSeconds, timeoutSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBangOnFailure() {
		return bangOnFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBangOnFailure(boolean newBangOnFailure) {
		boolean oldBangOnFailure = bangOnFailure;
		bangOnFailure = newBangOnFailure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.PROMISE_CHECK__BANG_ON_FAILURE, oldBangOnFailure, bangOnFailure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperEdgePackage.PROMISE_CHECK__NAME:
				return getName();
			case HyperEdgePackage.PROMISE_CHECK__KIND:
				return getKind();
			case HyperEdgePackage.PROMISE_CHECK__TARGET:
				return getTarget();
			case HyperEdgePackage.PROMISE_CHECK__EXPECTED:
				return getExpected();
			case HyperEdgePackage.PROMISE_CHECK__PERIOD_SECONDS:
				return getPeriodSeconds();
			case HyperEdgePackage.PROMISE_CHECK__TIMEOUT_SECONDS:
				return getTimeoutSeconds();
			case HyperEdgePackage.PROMISE_CHECK__BANG_ON_FAILURE:
				return isBangOnFailure();
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
			case HyperEdgePackage.PROMISE_CHECK__NAME:
				setName((String)newValue);
				return;
			case HyperEdgePackage.PROMISE_CHECK__KIND:
				setKind((PromiseKind)newValue);
				return;
			case HyperEdgePackage.PROMISE_CHECK__TARGET:
				setTarget((String)newValue);
				return;
			case HyperEdgePackage.PROMISE_CHECK__EXPECTED:
				setExpected((String)newValue);
				return;
			case HyperEdgePackage.PROMISE_CHECK__PERIOD_SECONDS:
				setPeriodSeconds((Integer)newValue);
				return;
			case HyperEdgePackage.PROMISE_CHECK__TIMEOUT_SECONDS:
				setTimeoutSeconds((Integer)newValue);
				return;
			case HyperEdgePackage.PROMISE_CHECK__BANG_ON_FAILURE:
				setBangOnFailure((Boolean)newValue);
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
			case HyperEdgePackage.PROMISE_CHECK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case HyperEdgePackage.PROMISE_CHECK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case HyperEdgePackage.PROMISE_CHECK__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case HyperEdgePackage.PROMISE_CHECK__EXPECTED:
				setExpected(EXPECTED_EDEFAULT);
				return;
			case HyperEdgePackage.PROMISE_CHECK__PERIOD_SECONDS:
				setPeriodSeconds(PERIOD_SECONDS_EDEFAULT);
				return;
			case HyperEdgePackage.PROMISE_CHECK__TIMEOUT_SECONDS:
				setTimeoutSeconds(TIMEOUT_SECONDS_EDEFAULT);
				return;
			case HyperEdgePackage.PROMISE_CHECK__BANG_ON_FAILURE:
				setBangOnFailure(BANG_ON_FAILURE_EDEFAULT);
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
			case HyperEdgePackage.PROMISE_CHECK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case HyperEdgePackage.PROMISE_CHECK__KIND:
				return kind != KIND_EDEFAULT;
			case HyperEdgePackage.PROMISE_CHECK__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case HyperEdgePackage.PROMISE_CHECK__EXPECTED:
				return EXPECTED_EDEFAULT == null ? expected != null : !EXPECTED_EDEFAULT.equals(expected);
			case HyperEdgePackage.PROMISE_CHECK__PERIOD_SECONDS:
				return periodSeconds != PERIOD_SECONDS_EDEFAULT;
			case HyperEdgePackage.PROMISE_CHECK__TIMEOUT_SECONDS:
				return timeoutSeconds != TIMEOUT_SECONDS_EDEFAULT;
			case HyperEdgePackage.PROMISE_CHECK__BANG_ON_FAILURE:
				return bangOnFailure != BANG_ON_FAILURE_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", target: ");
		result.append(target);
		result.append(", expected: ");
		result.append(expected);
		result.append(", periodSeconds: ");
		result.append(periodSeconds);
		result.append(", timeoutSeconds: ");
		result.append(timeoutSeconds);
		result.append(", bangOnFailure: ");
		result.append(bangOnFailure);
		result.append(')');
		return result.toString();
	}

} //PromiseCheckImpl
