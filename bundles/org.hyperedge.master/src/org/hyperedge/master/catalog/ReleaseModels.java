package org.hyperedge.master.catalog;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.InstallStepKind;
import org.hyperedge.model.NamedPort;
import org.hyperedge.model.PromiseCheck;
import org.hyperedge.model.PromiseKind;
import org.hyperedge.model.ReleaseArtifact;
import org.hyperedge.model.ReleaseInstallStep;
import org.hyperedge.model.SoftwareRelease;
import org.hyperedge.model.SoftwareType;
import org.hyperedge.model.SupervisedProcess;
import org.hyperedge.model.TemplatedFile;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;

/** A release descriptor as the catalog model's {@link SoftwareRelease}. */
final class ReleaseModels {

    private static final HyperEdgeFactory MAKE = HyperEdgeFactory.eINSTANCE;

    private ReleaseModels() {
    }

    static SoftwareRelease of(ReleaseDescriptor descriptor) {
        SoftwareRelease release = MAKE.createSoftwareRelease();
        release.setId(descriptor.id());
        release.setName(descriptor.name());
        release.setVersion(descriptor.version());
        release.setDescription(descriptor.description());
        release.getRequires().addAll(descriptor.requires());
        for (ReleaseDescriptor.Artifact artifact : descriptor.artifacts()) {
            ReleaseArtifact made = MAKE.createReleaseArtifact();
            made.setName(artifact.name());
            made.setSha256(artifact.sha256());
            made.setSize(artifact.size());
            release.getArtifacts().add(made);
        }
        for (ReleaseDescriptor.InstallStep step : descriptor.install()) {
            ReleaseInstallStep made = MAKE.createReleaseInstallStep();
            made.setKind(InstallStepKind.get(step.kind().name().toLowerCase(Locale.ROOT)));
            made.setArtifact(step.artifact());
            if (step.command() != null) {
                made.getCommand().addAll(step.command());
            }
            release.getInstall().add(made);
        }
        descriptor.types().forEach((name, type) -> release.getTypes().add(type(name, type)));
        return release;
    }

    private static SoftwareType type(String name, SoftwareTypeDescriptor descriptor) {
        SoftwareType type = MAKE.createSoftwareType();
        type.setName(name);
        type.setDescription(descriptor.description());
        type.setParameterSchema(descriptor.parameterSchema() == null ? null : descriptor.parameterSchema().toString());
        type.setConnectionSchema(descriptor.connectionSchema() == null ? null : descriptor.connectionSchema().toString());
        type.setShared(descriptor.shared());
        for (SoftwareTypeDescriptor.FileTemplate file : descriptor.files()) {
            TemplatedFile made = MAKE.createTemplatedFile();
            made.setPath(file.path());
            made.setTemplate(file.template());
            made.setMode(file.mode());
            type.getFiles().add(made);
        }
        for (String port : descriptor.ports()) {
            NamedPort made = MAKE.createNamedPort();
            made.setName(port);
            type.getPorts().add(made);
        }
        for (SoftwareTypeDescriptor.ProcessSpec process : descriptor.processes()) {
            SupervisedProcess made = MAKE.createSupervisedProcess();
            made.setName(process.name());
            made.getCommand().addAll(process.command());
            entries(made.getEnvironment(), process.environment());
            type.getProcesses().add(made);
        }
        for (SoftwareTypeDescriptor.PromiseSpec promise : descriptor.promises()) {
            PromiseCheck made = MAKE.createPromiseCheck();
            made.setName(promise.name());
            made.setKind(PromiseKind.get(promise.kind().name().toLowerCase(Locale.ROOT)));
            made.setTarget(promise.target());
            made.setExpected(promise.expected());
            made.setPeriodSeconds(promise.periodSeconds());
            made.setTimeoutSeconds(promise.timeoutSeconds());
            made.setBangOnFailure(promise.bangOnFailure());
            type.getPromises().add(made);
        }
        entries(type.getConnection(), descriptor.connection());
        return type;
    }

    private static void entries(EList<Entry> into, Map<String, String> values) {
        if (values == null) {
            return;
        }
        values.forEach((key, value) -> {
            Entry entry = MAKE.createEntry();
            entry.setKey(key);
            entry.setValue(value);
            into.add(entry);
        });
    }
}
