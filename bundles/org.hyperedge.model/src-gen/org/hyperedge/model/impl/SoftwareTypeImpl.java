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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgePackage;
import org.hyperedge.model.NamedPort;
import org.hyperedge.model.PromiseCheck;
import org.hyperedge.model.SoftwareRelease;
import org.hyperedge.model.SoftwareType;
import org.hyperedge.model.SupervisedProcess;
import org.hyperedge.model.TemplatedFile;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Software Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getParameterSchema <em>Parameter Schema</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getConnectionSchema <em>Connection Schema</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#isShared <em>Shared</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getRelease <em>Release</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getProcesses <em>Processes</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getPromises <em>Promises</em>}</li>
 *   <li>{@link org.hyperedge.model.impl.SoftwareTypeImpl#getConnection <em>Connection</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SoftwareTypeImpl extends EObjectImpl implements SoftwareType {
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
	 * The default value of the '{@link #getParameterSchema() <em>Parameter Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterSchema()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER_SCHEMA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameterSchema() <em>Parameter Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterSchema()
	 * @generated
	 * @ordered
	 */
	protected String parameterSchema = PARAMETER_SCHEMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectionSchema() <em>Connection Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionSchema()
	 * @generated
	 * @ordered
	 */
	protected static final String CONNECTION_SCHEMA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConnectionSchema() <em>Connection Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionSchema()
	 * @generated
	 * @ordered
	 */
	protected String connectionSchema = CONNECTION_SCHEMA_EDEFAULT;

	/**
	 * The default value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected boolean shared = SHARED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<TemplatedFile> files;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedPort> ports;

	/**
	 * The cached value of the '{@link #getProcesses() <em>Processes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcesses()
	 * @generated
	 * @ordered
	 */
	protected EList<SupervisedProcess> processes;

	/**
	 * The cached value of the '{@link #getPromises() <em>Promises</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromises()
	 * @generated
	 * @ordered
	 */
	protected EList<PromiseCheck> promises;

	/**
	 * The cached value of the '{@link #getConnection() <em>Connection</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnection()
	 * @generated
	 * @ordered
	 */
	protected EList<Entry> connection;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SoftwareTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperEdgePackage.Literals.SOFTWARE_TYPE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_TYPE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_TYPE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameterSchema() {
		return parameterSchema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameterSchema(String newParameterSchema) {
		String oldParameterSchema = parameterSchema;
		parameterSchema = newParameterSchema;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_TYPE__PARAMETER_SCHEMA, oldParameterSchema, parameterSchema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConnectionSchema() {
		return connectionSchema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectionSchema(String newConnectionSchema) {
		String oldConnectionSchema = connectionSchema;
		connectionSchema = newConnectionSchema;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_TYPE__CONNECTION_SCHEMA, oldConnectionSchema, connectionSchema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShared() {
		return shared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShared(boolean newShared) {
		boolean oldShared = shared;
		shared = newShared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_TYPE__SHARED, oldShared, shared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareRelease getRelease() {
		if (eContainerFeatureID() != HyperEdgePackage.SOFTWARE_TYPE__RELEASE) return null;
		return (SoftwareRelease)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRelease(SoftwareRelease newRelease, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newRelease, HyperEdgePackage.SOFTWARE_TYPE__RELEASE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelease(SoftwareRelease newRelease) {
		if (newRelease != eInternalContainer() || (eContainerFeatureID() != HyperEdgePackage.SOFTWARE_TYPE__RELEASE && newRelease != null)) {
			if (EcoreUtil.isAncestor(this, newRelease))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newRelease != null)
				msgs = ((InternalEObject)newRelease).eInverseAdd(this, HyperEdgePackage.SOFTWARE_RELEASE__TYPES, SoftwareRelease.class, msgs);
			msgs = basicSetRelease(newRelease, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperEdgePackage.SOFTWARE_TYPE__RELEASE, newRelease, newRelease));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TemplatedFile> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<TemplatedFile>(TemplatedFile.class, this, HyperEdgePackage.SOFTWARE_TYPE__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedPort> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<NamedPort>(NamedPort.class, this, HyperEdgePackage.SOFTWARE_TYPE__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupervisedProcess> getProcesses() {
		if (processes == null) {
			processes = new EObjectContainmentEList<SupervisedProcess>(SupervisedProcess.class, this, HyperEdgePackage.SOFTWARE_TYPE__PROCESSES);
		}
		return processes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PromiseCheck> getPromises() {
		if (promises == null) {
			promises = new EObjectContainmentEList<PromiseCheck>(PromiseCheck.class, this, HyperEdgePackage.SOFTWARE_TYPE__PROMISES);
		}
		return promises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entry> getConnection() {
		if (connection == null) {
			connection = new EObjectContainmentEList<Entry>(Entry.class, this, HyperEdgePackage.SOFTWARE_TYPE__CONNECTION);
		}
		return connection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperEdgePackage.SOFTWARE_TYPE__RELEASE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetRelease((SoftwareRelease)otherEnd, msgs);
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
			case HyperEdgePackage.SOFTWARE_TYPE__RELEASE:
				return basicSetRelease(null, msgs);
			case HyperEdgePackage.SOFTWARE_TYPE__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
			case HyperEdgePackage.SOFTWARE_TYPE__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
			case HyperEdgePackage.SOFTWARE_TYPE__PROCESSES:
				return ((InternalEList<?>)getProcesses()).basicRemove(otherEnd, msgs);
			case HyperEdgePackage.SOFTWARE_TYPE__PROMISES:
				return ((InternalEList<?>)getPromises()).basicRemove(otherEnd, msgs);
			case HyperEdgePackage.SOFTWARE_TYPE__CONNECTION:
				return ((InternalEList<?>)getConnection()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case HyperEdgePackage.SOFTWARE_TYPE__RELEASE:
				return eInternalContainer().eInverseRemove(this, HyperEdgePackage.SOFTWARE_RELEASE__TYPES, SoftwareRelease.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperEdgePackage.SOFTWARE_TYPE__NAME:
				return getName();
			case HyperEdgePackage.SOFTWARE_TYPE__DESCRIPTION:
				return getDescription();
			case HyperEdgePackage.SOFTWARE_TYPE__PARAMETER_SCHEMA:
				return getParameterSchema();
			case HyperEdgePackage.SOFTWARE_TYPE__CONNECTION_SCHEMA:
				return getConnectionSchema();
			case HyperEdgePackage.SOFTWARE_TYPE__SHARED:
				return isShared();
			case HyperEdgePackage.SOFTWARE_TYPE__RELEASE:
				return getRelease();
			case HyperEdgePackage.SOFTWARE_TYPE__FILES:
				return getFiles();
			case HyperEdgePackage.SOFTWARE_TYPE__PORTS:
				return getPorts();
			case HyperEdgePackage.SOFTWARE_TYPE__PROCESSES:
				return getProcesses();
			case HyperEdgePackage.SOFTWARE_TYPE__PROMISES:
				return getPromises();
			case HyperEdgePackage.SOFTWARE_TYPE__CONNECTION:
				return getConnection();
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
			case HyperEdgePackage.SOFTWARE_TYPE__NAME:
				setName((String)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__PARAMETER_SCHEMA:
				setParameterSchema((String)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__CONNECTION_SCHEMA:
				setConnectionSchema((String)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__SHARED:
				setShared((Boolean)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__RELEASE:
				setRelease((SoftwareRelease)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends TemplatedFile>)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends NamedPort>)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__PROCESSES:
				getProcesses().clear();
				getProcesses().addAll((Collection<? extends SupervisedProcess>)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__PROMISES:
				getPromises().clear();
				getPromises().addAll((Collection<? extends PromiseCheck>)newValue);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__CONNECTION:
				getConnection().clear();
				getConnection().addAll((Collection<? extends Entry>)newValue);
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
			case HyperEdgePackage.SOFTWARE_TYPE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__PARAMETER_SCHEMA:
				setParameterSchema(PARAMETER_SCHEMA_EDEFAULT);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__CONNECTION_SCHEMA:
				setConnectionSchema(CONNECTION_SCHEMA_EDEFAULT);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__SHARED:
				setShared(SHARED_EDEFAULT);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__RELEASE:
				setRelease((SoftwareRelease)null);
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__FILES:
				getFiles().clear();
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__PORTS:
				getPorts().clear();
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__PROCESSES:
				getProcesses().clear();
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__PROMISES:
				getPromises().clear();
				return;
			case HyperEdgePackage.SOFTWARE_TYPE__CONNECTION:
				getConnection().clear();
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
			case HyperEdgePackage.SOFTWARE_TYPE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case HyperEdgePackage.SOFTWARE_TYPE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case HyperEdgePackage.SOFTWARE_TYPE__PARAMETER_SCHEMA:
				return PARAMETER_SCHEMA_EDEFAULT == null ? parameterSchema != null : !PARAMETER_SCHEMA_EDEFAULT.equals(parameterSchema);
			case HyperEdgePackage.SOFTWARE_TYPE__CONNECTION_SCHEMA:
				return CONNECTION_SCHEMA_EDEFAULT == null ? connectionSchema != null : !CONNECTION_SCHEMA_EDEFAULT.equals(connectionSchema);
			case HyperEdgePackage.SOFTWARE_TYPE__SHARED:
				return shared != SHARED_EDEFAULT;
			case HyperEdgePackage.SOFTWARE_TYPE__RELEASE:
				return getRelease() != null;
			case HyperEdgePackage.SOFTWARE_TYPE__FILES:
				return files != null && !files.isEmpty();
			case HyperEdgePackage.SOFTWARE_TYPE__PORTS:
				return ports != null && !ports.isEmpty();
			case HyperEdgePackage.SOFTWARE_TYPE__PROCESSES:
				return processes != null && !processes.isEmpty();
			case HyperEdgePackage.SOFTWARE_TYPE__PROMISES:
				return promises != null && !promises.isEmpty();
			case HyperEdgePackage.SOFTWARE_TYPE__CONNECTION:
				return connection != null && !connection.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", parameterSchema: ");
		result.append(parameterSchema);
		result.append(", connectionSchema: ");
		result.append(connectionSchema);
		result.append(", shared: ");
		result.append(shared);
		result.append(')');
		return result.toString();
	}

} //SoftwareTypeImpl
