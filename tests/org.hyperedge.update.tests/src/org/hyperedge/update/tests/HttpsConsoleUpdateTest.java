package org.hyperedge.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;

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
 * Help › Check for Updates from an https:// site, over real TLS on loopback: installed when the JDK trusts the site's
 * certificate, refused when it does not (a site anyone could stand up in its place), the console untouched then.
 */
class HttpsConsoleUpdateTest {

    private static final String V1 = PublishedConsole.V1;
    private static final String V2 = PublishedConsole.V2;

    @TempDir
    Path temp;

    private IProvisioningAgent publisher;
    private InstalledConsole console;
    private HttpsUpdateSite site;
    private SSLContext jdkDefault;

    @BeforeEach
    void installVersionOneAndServeVersionTwo() throws Exception {
        jdkDefault = SSLContext.getDefault();
        publisher = InstalledConsole.newAgent(temp.resolve("publisher-p2"));
        console = InstalledConsole.create(temp.resolve("install"));
        console.installFrom(PublishedConsole.publish(publisher, temp.resolve("site-1"), V1).toUri());
        Path two = PublishedConsole.publish(publisher, temp.resolve("site-2"), V2);
        site = new HttpsUpdateSite(two, temp.resolve("site.p12"));
    }

    @AfterEach
    void stop() {
        SSLContext.setDefault(jdkDefault);
        site.close();
        console.close();
        publisher.stop();
    }

    @Test
    void aNewerConsoleOnAnHttpsSiteTheJdkTrustsIsOfferedAndInstalled() throws Exception {
        // given a JDK that trusts the site's certificate (as a company's CA in its trust store would be)
        SSLContext.setDefault(site.trustingContext());
        ConsoleUpdater updater = new ConsoleUpdater(console.agent, InstalledConsole.PROFILE);

        // when the site is checked over HTTPS, then version 2 is on offer
        UpdateCheck check = updater.check(UpdateSite.parse(site.url()), new NullProgressMonitor());
        assertEquals(List.of(new UpdateOffer(PublishedConsole.PRODUCT, "HyperEdge", V1, V2)), check.offers());

        // when it is installed, then the profile and the disk hold version 2, fetched over HTTPS
        updater.install(check, new NullProgressMonitor());
        assertEquals(Optional.of(V2), console.installedVersion(PublishedConsole.BUNDLE));
        assertTrue(Files.isRegularFile(PublishedConsole.bundleJar(console.folder, V2)));
    }

    @Test
    void anHttpsSiteWhoseCertificateTheJdkDoesNotTrustIsRefusedAndTheConsoleIsUntouched() throws Exception {
        // given a site serving a newer console with a certificate no trust store holds (anyone can make one)
        ConsoleUpdater updater = new ConsoleUpdater(console.agent, InstalledConsole.PROFILE);

        // when the console checks it, then it is refused for its certificate, naming the site
        UpdateProblem refused = assertThrows(UpdateProblem.class,
                () -> updater.check(UpdateSite.parse(site.url()), new NullProgressMonitor()));
        assertTrue(refused.getMessage().startsWith("The update site " + site.url() + " cannot be read"),
                refused.getMessage());
        assertTrue(refused.getMessage().toLowerCase().contains("certification path")
                || refused.getMessage().toLowerCase().contains("pkix"), refused.getMessage());

        // and version 1 is what the profile and the disk still hold
        assertEquals(Optional.of(V1), console.installedVersion(PublishedConsole.BUNDLE));
        assertFalse(Files.exists(PublishedConsole.bundleJar(console.folder, V2)));
    }
}
