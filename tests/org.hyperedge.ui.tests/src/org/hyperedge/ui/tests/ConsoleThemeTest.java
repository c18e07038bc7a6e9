package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.ConsolePreferences;
import org.hyperedge.ui.admin.MonitoringPart;
import org.hyperedge.ui.admin.TimeChart;
import org.hyperedge.ui.catalog.CatalogPart;
import org.hyperedge.ui.forms.FormView;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.nodes.NodesPart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.theme.Appearance;
import org.hyperedge.ui.theme.ConsoleTheme;
import org.hyperedge.ui.theme.Palette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's light and dark themes: the real console started with each choice is styled by the theme engine
 * (backgrounds and text of shells, tables, trees and charts measured by luminance), and the Appearance page saves the
 * choice for the next start.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ConsoleThemeTest {

    /** Backgrounds darker than this and text lighter than {@link #LIGHT} read as a dark theme (WCAG luminance). */
    private static final double DARK = 0.05;
    private static final double LIGHT = 0.6;

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;

    @AfterEach
    void closeConsole() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void followingTheDesktopIsTheDefaultAndGoesDarkOnlyOnADarkDesktop() {
        ConsolePreferences fresh = ConsolePreferences.load(temp.resolve("none.properties"));

        assertEquals(Appearance.FOLLOW_DESKTOP, fresh.appearance());
        assertEquals(ConsoleTheme.DARK, Appearance.FOLLOW_DESKTOP.theme(true));
        assertEquals(ConsoleTheme.LIGHT, Appearance.FOLLOW_DESKTOP.theme(false));
        assertEquals(ConsoleTheme.LIGHT, Appearance.LIGHT.theme(true), "a chosen light theme overrides a dark desktop");
        assertEquals(ConsoleTheme.DARK, Appearance.DARK.theme(false), "a chosen dark theme overrides a light desktop");
    }

    @Test
    void aMistypedAppearanceIsAnErrorNamingTheFileTheValueAndTheChoices() throws IOException {
        Path file = writePreferences("appearance.theme=purple");

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> ConsolePreferences.load(file).appearance());

        assertTrue(error.getMessage().contains("appearance.theme in " + file), error.getMessage());
        assertTrue(error.getMessage().contains("'purple'") && error.getMessage().contains("desktop, light, dark"),
                error.getMessage());
    }

    @Test
    void theDarkChoiceGivesDarkShellsTablesTreesAndChartsWithLightText() throws Exception {
        startConsole("dark");
        Table instances = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);

        ui.waitUntil("the theme engine to style the instances table", () -> background(instances) < DARK);
        assertTrue(foreground(instances) > LIGHT, "table text " + foreground(instances));
        assertTrue(background(nodes) < DARK && foreground(nodes) > LIGHT, "nodes tree " + background(nodes));
        assertTrue(background(console.window()) < 0.1, "window " + background(console.window()));
        ui.waitUntil("the five instances listed", () -> instances.getItemCount() == 5);
        ui.screenshot("console-dark");

        TimeChart cpu = showAdminCharts();
        assertTrue(background(cpu) < DARK && foreground(cpu) > LIGHT, "chart " + background(cpu) + " / " + foreground(cpu));
        Label zone = ui.byData(Label.class, MonitoringPart.ZONE_KEY);
        ui.waitUntil("the muted zone note light enough to read on dark", () -> luminance(zone.getForeground().getRGB()) > 0.25);
        ui.screenshot("console-dark-admin");
        showDesign();
        ui.screenshot("console-dark-design");

        Shell request = requestAnH2DatabaseNamed("Orders-DB");
        Label problem = ui.find(Label.class, l -> "database".equals(l.getData(FormView.PROBLEM_KEY)), "its problem line");
        ui.waitUntil("the field's problem named under it", () -> problem.getText().startsWith("must match"));
        ui.waitUntil("the problem in a red that reads on dark", () -> luminance(problem.getForeground().getRGB()) > 0.2
                && problem.getForeground().getRed() > 200);
        assertTrue(background(request) < DARK, "the request dialog " + background(request));
        ui.screenshot("console-dark-request");
        ui.select(ui.find(Button.class, b -> b.getShell() == request && "Cancel".equals(UiDriver.labelOf(b)), "Cancel"));
        ui.waitUntil("the request dialog closed", request::isDisposed);
    }

    @Test
    void theLightChoiceGivesLightShellsTablesTreesAndChartsWithDarkText() throws Exception {
        startConsole("light");
        Table instances = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);

        ui.waitUntil("the theme engine to style the instances table", () -> background(instances) > 0.9);
        assertTrue(foreground(instances) < DARK, "table text " + foreground(instances));
        assertTrue(background(nodes) > 0.9 && foreground(nodes) < DARK, "nodes tree " + background(nodes));
        assertTrue(background(console.window()) > 0.8, "window " + background(console.window()));
        ui.waitUntil("the five instances listed", () -> instances.getItemCount() == 5);
        ui.screenshot("console-light");

        TimeChart cpu = showAdminCharts();
        assertTrue(background(cpu) > 0.9 && foreground(cpu) < DARK, "chart " + background(cpu) + " / " + foreground(cpu));
        ui.screenshot("console-light-admin");
    }

    @Test
    void theAppearancePageSavesTheChoiceForTheNextStart() throws Exception {
        startConsole("desktop");
        ui.menu(console.window(), "File", "Preferences...");
        Shell dialog = ui.shell("Preferences");
        Tree pages = ui.find(Tree.class, t -> t.getShell() == dialog, "the preference pages");
        ui.onUi(() -> {
            TreeItem appearance = Arrays.stream(pages.getItems()).filter(i -> "Appearance".equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no Appearance page"));
            pages.setSelection(appearance);
            Event event = new Event();
            event.item = appearance;
            pages.notifyListeners(SWT.Selection, event);
        });
        Button follow = radio(dialog, "Follow the desktop");
        Button dark = radio(dialog, "Dark");
        ui.waitUntil("the saved choice shown", follow::getSelection);
        Label note = ui.find(Label.class, l -> l.getShell() == dialog && l.isVisible() && l.getText().contains("light or dark"),
                "the page saying when the choice applies");
        String said = ui.onUi(note::getText).replaceAll("\\s+", " ");
        assertTrue(said.contains("applies at the console's next start"), said);

        ui.click(dark);
        ui.waitUntil("Dark chosen", () -> dark.getSelection() && !follow.getSelection());
        Thread.sleep(500); // GTK animates a radio button's check: let it finish before the screenshot
        ui.screenshot("preferences-appearance");
        ui.select(ui.find(Button.class, b -> b.getShell() == dialog && "Apply and Close".equals(UiDriver.labelOf(b)),
                "Apply and Close"));

        ui.waitUntil("the choice saved", () -> Files.exists(preferencesFile())
                && ConsolePreferences.load(preferencesFile()).appearance() == Appearance.DARK);
    }

    private void startConsole(String appearance) throws Exception {
        Path data = temp.resolve("data");
        AdminSite.create(data);
        writePreferences("appearance.theme=" + appearance);
        console = ConsoleSession.start(data, preferencesFile());
        ui = console.driver();
        ui.onUi(() -> console.window().setBounds(0, 0, 1600, 1000));
    }

    private Path writePreferences(String line) throws IOException {
        Files.createDirectories(preferencesFile().getParent());
        return Files.write(preferencesFile(), List.of(line));
    }

    private Path preferencesFile() {
        return temp.resolve("config/console.properties");
    }

    private TimeChart showAdminCharts() {
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.admin"));
        TimeChart cpu = ui.byData(TimeChart.class, MonitoringPart.CHART_KEY, "cpu");
        ui.waitUntil("the CPU chart drawing its series", () -> cpu.isVisible() && cpu.seriesCount() >= 3
                && cpu.locate(0, 0) != null);
        return cpu;
    }

    /** The Design perspective with the shipped example composite open, so the canvas draws boxes, ports and links. */
    private void showDesign() {
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
        org.eclipse.swt.widgets.Canvas canvas = ui.byData(org.eclipse.swt.widgets.Canvas.class,
                "org.hyperedge.ui.topology.canvas");
        ui.waitUntil("the topology editor's canvas showing", canvas::isVisible);
        ui.select(ui.find(ToolItem.class, item -> "OPEN".equals(String.valueOf(item.getData("org.hyperedge.ui.topology.action"))),
                "the Open action"));
        Shell open = ui.shell("Open Composite Service");
        org.eclipse.swt.widgets.List choices = ui.find(org.eclipse.swt.widgets.List.class, list -> list.getShell() == open,
                "the choices");
        ui.onUi(() -> choices.select(0));
        ui.click(ui.find(Button.class, button -> button.getShell() == open && "Open".equals(button.getText()), "Open"));
        Label name = ui.byData(Label.class, "org.hyperedge.ui.topology.name");
        ui.waitUntil("the example composite open", () -> !"no composite open".equals(name.getText()));
        ui.waitUntil("the canvas dark, as the theme made it", () -> luminance(canvas.getBackground().getRGB()) < DARK);
    }

    /** Design › Catalog › the H2 database's type › Request…, with a database name the schema refuses. */
    private Shell requestAnH2DatabaseNamed(String database) {
        Tree catalog = ui.byData(Tree.class, CatalogPart.TREE_KEY);
        ui.waitUntil("the catalog", () -> catalog.isVisible() && catalog.getItemCount() == 12);
        ui.onUi(() -> {
            TreeItem type = Arrays.stream(catalog.getItems()).filter(i -> i.getText().startsWith("H2 database"))
                    .findFirst().orElseThrow().getItem(0);
            catalog.setSelection(type);
            catalog.notifyListeners(SWT.Selection, new Event());
        });
        Button requestButton = ui.byData(Button.class, CatalogPart.REQUEST_KEY);
        ui.waitUntil("Request… enabled for the selected type", requestButton::isEnabled);
        ui.select(requestButton);
        Text field = ui.find(Text.class, t -> "database".equals(t.getData(FormView.FIELD_KEY)), "the database field");
        ui.onUi(() -> {
            field.setFocus();
            field.selectAll();
        });
        ui.type(field, database);
        return ui.onUi(field::getShell);
    }

    private Button radio(Shell dialog, String label) {
        return ui.find(Button.class, b -> b.getShell() == dialog && label.equals(UiDriver.labelOf(b)), label);
    }

    private double background(Control control) {
        return ui.onUi(() -> luminance(control.getBackground().getRGB()));
    }

    private double foreground(Control control) {
        return ui.onUi(() -> luminance(control.getForeground().getRGB()));
    }

    private static double luminance(RGB color) {
        return Palette.luminance(color);
    }
}
