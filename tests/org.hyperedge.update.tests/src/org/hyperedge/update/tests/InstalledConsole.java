package org.hyperedge.update.tests;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * A console installed by p2 into a directory of its own, as the build's director installs the product: a p2 agent
 * (install/p2), a profile whose install folder and bundle pool are the directory, the product unit as its root.
 */
public final class InstalledConsole implements AutoCloseable {

    public static final String PROFILE = "DefaultProfile";

    public final Path folder;
    public final IProvisioningAgent agent;

    private InstalledConsole(Path folder, IProvisioningAgent agent) {
        this.folder = folder;
        this.agent = agent;
    }

    /** An empty installation with its agent and profile; nothing installed yet. */
    public static InstalledConsole create(Path folder) throws Exception {
        IProvisioningAgent agent = newAgent(folder.resolve("p2"));
        agent.getService(IProfileRegistry.class).addProfile(PROFILE, Map.of(
                IProfile.PROP_INSTALL_FOLDER, folder.toString(),
                IProfile.PROP_CACHE, folder.toString(),
                IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64",
                "org.eclipse.update.install.features", "true"));
        return new InstalledConsole(folder, agent);
    }

    /** A p2 agent keeping its data in {@code location}: an installation's, or the one publishing the sites. */
    public static IProvisioningAgent newAgent(Path location) throws Exception {
        // p2 core's context: this bundle may be only resolved, not started, in another test bundle's runtime
        BundleContext context = FrameworkUtil.getBundle(IProvisioningAgent.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference =
                context.getServiceReference(IProvisioningAgentProvider.class);
        return context.getService(reference).createAgent(location.toUri());
    }

    /** Installs the product from {@code site} as the build installs it the first time. */
    public void installFrom(URI site) throws Exception {
        IInstallableUnit product = agent.getService(IMetadataRepositoryManager.class).loadRepository(site, null)
                .query(QueryUtil.createIUQuery(PublishedConsole.PRODUCT), null).iterator().next();
        InstallOperation install = new InstallOperation(new ProvisioningSession(agent), java.util.List.of(product));
        install.setProfileId(PROFILE);
        install.getProvisioningContext().setMetadataRepositories(site);
        install.getProvisioningContext().setArtifactRepositories(site);
        IStatus resolved = install.resolveModal(new NullProgressMonitor());
        if (!resolved.isOK() && resolved.getSeverity() != IStatus.INFO) {
            throw new AssertionError("installing version 1 does not resolve: " + resolved);
        }
        IStatus installed = install.getProvisioningJob(null).runModal(new NullProgressMonitor());
        if (!installed.isOK()) {
            throw new AssertionError("installing version 1 fails: " + installed);
        }
    }

    /** The version of {@code id} the profile holds now, read afresh from the profile registry. */
    public Optional<String> installedVersion(String id) {
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile(PROFILE);
        var units = profile.query(QueryUtil.createIUQuery(id), null);
        return units.isEmpty() ? Optional.empty() : Optional.of(units.iterator().next().getVersion().toString());
    }

    @Override
    public void close() {
        agent.stop();
    }
}
