package org.hyperedge.update;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Checks an update site for a newer console and installs it into a p2 profile, with p2's own
 * {@link UpdateOperation} and {@link ProvisioningJob}: p2 checks every downloaded artifact against the checksums
 * (and the PGP signatures, when present) the site published, and changes nothing when one does not match.
 * Help › Check for Updates runs it in a job; the tests run it on a profile of their own.
 */
public final class ConsoleUpdater {

    private final IProvisioningAgent agent;
    private final String profileId;

    public ConsoleUpdater(IProvisioningAgent agent, String profileId) {
        this.agent = agent;
        this.profileId = profileId;
    }

    /** The running console's own profile, as the product was installed (config.ini's eclipse.p2.profile). */
    public static ConsoleUpdater forRunningConsole() throws UpdateProblem {
        BundleContext context = FrameworkUtil.getBundle(ConsoleUpdater.class).getBundleContext();
        ServiceReference<IProvisioningAgent> reference = context.getServiceReference(IProvisioningAgent.class);
        if (reference == null) {
            throw new UpdateProblem("This console has no p2 data area (eclipse.p2.data.area), so it cannot update"
                    + " itself: it was not started from an installed product. Run ./hyperedge build and"
                    + " ./hyperedge console.");
        }
        return new ConsoleUpdater(context.getService(reference), IProfileRegistry.SELF);
    }

    /** What the site offers newer than the profile holds; throws when the site cannot be read. */
    public UpdateCheck check(UpdateSite site, IProgressMonitor monitor) throws UpdateProblem {
        SubMonitor progress = SubMonitor.convert(monitor, "Checking " + site + " for updates", 100);
        IProfile profile = profile();
        load(site, progress.split(30));
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(site.location());
        context.setArtifactRepositories(site.location());
        UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
        operation.setProfileId(profile.getProfileId());
        operation.setProvisioningContext(context);
        IStatus resolved = operation.resolveModal(progress.split(70));
        if (resolved.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return new UpdateCheck(site, List.of(), operation);
        }
        if (resolved.getSeverity() == IStatus.ERROR) {
            throw new UpdateProblem("The update from " + site + " cannot be installed: " + describe(resolved));
        }
        List<UpdateOffer> offers = new ArrayList<>();
        for (Update update : operation.getSelectedUpdates()) {
            offers.add(new UpdateOffer(update.replacement.getId(), name(update.replacement),
                    update.toUpdate.getVersion().toString(), update.replacement.getVersion().toString()));
        }
        return new UpdateCheck(site, offers, operation);
    }

    /** Downloads and installs what {@code check} found; on any failure the profile and the disk stay as they were. */
    public void install(UpdateCheck check, IProgressMonitor monitor) throws UpdateProblem {
        if (check.nothingNewer()) {
            throw new UpdateProblem("Nothing newer on " + check.site() + " to install.");
        }
        ProvisioningJob job = check.operation().getProvisioningJob(monitor);
        if (job == null) {
            throw new UpdateProblem("The update from " + check.site() + " cannot be installed: "
                    + describe(check.operation().getResolutionResult()));
        }
        IStatus installed = job.runModal(monitor);
        if (installed.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (installed.getSeverity() == IStatus.ERROR) {
            throw new UpdateProblem("The update from " + check.site() + " was not installed and the console is"
                    + " unchanged: " + describe(installed));
        }
    }

    private IProfile profile() throws UpdateProblem {
        IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
        IProfile profile = profiles == null ? null : profiles.getProfile(profileId);
        if (profile == null) {
            throw new UpdateProblem("This console has no p2 profile " + profileId
                    + ": it was not installed from an update site, so it cannot update itself.");
        }
        return profile;
    }

    /** Reads the site first, so an unreachable one is an error here rather than "nothing newer" later. */
    private void load(UpdateSite site, SubMonitor progress) throws UpdateProblem {
        progress.setWorkRemaining(2);
        try {
            agent.getService(IMetadataRepositoryManager.class).loadRepository(site.location(), progress.split(1));
            agent.getService(IArtifactRepositoryManager.class).loadRepository(site.location(), progress.split(1));
        } catch (ProvisionException e) {
            throw new UpdateProblem("The update site " + site + " cannot be read: " + describe(e.getStatus()), e);
        }
    }

    private static String name(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        return name == null || name.isBlank() ? unit.getId() : name;
    }

    /** A status and its children as one text: p2 puts the reason (say, a checksum that does not match) deep down. */
    static String describe(IStatus status) {
        Set<String> lines = new LinkedHashSet<>();
        collect(status, lines);
        return String.join("\n", lines);
    }

    private static void collect(IStatus status, Set<String> lines) {
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            lines.add(status.getMessage().strip());
        }
        if (status.getException() != null && status.getException().getMessage() != null
                && !status.isMultiStatus()) {
            lines.add(status.getException().getMessage().strip());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, lines);
        }
    }
}
