package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.Master;
import org.hyperedge.master.site.BundleManifest;
import org.hyperedge.master.site.CompositeXmi;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.site.VerifiedBundle;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.site.ExportSiteWizard;
import org.hyperedge.ui.site.ImportSiteWizard;
import org.hyperedge.ui.site.SiteHandlers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site wizards on the real console: a site bundle from an office master is imported through File › Site ›
 * Import Bundle (its signer shown, Finish refused until the typed fingerprint names it), then the console
 * exports its return bundle through File › Site › Export Bundle, signed by its own master.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SiteWizardsTest {

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;
    private EmbeddedMaster master;
    private Path bundle;
    private String office;

    @BeforeEach
    void officeBundleAndAnEmptyConsole() throws Exception {
        Path officeData = temp.resolve("office");
        try (Master officeMaster = Master.open(officeData)) {
            officeMaster.catalog().importBuiltIn();
            bundle = temp.resolve("factory.hesite");
            office = officeMaster.siteExport(MasterSite.identity(officeData), MasterSite.artifacts(officeData))
                    .export("factory", List.of(CompositeXmi.builtIn("web-and-database").orElseThrow()), List.of(), bundle,
                            SiteProgress.NONE).signer();
        }
        console = ConsoleSession.start(temp.resolve("data"), temp.resolve("config/console.properties"), false);
        ui = console.driver();
        ui.waitUntil("the embedded master open", () -> (master = ui.onUi(
                () -> console.windowModel().getContext().get(EmbeddedMaster.class))) != null);
    }

    @AfterEach
    void close() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void aSiteBundleIsImportedOnlyForTheTrustedSignerAndTheReturnBundleIsExported() throws Exception {
        ui.menu(console.window(), "File", "Site", "Import Bundle...");
        Text file = field(ImportSiteWizard.FIELD_KEY, "file");
        Shell wizard = ui.onUi(file::getShell);
        ui.type(file, bundle.toString());
        Label info = ui.find(Label.class, l -> "info".equals(l.getData(ImportSiteWizard.FIELD_KEY)), "the bundle's signer");
        ui.waitUntil("the signer shown", Duration.ofSeconds(30),
                () -> ui.onUi(info::getText).contains("Signed by master " + Fingerprints.shortForm(office)));
        Text trust = field(ImportSiteWizard.FIELD_KEY, "trust");
        Button finish = button(wizard, "Finish");

        ui.type(trust, "0000:1111:2222:3333:4444:5555:6666:7777");
        ui.waitUntil("the stranger's fingerprint refused", () -> ui.onUi(() -> wizard.getText().length() >= 0
                && !finish.isEnabled()));
        ui.screenshot("site-import-untrusted");
        assertFalse(ui.onUi(finish::isEnabled), "Finish stays disabled for a signer that is not trusted");
        ui.onUi(() -> trust.setText(""));
        ui.type(trust, Fingerprints.shortForm(office));
        ui.waitUntil("Finish enabled for the trusted signer", () -> ui.onUi(finish::isEnabled));
        ui.click(finish);

        Shell imported = ui.shell(SiteHandlers.IMPORTED_TITLE);
        String summary = ui.onUi(() -> java.util.Arrays.stream(imported.getChildren()).flatMap(SiteWizardsTest::labels)
                .reduce("", (a, b) -> a + b));
        ui.screenshot("site-import-summary");
        assertTrue(summary.contains("site import") && summary.contains("2 releases"), summary);
        assertTrue(summary.contains("site setup") && summary.contains("2 instances"), summary);
        assertTrue(summary.contains("Signed by the trusted master " + Fingerprints.shortForm(office)), summary);
        ui.click(button(imported, "OK"));
        assertEquals(List.of("database", "web"), master.requests().all().stream().map(i -> i.title()).sorted().toList());

        ui.menu(console.window(), "File", "Site", "Export Bundle...");
        Button returnBundle = ui.find(Button.class, b -> "return".equals(b.getData(ExportSiteWizard.FIELD_KEY)),
                "the return bundle choice");
        Shell exportWizard = ui.onUi(returnBundle::getShell);
        ui.waitUntil("the export wizard shown and active", () -> ui.onUi(() -> exportWizard.isVisible()
                && exportWizard.getDisplay().getActiveShell() == exportWizard));
        // on its indicator: the radio button spans the page, its label does not
        org.eclipse.swt.graphics.Point indicator = ui.onUi(() -> returnBundle.toDisplay(8, returnBundle.getSize().y / 2));
        ui.clickAt(indicator.x, indicator.y);
        ui.waitUntil("the return bundle chosen", () -> ui.onUi(returnBundle::getSelection));
        Path returned = temp.resolve("factory.hereturn");
        ui.type(field(ExportSiteWizard.FIELD_KEY, "out"), returned.toString());
        Button exportFinish = button(exportWizard, "Finish");
        ui.waitUntil("Finish enabled with a file named", () -> ui.onUi(exportFinish::isEnabled));
        ui.click(exportFinish);

        Shell exported = ui.shell(SiteHandlers.EXPORTED_TITLE);
        ui.screenshot("site-return-exported");
        ui.click(button(exported, "OK"));
        assertTrue(Files.isRegularFile(returned));
        String consoleMaster = MasterSite.identity(temp.resolve("data")).fingerprint();
        try (VerifiedBundle verified = VerifiedBundle.open(returned, Trust.of(consoleMaster), BundleManifest.RETURN,
                SiteProgress.NONE)) {
            assertEquals("factory", verified.manifest().siteName());
        }
    }

    private static java.util.stream.Stream<String> labels(org.eclipse.swt.widgets.Control control) {
        if (control instanceof Label label) {
            return java.util.stream.Stream.of(label.getText());
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            return java.util.Arrays.stream(composite.getChildren()).flatMap(SiteWizardsTest::labels);
        }
        return java.util.stream.Stream.empty();
    }

    private Text field(String key, String value) {
        return ui.find(Text.class, t -> value.equals(t.getData(key)), "the " + value + " field");
    }

    private Button button(Shell shell, String label) {
        return ui.find(Button.class, b -> b.getShell() == shell && label.equals(UiDriver.labelOf(b)), "the " + label
                + " button");
    }
}
