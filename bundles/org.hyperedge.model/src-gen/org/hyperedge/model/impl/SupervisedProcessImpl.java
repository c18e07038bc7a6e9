/**
 */
package org.hyperedge.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.SupervisedProcess;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supervised Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.SupervisedProcessImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SupervisedProcessImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SupervisedProcessImpl#getEnvironment <em>Environment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupervisedProcessImpl extends EObjectImpl implements SupervisedProcess {
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
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected EList<String> command;

	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected EList<Entry> environment;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupervisedProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.SUPERVISED_PROCESS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SUPERVISED_PROCESS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommand() {
		if (command == null) {
			command = new EDataTypeEList<String>(String.class, this, HyperEdgePackage.SUPERVISED_PROCESS__COMMAND);
		}
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entry> getEnvironment() {
		if (environment == null) {
			environment = new EObjectContainmentEList<Entry>(Entry.class, this, HyperEdgePackage.SUPERVISED_PROCESS__ENVIRONMENT);
		}
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.SUPERVISED_PROCESS__ENVIRONMENT:
				return ((InternalEList<?>)getEnvironment()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperEdgePackage.SUPERVISED_PROCESS__NAME:
				return getName();
			case HyperEdgePackage.SUPERVISED_PROCESS__COMMAND:
				return getCommand();
			case HyperEdgePackage.SUPERVISED_PROCESS__ENVIRONMENT:
				return getEnvironment();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HyperEdgePackage.SUPERVISED_PROCESS__NAME:
				setName((String)newValue);
				return;
			case HyperEdgePackage.SUPERVISED_PROCESS__COMMAND:
				getCommand().clear();
				getCommand().addAll((Collection<? extends String>)newValue);
				return;
			case HyperEdgePackage.SUPERVISED_PROCESS__ENVIRONMENT:
				getEnvironment().clear();
				getEnvironment().addAll((Collection<? extends Entry>)newValue);
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
			case HyperEdgePackage.SUPERVISED_PROCESS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case HyperEdgePackage.SUPERVISED_PROCESS__COMMAND:
				getCommand().clear();
				return;
			case HyperEdgePackage.SUPERVISED_PROCESS__ENVIRONMENT:
				getEnvironment().clear();
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
			case HyperEdgePackage.SUPERVISED_PROCESS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case HyperEdgePackage.SUPERVISED_PROCESS__COMMAND:
				return command != null && !command.isEmpty();
			case HyperEdgePackage.SUPERVISED_PROCESS__ENVIRONMENT:
				return environment != null && !environment.isEmpty();
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
		result.append(", command: ");
		result.append(command);
		result.append(')');
		return result.toString();
	}

} //SupervisedProcessImpl
