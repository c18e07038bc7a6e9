package org.hyperedge.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.hyperedge.update.ConsoleUpdater;
import org.hyperedge.update.UpdateCheck;
import org.hyperedge.update.UpdateOffer;
import org.hyperedge.update.UpdateProblem;
import org.hyperedge.update.UpdateSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help › Check for Updates, without its window: a console installed from version 1 of an update site is checked
 * and updated against version 2 with the code the menu runs (ConsoleUpdater over p2's UpdateOperation).
 */
class ConsoleUpdateTest {

    private static final String V1 = PublishedConsole.V1;
    private static final String V2 = PublishedConsole.V2;

    @TempDir
    Path temp;

    private IProvisioningAgent publisher;
    private InstalledConsole console;

    @BeforeEach
    void installVersionOne() throws Exception {
        publisher = InstalledConsole.newAgent(temp.resolve("publisher-p2"));
        Path one = PublishedConsole.publish(publisher, temp.resolve("site-1"), V1);
        console = InstalledConsole.create(temp.resolve("install"));
        console.installFrom(one.toUri());
    }

    @AfterEach
    void stopAgents() {
        console.close();
        publisher.stop();
    }

    @Test
    void aNewerConsoleOnTheSiteIsOfferedThenInstalledInTheProfileAndOnDisk() throws Exception {
        // given version 1 installed and version 2 published
        assertEquals(Optional.of(V1), console.installedVersion(PublishedConsole.BUNDLE));
        assertTrue(Files.isRegularFile(PublishedConsole.bundleJar(console.folder, V1)));
        Path two = PublishedConsole.publish(publisher, temp.resolve("site-2"), V2);
        ConsoleUpdater updater = new ConsoleUpdater(console.agent, InstalledConsole.PROFILE);

        // when the site is checked, then version 2 of the product is on offer
        UpdateCheck check = updater.check(UpdateSite.parse(two.toString()), new NullProgressMonitor());
        assertEquals(List.of(new UpdateOffer(PublishedConsole.PRODUCT, "HyperEdge", V1, V2)), check.offers());

        // when it is installed, then the profile and the plugins folder hold version 2
        updater.install(check, new NullProgressMonitor());
        assertEquals(Optional.of(V2), console.installedVersion(PublishedConsole.PRODUCT));
        assertEquals(Optional.of(V2), console.installedVersion(PublishedConsole.BUNDLE));
        assertTrue(Files.isRegularFile(PublishedConsole.bundleJar(console.folder, V2)));
        // the framework's configuration (config.ini: the installation has no simpleconfigurator) starts version 2
        String configuration = Files.readString(console.folder.resolve("configuration/config.ini"));
        assertTrue(configuration.contains(PublishedConsole.BUNDLE + "_" + V2 + ".jar"), configuration);
        assertFalse(configuration.contains(PublishedConsole.BUNDLE + "_" + V1), configuration);
        // and p2's garbage collector removed version 1's jar
        assertFalse(Files.exists(PublishedConsole.bundleJar(console.folder, V1)));
    }

    @Test
    void aTamperedArtifactIsRefusedWithP2sReasonAndTheConsoleIsUntouched() throws Exception {
        // given version 2 published, then its bundle's bytes changed on the site
        Path two = PublishedConsole.publish(publisher, temp.resolve("site-2"), V2);
        PublishedConsole.tamper(two, V2);
        ConsoleUpdater updater = new ConsoleUpdater(console.agent, InstalledConsole.PROFILE);
        UpdateCheck check = updater.check(UpdateSite.parse(two.toString()), new NullProgressMonitor());

        // when it is installed, then p2's checksum check refuses it
        UpdateProblem refused = assertThrows(UpdateProblem.class,
                () -> updater.install(check, new NullProgressMonitor()));
        assertTrue(refused.getMessage().contains("console is unchanged"), refused.getMessage());
        assertTrue(refused.getMessage().toLowerCase().contains("checksum")
                || refused.getMessage().toLowerCase().contains("hash"), refused.getMessage());

        // and version 1 is still what the profile and the disk hold
        assertEquals(Optional.of(V1), console.installedVersion(PublishedConsole.BUNDLE));
        assertEquals(Optional.of(V1), console.installedVersion(PublishedConsole.PRODUCT));
        assertFalse(Files.exists(PublishedConsole.bundleJar(console.folder, V2)));
        assertTrue(Files.isRegularFile(PublishedConsole.bundleJar(console.folder, V1)));
    }

    @Test
    void theSameVersionOnTheSiteIsNothingNewer() throws Exception {
        ConsoleUpdater updater = new ConsoleUpdater(console.agent, InstalledConsole.PROFILE);

        UpdateCheck check = updater.check(UpdateSite.parse(temp.resolve("site-1").toString()),
                new NullProgressMonitor());

        assertTrue(check.nothingNewer());
        UpdateProblem nothing = assertThrows(UpdateProblem.class,
                () -> updater.install(check, new NullProgressMonitor()));
        assertTrue(nothing.getMessage().startsWith("Nothing newer"), nothing.getMessage());
    }

    @Test
    void aDirectoryThatIsNoUpdateSiteIsAnErrorNamingIt() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("not-a-site"));
        ConsoleUpdater updater = new ConsoleUpdater(console.agent, InstalledConsole.PROFILE);

        UpdateProblem problem = assertThrows(UpdateProblem.class,
                () -> updater.check(UpdateSite.parse(empty.toString()), new NullProgressMonitor()));

        assertTrue(problem.getMessage().startsWith("The update site " + empty + " cannot be read"),
                problem.getMessage());
        assertEquals(Optional.of(V1), console.installedVersion(PublishedConsole.BUNDLE));
    }

    @Test
    void anHttpsSiteNobodyAnswersIsAnErrorNamingIt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "https://127.0.0.1:" + closedPort + "/updates/";
        ConsoleUpdater updater = new ConsoleUpdater(console.agent, InstalledConsole.PROFILE);

        UpdateProblem problem = assertThrows(UpdateProblem.class,
                () -> updater.check(UpdateSite.parse(url), new NullProgressMonitor()));

        assertTrue(problem.getMessage().startsWith("The update site " + url + " cannot be read"),
                problem.getMessage());
    }

    @Test
    void aProfileThatDoesNotExistIsAnErrorSayingTheConsoleCannotUpdateItself() {
        ConsoleUpdater updater = new ConsoleUpdater(console.agent, "NoSuchProfile");

        UpdateProblem problem = assertThrows(UpdateProblem.class, () -> updater
                .check(UpdateSite.parse(temp.resolve("site-1").toString()), new NullProgressMonitor()));

        assertTrue(problem.getMessage().contains("cannot update itself"), problem.getMessage());
    }

}
