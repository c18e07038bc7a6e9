/**
 */
package org.hyperedge.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.InstallStepKind;
import org.hyperedge.model.ReleaseInstallStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Release Install Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.ReleaseInstallStepImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.ReleaseInstallStepImpl#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.ReleaseInstallStepImpl#getCommand <em>Command</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReleaseInstallStepImpl extends EObjectImpl implements ReleaseInstallStep {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InstallStepKind KIND_EDEFAULT = InstallStepKind.UNPACK;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InstallStepKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getArtifact() <em>Artifact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifact()
	 * @generated
	 * @ordered
	 */
	protected static final String ARTIFACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArtifact() <em>Artifact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifact()
	 * @generated
	 * @ordered
	 */
	protected String artifact = ARTIFACT_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReleaseInstallStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.RELEASE_INSTALL_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstallStepKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InstallStepKind newKind) {
		InstallStepKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.RELEASE_INSTALL_STEP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArtifact() {
		return artifact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArtifact(String newArtifact) {
		String oldArtifact = artifact;
		artifact = newArtifact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.RELEASE_INSTALL_STEP__ARTIFACT, oldArtifact, artifact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommand() {
		if (command == null) {
			command = new EDataTypeEList<String>(String.class, this, HyperEdgePackage.RELEASE_INSTALL_STEP__COMMAND);
		}
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperEdgePackage.RELEASE_INSTALL_STEP__KIND:
				return getKind();
			case HyperEdgePackage.RELEASE_INSTALL_STEP__ARTIFACT:
				return getArtifact();
			case HyperEdgePackage.RELEASE_INSTALL_STEP__COMMAND:
				return getCommand();
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
			case HyperEdgePackage.RELEASE_INSTALL_STEP__KIND:
				setKind((InstallStepKind)newValue);
				return;
			case HyperEdgePackage.RELEASE_INSTALL_STEP__ARTIFACT:
				setArtifact((String)newValue);
				return;
			case HyperEdgePackage.RELEASE_INSTALL_STEP__COMMAND:
				getCommand().clear();
				getCommand().addAll((Collection<? extends String>)newValue);
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
			case HyperEdgePackage.RELEASE_INSTALL_STEP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case HyperEdgePackage.RELEASE_INSTALL_STEP__ARTIFACT:
				setArtifact(ARTIFACT_EDEFAULT);
				return;
			case HyperEdgePackage.RELEASE_INSTALL_STEP__COMMAND:
				getCommand().clear();
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
			case HyperEdgePackage.RELEASE_INSTALL_STEP__KIND:
				return kind != KIND_EDEFAULT;
			case HyperEdgePackage.RELEASE_INSTALL_STEP__ARTIFACT:
				return ARTIFACT_EDEFAULT == null ? artifact != null : !ARTIFACT_EDEFAULT.equals(artifact);
			case HyperEdgePackage.RELEASE_INSTALL_STEP__COMMAND:
				return command != null && !command.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", artifact: ");
		result.append(artifact);
		result.append(", command: ");
		result.append(command);
		result.append(')');
		return result.toString();
	}

} //ReleaseInstallStepImpl
