package org.hyperedge.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives real SWT widgets from a JUnit test (SWTBot is not obtainable here). The UI runs on its own
 * thread; queries run there synchronously, actions are posted asynchronously (a modal dialog they open
 * must not block the test), and {@link #waitUntil} polls for their effect.
 */
public final class UiDriver {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private static volatile UiDriver latest;

    private final Display display;

    public UiDriver(Display display) {
        this.display = display;
        latest = this;
    }

    /** Starts a display with its event loop on a thread of its own, ended by {@link #stop()}. */
    public static UiDriver startUiThread() {
        AtomicReference<Display> created = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            Display display = new Display();
            created.set(display);
            ready.countDown();
            while (!display.isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        }, "hyperedge-ui-test");
        thread.setDaemon(true);
        thread.start();
        awaitLatch(ready, "the UI thread to create its display");
        return new UiDriver(created.get());
    }

    /** The driver created last, for screenshots of a failure. */
    public static UiDriver latest() {
        return latest;
    }

    public Display display() {
        return display;
    }

    public void stop() {
        if (!display.isDisposed()) {
            display.syncExec(display::dispose);
        }
    }

    public boolean isAlive() {
        return !display.isDisposed();
    }

    // --- running on the UI thread ---------------------------------------------------------------

    public <T> T onUi(Supplier<T> query) {
        if (display.getThread() == Thread.currentThread()) {
            return query.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(query.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    public void onUi(Runnable action) {
        onUi(() -> {
            action.run();
            return null;
        });
    }

    /** Posts an action to the UI thread and returns at once. */
    public void later(Runnable action) {
        display.asyncExec(action);
    }

    public void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, DEFAULT_TIMEOUT, condition);
    }

    /** Waits until the condition, evaluated on the UI thread, holds; fails naming what was awaited. */
    public void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (isAlive() && Boolean.TRUE.equals(onUi(() -> condition.getAsBoolean()))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + "\nvisible shells: " + describeShells());
            }
            sleep(25);
        }
    }

    /** Waits until the display is gone (the application closed), failing after the timeout. */
    public void waitUntilClosed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isAlive()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for the application to close"
                        + "\nvisible shells: " + describeShells());
            }
            sleep(25);
        }
    }

    // --- finding widgets -----------------------------------------------------------------------

    /** Waits for a widget of the type that matches, in any open shell (menus and tool items included). */
    public <T extends Widget> T find(Class<T> type, Predicate<? super T> matching, String description) {
        AtomicReference<T> found = new AtomicReference<>();
        waitUntil(description, () -> {
            found.set(findNow(type, matching));
            return found.get() != null;
        });
        return found.get();
    }

    public <T extends Widget> T findNow(Class<T> type, Predicate<? super T> matching) {
        return onUi(() -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    T match = search(shell, type, matching);
                    if (match != null) {
                        return match;
                    }
                }
            }
            return null;
        });
    }

    public Shell shell(String title) {
        return find(Shell.class, s -> title.equals(s.getText()), "a shell titled '" + title + "'");
    }

    public <T extends Widget> T byData(Class<T> type, String key) {
        return find(type, w -> w.getData(key) != null, "a " + type.getSimpleName() + " with data key " + key);
    }

    public <T extends Widget> T byData(Class<T> type, String key, Object value) {
        return find(type, w -> value.equals(w.getData(key)),
                "a " + type.getSimpleName() + " with " + key + "=" + value);
    }

    /** A widget whose label, with the mnemonic ampersand removed, is the given text. */
    public <T extends Widget> T byLabel(Class<T> type, String label) {
        return find(type, w -> label.equals(labelOf(w)), "a " + type.getSimpleName() + " labelled '" + label + "'");
    }

    public static String labelOf(Widget widget) {
        String text = null;
        if (widget instanceof Item item) {
            text = item.getText();
        } else if (widget instanceof org.eclipse.swt.widgets.Button button) {
            text = button.getText();
        } else if (widget instanceof org.eclipse.swt.widgets.Label label) {
            text = label.getText();
        } else if (widget instanceof Shell shell) {
            text = shell.getText();
        }
        if (text == null) {
            return null;
        }
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&&", "\u0000").replace("&", "").replace('\u0000', '&');
    }

    private static <T extends Widget> T search(Widget widget, Class<T> type, Predicate<? super T> matching) {
        if (type.isInstance(widget) && matching.test(type.cast(widget))) {
            return type.cast(widget);
        }
        for (Widget child : children(widget)) {
            T match = search(child, type, matching);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    private static List<Widget> children(Widget widget) {
        List<Widget> children = new ArrayList<>();
        if (widget instanceof Shell shell && shell.getMenuBar() != null) {
            children.add(shell.getMenuBar());
        }
        if (widget instanceof Composite composite) {
            children.addAll(List.of(composite.getChildren()));
        }
        if (widget instanceof ToolBar toolBar) {
            children.addAll(List.of(toolBar.getItems()));
        }
        if (widget instanceof Menu menu) {
            children.addAll(List.of(menu.getItems()));
        }
        if (widget instanceof MenuItem item && item.getMenu() != null) {
            children.add(item.getMenu());
        }
        return children;
    }

    private String describeShells() {
        if (!isAlive()) {
            return "(display disposed)";
        }
        return onUi(() -> {
            List<String> titles = new ArrayList<>();
            for (Shell shell : display.getShells()) {
                titles.add("'" + shell.getText() + "'" + (shell.isVisible() ? "" : " (hidden)"));
            }
            return String.join(", ", titles);
        });
    }

    // --- acting -------------------------------------------------------------------------------

    /** A real mouse click (X events through XTest) in the middle of the control. */
    public void click(Control control) {
        Point centre = onUi(() -> {
            Rectangle bounds = control.getBounds();
            return control.getParent() == null ? new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
                    : control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        clickAt(centre.x, centre.y);
    }

    public void clickAt(int x, int y) {
        post(mouse(SWT.MouseMove, x, y, 0));
        post(mouse(SWT.MouseDown, x, y, 1));
        post(mouse(SWT.MouseUp, x, y, 1));
    }

    /**
     * A real drag with the left button inside the application: press at the start, move to the end in steps,
     * as a hand would, and release there.
     */
    public void drag(int fromX, int fromY, int toX, int toY) {
        post(mouse(SWT.MouseMove, fromX, fromY, 0));
        post(mouse(SWT.MouseDown, fromX, fromY, 1));
        sleep(150);
        int steps = 16;
        for (int i = 1; i <= steps; i++) {
            post(mouse(SWT.MouseMove, fromX + (toX - fromX) * i / steps, fromY + (toY - fromY) * i / steps, 0));
            sleep(30);
        }
        sleep(200);
        post(mouse(SWT.MouseUp, toX, toY, 1));
    }

    /**
     * A platform drag and drop from one control to another, driven by {@code xdotool} (XTest motion events,
     * which GTK's drag and drop follows; SWT's posted moves place the pointer, which it ignores). The test
     * script installs {@code xdotool}; without it this fails saying so.
     */
    public void dragAndDrop(int fromX, int fromY, int toX, int toY) {
        if (!xdotool("version")) {
            throw new AssertionError("xdotool is needed to drag and drop between controls: apt-get install -y xdotool");
        }
        dragWithXdotool(fromX, fromY, toX, toY);
    }

    private void dragWithXdotool(int fromX, int fromY, int toX, int toY) {
        xdotool("mousemove", Integer.toString(fromX), Integer.toString(fromY), "mousedown", "1");
        sleep(150);
        int steps = 16;
        int x = fromX;
        int y = fromY;
        for (int i = 1; i <= steps; i++) {
            int nextX = fromX + (toX - fromX) * i / steps;
            int nextY = fromY + (toY - fromY) * i / steps;
            xdotool("mousemove_relative", "--", Integer.toString(nextX - x), Integer.toString(nextY - y));
            x = nextX;
            y = nextY;
            sleep(30);
        }
        sleep(200);
        xdotool("mouseup", "1");
        sleep(100);
    }

    private static boolean xdotool(String... arguments) {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add("xdotool");
        command.addAll(java.util.List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A point of a control, in display coordinates (where posted mouse events go). */
    public Point onDisplay(Control control, int x, int y) {
        return onUi(() -> control.toDisplay(x, y));
    }

    /** Selects a menu item, tool item or button the way its listeners see a user's selection. */
    public void select(Widget item) {
        later(() -> {
            if (item instanceof MenuItem menuItem && (menuItem.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
                menuItem.setSelection(!menuItem.getSelection());
            } else if (item instanceof org.eclipse.swt.widgets.ToolItem toolItem
                    && (toolItem.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
                toolItem.setSelection(true);
            }
            item.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Selects rows of a table as a user's click does: the view's selection listeners run. */
    public void selectRows(org.eclipse.swt.widgets.Table table, int... rows) {
        onUi(() -> {
            table.setSelection(rows);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** The index of the first row whose cell in {@code column} is {@code value}; -1 when none is. */
    public int rowWith(org.eclipse.swt.widgets.Table table, int column, String value) {
        return onUi(() -> {
            org.eclipse.swt.widgets.TableItem[] items = table.getItems();
            for (int i = 0; i < items.length; i++) {
                if (value.equals(items[i].getText(column))) {
                    return i;
                }
            }
            return -1;
        });
    }

    /** Follows a menu path by labels from the shell's menu bar, e.g. {@code menu(shell, "Help", "About HyperEdge")}. */
    public void menu(Shell shell, String... path) {
        MenuItem item = onUi(() -> {
            Menu menu = shell.getMenuBar();
            MenuItem current = null;
            for (String label : path) {
                if (menu == null) {
                    throw new AssertionError("no menu below " + (current == null ? "the menu bar" : labelOf(current)));
                }
                menu.notifyListeners(SWT.Show, new Event());
                current = null;
                for (MenuItem candidate : menu.getItems()) {
                    if (label.equals(labelOf(candidate))) {
                        current = candidate;
                    }
                }
                if (current == null) {
                    throw new AssertionError("no menu item '" + label + "' in " + String.join(" > ", path));
                }
                menu = current.getMenu();
            }
            return current;
        });
        select(item);
    }

    /** Types text with real key events into the focused control. */
    public void type(Control control, String text) {
        onUi(() -> control.setFocus());
        for (char c : text.toCharArray()) {
            Event down = new Event();
            down.type = SWT.KeyDown;
            down.character = c;
            post(down);
            Event up = new Event();
            up.type = SWT.KeyUp;
            up.character = c;
            post(up);
        }
    }

    /** Presses a key with modifiers ({@code SWT.MOD1} is Ctrl) as real key events, e.g. {@code shortcut(SWT.MOD1, '2')}. */
    public void shortcut(Shell shell, int modifiers, char key) {
        onUi(() -> shell.forceActive());
        int[] modifierKeys = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        for (int modifier : modifierKeys) {
            if ((modifiers & modifier) != 0) {
                post(key(SWT.KeyDown, modifier, '\0'));
            }
        }
        post(key(SWT.KeyDown, 0, key));
        post(key(SWT.KeyUp, 0, key));
        for (int modifier : modifierKeys) {
            if ((modifiers & modifier) != 0) {
                post(key(SWT.KeyUp, modifier, '\0'));
            }
        }
    }

    /** Presses and releases a key without a character of its own ({@code SWT.DEL}, {@code SWT.BS}, arrows) as real key events. */
    public void press(Shell shell, int keyCode) {
        onUi(() -> shell.forceActive());
        post(key(SWT.KeyDown, keyCode, '\0'));
        post(key(SWT.KeyUp, keyCode, '\0'));
    }

    private static Event key(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        return event;
    }

    private void post(Event event) {
        if (!onUi(() -> display.post(event))) {
            throw new AssertionError("the display refused a posted " + event.type + " event");
        }
        sleep(10);
    }

    private static Event mouse(int type, int x, int y, int button) {
        Event event = new Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = button;
        return event;
    }

    // --- screenshots --------------------------------------------------------------------------

    /** Writes a PNG of the whole display to the screenshot directory and returns its path. */
    public Path screenshot(String name) {
        Path directory = Path.of(System.getProperty("hyperedge.screenshots", "target/screenshots"));
        Path file = directory.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        ImageData data = onUi(() -> {
            while (display.readAndDispatch()) {
                // let pending paints land before the copy
            }
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                // the screen's own pixels: on a screen of twice the density, twice the points in each direction
                return image.getImageData(display.getPrimaryMonitor().getZoom());
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new AssertionError("cannot create " + directory, e);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static void awaitLatch(CountDownLatch latch, String what) {
        try {
            if (!latch.await(DEFAULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("timed out waiting for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        }
    }
}
