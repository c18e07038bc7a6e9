package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real console wears its icon set everywhere: every tool item of every perspective is an icon with a tool tip,
 * every part tab, perspective and menu command has its icon, and the perspective switcher shows icon and name.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchIconsTest {

    private static final String[] PERSPECTIVES = { "org.hyperedge.ui.perspective.design",
            "org.hyperedge.ui.perspective.admin", "org.hyperedge.ui.perspective.operate" };

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;

    @BeforeEach
    void startConsole() {
        console = ConsoleSession.start(temp.resolve("data"), temp.resolve("config/console.properties"));
        ui = console.driver();
    }

    @AfterEach
    void closeConsole() {
        console.close();
    }

    @Test
    void everyToolItemOfEveryPerspectiveIsAnIconWithATooltip() {
        // a tool tip each perspective's own tool bars show once the master is open
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("org.hyperedge.ui.perspective.design", List.of("Save the composite"));
        expected.put("org.hyperedge.ui.perspective.admin", List.of());
        expected.put("org.hyperedge.ui.perspective.operate", List.of("Stop the selected instances", "Adopt a node"));
        expected.forEach((perspective, tips) -> {
            showPerspective(perspective);
            ui.waitUntil("the tool bars of " + perspective, () -> tips.stream().allMatch(expectedTip -> visibleToolItems()
                    .stream().anyMatch(item -> item.getToolTipText() != null && item.getToolTipText().startsWith(expectedTip))));

            for (ToolItem item : visibleToolItems()) {
                String tip = ui.onUi(item::getToolTipText);
                assertNotNull(ui.onUi(item::getImage), "an image on the tool item '" + tip + "' in " + perspective);
                assertTrue(tip != null && !tip.isBlank(), "a tool tip on every tool item in " + perspective);
            }
            ui.screenshot("icons-" + perspective.substring(perspective.lastIndexOf('.') + 1));
        });

        List<String> worded = ui.onUi(() -> visibleToolItems().stream()
                .filter(item -> item.getData(PerspectiveSwitcher.PERSPECTIVE_KEY) == null && !item.getText().isEmpty())
                .map(ToolItem::getText).toList());
        assertEquals(List.of(), worded, "the views' tool bars show icons, not rows of words");
    }

    @Test
    void perspectiveSwitcherShowsIconAndName() {
        for (String perspective : PERSPECTIVES) {
            ToolItem button = ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, perspective);

            assertNotNull(ui.onUi(button::getImage), perspective);
            assertFalse(ui.onUi(button::getText).isBlank(), perspective);
        }
        assertEquals(List.of("Design", "Operate", "Admin"), ui.onUi(() -> switcher().stream().map(ToolItem::getText).toList()));
    }

    @Test
    void everyPartPerspectiveAndMenuCommandHasAnIconOfTheSet() {
        EModelService models = ui.onUi(() -> console.windowModel().getContext().get(EModelService.class));
        MApplication application = ui.onUi(() -> console.windowModel().getContext().get(MApplication.class));
        List<MUILabel> labelled = new ArrayList<>();
        ui.onUi(() -> {
            labelled.addAll(models.findElements(console.windowModel(), null, MPerspective.class));
            labelled.addAll(models.findElements(console.windowModel(), null, MPart.class));
            labelled.addAll(application.getDescriptors());
            labelled.addAll(models.findElements(console.windowModel(), null, MHandledMenuItem.class, null,
                    EModelService.ANYWHERE | EModelService.IN_MAIN_MENU));
        });

        assertTrue(labelled.stream().anyMatch(MPartDescriptor.class::isInstance), "the topology editor's descriptor");
        assertTrue(labelled.size() > 35, "every perspective, part and menu command: " + labelled.size());
        for (MUILabel element : labelled) {
            assertNotNull(ui.onUi(() -> ConsoleIcons.imageOf(ui.display(), element.getIconURI())),
                    "an icon of the set for '" + element.getLabel() + "': " + element.getIconURI());
        }
    }

    @Test
    void partTabsAndMenuItemsShowTheirIcons() {
        for (String perspective : PERSPECTIVES) {
            showPerspective(perspective);
            List<String> bare = ui.onUi(() -> tabs().stream().filter(tab -> tab.isShowing() && tab.getImage() == null)
                    .map(CTabItem::getText).toList());
            assertEquals(List.of(), bare, "part tabs without an icon in " + perspective);
        }
        List<String> bareItems = ui.onUi(() -> {
            List<String> bare = new ArrayList<>();
            for (MenuItem item : menuItems(console.window().getMenuBar())) {
                if ((item.getStyle() & SWT.SEPARATOR) == 0 && item.getParent() != console.window().getMenuBar()
                        && item.getImage() == null) {
                    bare.add(UiDriver.labelOf(item));
                }
            }
            return bare;
        });
        assertEquals(List.of(), bareItems, "menu items without an icon");
    }

    private void showPerspective(String perspective) {
        ToolItem button = ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, perspective);
        ui.select(button);
        ui.waitUntil(perspective + " shown", button::getSelection);
        ui.onUi(() -> {
            while (ui.display().readAndDispatch()) {
                // let the perspective's parts render
            }
        });
    }

    private List<ToolItem> visibleToolItems() {
        return ui.onUi(() -> {
            List<ToolItem> items = new ArrayList<>();
            collect(console.window(), ToolBar.class, bar -> {
                if (bar.isVisible()) {
                    for (ToolItem item : bar.getItems()) {
                        if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                            items.add(item);
                        }
                    }
                }
            });
            return items;
        });
    }

    private List<ToolItem> switcher() {
        return visibleToolItems().stream().filter(item -> item.getData(PerspectiveSwitcher.PERSPECTIVE_KEY) != null).toList();
    }

    private List<CTabItem> tabs() {
        List<CTabItem> tabs = new ArrayList<>();
        collect(console.window(), CTabFolder.class, folder -> {
            if (folder.isVisible()) {
                tabs.addAll(List.of(folder.getItems()));
            }
        });
        return tabs;
    }

    private static List<MenuItem> menuItems(Menu menu) {
        List<MenuItem> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item);
            if (item.getMenu() != null) {
                items.addAll(menuItems(item.getMenu()));
            }
        }
        return items;
    }

    private static <T extends Widget> void collect(org.eclipse.swt.widgets.Control control, Class<T> type,
            java.util.function.Consumer<T> visit) {
        if (type.isInstance(control)) {
            visit.accept(type.cast(control));
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collect(child, type, visit);
            }
        }
    }
}
