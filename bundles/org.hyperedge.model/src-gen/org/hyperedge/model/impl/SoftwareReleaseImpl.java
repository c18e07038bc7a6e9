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
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.ReleaseArtifact;
import org.hyperedge.model.ReleaseInstallStep;
import org.hyperedge.model.SoftwareRelease;
import org.hyperedge.model.SoftwareType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Software Release</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.SoftwareReleaseImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareReleaseImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareReleaseImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareReleaseImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareReleaseImpl#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareReleaseImpl#getRequires <em>Requires</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareReleaseImpl#getInstall <em>Install</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareReleaseImpl#getTypes <em>Types</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SoftwareReleaseImpl extends EObjectImpl implements SoftwareRelease {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArtifacts() <em>Artifacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifacts()
	 * @generated
	 * @ordered
	 */
	protected EList<ReleaseArtifact> artifacts;

	/**
	 * The cached value of the '{@link #getRequires() <em>Requires</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequires()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requires;

	/**
	 * The cached value of the '{@link #getInstall() <em>Install</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstall()
	 * @generated
	 * @ordered
	 */
	protected EList<ReleaseInstallStep> install;

	/**
	 * The cached value of the '{@link #getTypes() <em>Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<SoftwareType> types;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SoftwareReleaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.SOFTWARE_RELEASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_RELEASE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_RELEASE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_RELEASE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_RELEASE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReleaseArtifact> getArtifacts() {
		if (artifacts == null) {
			artifacts = new EObjectContainmentEList<ReleaseArtifact>(ReleaseArtifact.class, this, HyperEdgePackage.SOFTWARE_RELEASE__ARTIFACTS);
		}
		return artifacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequires() {
		if (requires == null) {
			requires = new EDataTypeEList<String>(String.class, this, HyperEdgePackage.SOFTWARE_RELEASE__REQUIRES);
		}
		return requires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReleaseInstallStep> getInstall() {
		if (install == null) {
			install = new EObjectContainmentEList<ReleaseInstallStep>(ReleaseInstallStep.class, this, HyperEdgePackage.SOFTWARE_RELEASE__INSTALL);
		}
		return install;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SoftwareType> getTypes() {
		if (types == null) {
			types = new EObjectContainmentWithInverseEList<SoftwareType>(SoftwareType.class, this, HyperEdgePackage.SOFTWARE_RELEASE__TYPES, HyperEdgePackage.SOFTWARE_TYPE__RELEASE);
		}
		return types;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.SOFTWARE_RELEASE__TYPES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTypes()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.SOFTWARE_RELEASE__ARTIFACTS:
				return ((InternalEList<?>)getArtifacts()).basicRemove(otherEnd, msgs);
			case HyperEdgePackage.SOFTWARE_RELEASE__INSTALL:
				return ((InternalEList<?>)getInstall()).basicRemove(otherEnd, msgs);
			case HyperEdgePackage.SOFTWARE_RELEASE__TYPES:
				return ((InternalEList<?>)getTypes()).basicRemove(otherEnd, msgs);
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
			case HyperEdgePackage.SOFTWARE_RELEASE__ID:
				return getId();
			case HyperEdgePackage.SOFTWARE_RELEASE__NAME:
				return getName();
			case HyperEdgePackage.SOFTWARE_RELEASE__VERSION:
				return getVersion();
			case HyperEdgePackage.SOFTWARE_RELEASE__DESCRIPTION:
				return getDescription();
			case HyperEdgePackage.SOFTWARE_RELEASE__ARTIFACTS:
				return getArtifacts();
			case HyperEdgePackage.SOFTWARE_RELEASE__REQUIRES:
				return getRequires();
			case HyperEdgePackage.SOFTWARE_RELEASE__INSTALL:
				return getInstall();
			case HyperEdgePackage.SOFTWARE_RELEASE__TYPES:
				return getTypes();
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
			case HyperEdgePackage.SOFTWARE_RELEASE__ID:
				setId((String)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__NAME:
				setName((String)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__VERSION:
				setVersion((String)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__ARTIFACTS:
				getArtifacts().clear();
				getArtifacts().addAll((Collection<? extends ReleaseArtifact>)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__REQUIRES:
				getRequires().clear();
				getRequires().addAll((Collection<? extends String>)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__INSTALL:
				getInstall().clear();
				getInstall().addAll((Collection<? extends ReleaseInstallStep>)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__TYPES:
				getTypes().clear();
				getTypes().addAll((Collection<? extends SoftwareType>)newValue);
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
			case HyperEdgePackage.SOFTWARE_RELEASE__ID:
				setId(ID_EDEFAULT);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__ARTIFACTS:
				getArtifacts().clear();
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__REQUIRES:
				getRequires().clear();
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__INSTALL:
				getInstall().clear();
				return;
			case HyperEdgePackage.SOFTWARE_RELEASE__TYPES:
				getTypes().clear();
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
			case HyperEdgePackage.SOFTWARE_RELEASE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case HyperEdgePackage.SOFTWARE_RELEASE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case HyperEdgePackage.SOFTWARE_RELEASE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case HyperEdgePackage.SOFTWARE_RELEASE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case HyperEdgePackage.SOFTWARE_RELEASE__ARTIFACTS:
				return artifacts != null && !artifacts.isEmpty();
			case HyperEdgePackage.SOFTWARE_RELEASE__REQUIRES:
				return requires != null && !requires.isEmpty();
			case HyperEdgePackage.SOFTWARE_RELEASE__INSTALL:
				return install != null && !install.isEmpty();
			case HyperEdgePackage.SOFTWARE_RELEASE__TYPES:
				return types != null && !types.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(", description: ");
		result.append(description);
		result.append(", requires: ");
		result.append(requires);
		result.append(')');
		return result.toString();
	}

} //SoftwareReleaseImpl
