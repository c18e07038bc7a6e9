package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.master.Master;
import org.hyperedge.master.catalog.CatalogPublisher;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.catalog.CatalogPart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Catalog view says where each release came from, and brings a subscribed catalog's new releases in. */
@ExtendWith(ScreenshotOnFailure.class)
class CatalogSourcesViewTest {

    @TempDir
    Path temp;

    private ConsoleSession console;

    @AfterEach
    void closeConsole() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void updateFromSourcesBringsTheSubscribedReleaseInAndEachReleaseSaysWhereItCameFrom() throws Exception {
        // given: a master subscribed to a publisher's signed catalog of one release it does not hold yet
        Path data = temp.resolve("data");
        Path index = temp.resolve("index");
        TlsIdentity publisher = TlsIdentity.loadOrCreate(temp.resolve("publisher"), "acme-publisher");
        CatalogPublisher.publish(releases(), index, publisher);
        try (Master master = Master.over(Database.open(Master.h2Url(data)))) {
            master.catalog().importBuiltIn();
            master.catalog().subscriptions().add("acme", index, Trust.of(publisher.fingerprint()),
                    publisher.fingerprint());
        }
        console = ConsoleSession.start(data, temp.resolve("config/console.properties"));
        UiDriver ui = console.driver();
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
        Tree catalog = ui.byData(Tree.class, CatalogPart.TREE_KEY);
        ui.waitUntil("the built-in catalog, each release from builtin", () -> rows(ui, catalog).contains("builtin:nginx")
                && rows(ui, catalog).contains("from builtin") && !rows(ui, catalog).contains("acme:hello"));

        // when
        ui.select(ui.byData(Button.class, CatalogPart.UPDATE_KEY));

        // then: the new release shows, from its source, and the view says what the update did
        ui.waitUntil("the subscribed release in the catalog", () -> rows(ui, catalog).contains("acme:hello  ·  from acme"));
        Label status = ui.byData(Label.class, CatalogPart.UPDATE_STATUS_KEY);
        String said = ui.onUi(status::getText);
        assertTrue(said.contains("acme: 1 added (acme:hello 1.0)"), said);
        ui.screenshot("catalog-updated-from-sources");
    }

    private static String rows(UiDriver ui, Tree tree) {
        return ui.onUi(() -> String.join("\n", Arrays.stream(tree.getItems()).map(TreeItem::getText).toList()));
    }

    private Path releases() throws Exception {
        Path releases = Files.createDirectories(temp.resolve("releases"));
        Files.writeString(releases.resolve("hello.json"), """
                { "id": "acme:hello", "name": "Hello", "version": "1.0", "description": "a process that waits",
                  "types": { "default": { "description": "one process",
                    "processes": [ { "name": "sleep", "command": ["sleep", "3600"] } ] } } }
                """);
        return releases;
    }
}
