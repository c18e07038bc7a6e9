package org.hyperedge.testsupport;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.ui.master.MasterAddon;

/**
 * The real console application (the product's e4 application model, life cycle and handlers) running
 * in the test's OSGi framework on a UI thread of its own, on a data directory of the test's.
 */
public final class ConsoleSession implements AutoCloseable {

    public static final String PRODUCT_ID = "org.hyperedge.ui.product";
    public static final String WINDOW_TITLE = "HyperEdge";

    private final Thread uiThread;
    private final AtomicReference<Throwable> failure;
    private final UiDriver driver;
    private final Shell window;

    private ConsoleSession(Thread uiThread, AtomicReference<Throwable> failure, UiDriver driver, Shell window) {
        this.uiThread = uiThread;
        this.failure = failure;
        this.driver = driver;
        this.window = window;
    }

    /** Starts the console on the data directory and the preferences file given, and waits for its window. */
    public static ConsoleSession start(Path dataDirectory, Path preferencesFile) {
        return start(dataDirectory, preferencesFile, false);
    }

    /**
     * As {@link #start(Path, Path)}; with {@code localNode} the console also starts this machine's agent
     * and adopts it, as it does for a user (off by default: most UI tests need no node).
     */
    public static ConsoleSession start(Path dataDirectory, Path preferencesFile, boolean localNode) {
        return start(dataDirectory, preferencesFile, localNode, "-clearPersistedState");
    }

    /**
     * As {@link #start(Path, Path)}, but the workbench loads the window size and layout it saved at the last exit
     * in the test framework's workspace, as the product does; the other starts begin from the application model.
     */
    public static ConsoleSession startKeepingLayout(Path dataDirectory, Path preferencesFile) {
        return start(dataDirectory, preferencesFile, false, new String[0]);
    }

    private static ConsoleSession start(Path dataDirectory, Path preferencesFile, boolean localNode, String... arguments) {
        System.setProperty("hyperedge.localNode", Boolean.toString(localNode));
        System.setProperty("hyperedge.data", dataDirectory.toString());
        System.setProperty("hyperedge.preferences", preferencesFile.toString());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Display> display = new AtomicReference<>();
        CountDownLatch displayReady = new CountDownLatch(1);
        Thread uiThread = new Thread(() -> {
            E4Application application = new E4Application();
            display.set(application.getApplicationDisplay());
            displayReady.countDown();
            try {
                application.start(new ProductApplicationContext(PRODUCT_ID, arguments));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "hyperedge-console-ui");
        uiThread.setDaemon(true);
        uiThread.start();
        UiDriver.awaitLatch(displayReady, "the console's display");
        UiDriver driver = new UiDriver(display.get());
        Shell window;
        try {
            window = driver.shell(WINDOW_TITLE);
        } catch (AssertionError e) {
            if (failure.get() != null) {
                e.addSuppressed(failure.get());
            }
            throw e;
        }
        return new ConsoleSession(uiThread, failure, driver, window);
    }

    public UiDriver driver() {
        return driver;
    }

    public Shell window() {
        return window;
    }

    /** The e4 model element of the main window, for checks a user sees through its parts. */
    public MWindow windowModel() {
        return driver.onUi(() -> (MWindow) window.getData("modelElement"));
    }

    /**
     * Closes the console as its user does and waits until its master has closed its database too (which it does
     * in the background after the window went), so the data directory can be removed.
     */
    @Override
    public void close() {
        java.util.concurrent.Future<?> masterClosed = null;
        if (driver.isAlive()) {
            masterClosed = driver.onUi(() -> (java.util.concurrent.Future<?>) windowModel().getContext().get(MasterAddon.CLOSED));
            driver.later(() -> windowModel().getContext().get(IWorkbench.class).close());
        }
        try {
            uiThread.join(UiDriver.DEFAULT_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (uiThread.isAlive()) {
            throw new AssertionError("the console did not shut down within " + UiDriver.DEFAULT_TIMEOUT);
        }
        if (failure.get() != null) {
            throw new AssertionError("the console application failed", failure.get());
        }
        awaitMasterClosed(masterClosed);
    }

    private static void awaitMasterClosed(java.util.concurrent.Future<?> masterClosed) {
        if (masterClosed == null) {
            return;
        }
        try {
            masterClosed.get(UiDriver.DEFAULT_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the console's master did not close within " + UiDriver.DEFAULT_TIMEOUT, e);
        }
    }
}
