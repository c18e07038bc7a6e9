package org.hyperedge.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What this console is and runs on: shown in the About dialog and in support reports. */
public record ConsoleEnvironment(String productVersion, String platformVersion, String swtVersion,
        String javaVersion, String javaHome, String operatingSystem, Path dataDirectory) {

    public static ConsoleEnvironment current(Path dataDirectory) {
        return new ConsoleEnvironment(
                bundleVersion(ConsoleEnvironment.class),
                "Eclipse RCP (e4 workbench " + bundleVersion(org.eclipse.e4.ui.workbench.IWorkbench.class)
                        + ", core runtime " + bundleVersion(Platform.class) + ", " + Platform.getWS() + ")",
                org.eclipse.swt.SWT.getPlatform() + " " + org.eclipse.swt.SWT.getVersion(),
                System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                        + System.getProperty("java.vendor") + ")",
                System.getProperty("java.home"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                dataDirectory);
    }

    private static String bundleVersion(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }

    /** The facts as labelled rows, in the order an operator reads them. */
    public Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Product", "HyperEdge Console " + productVersion);
        rows.put("Platform", platformVersion);
        rows.put("SWT", swtVersion);
        rows.put("Java", javaVersion);
        rows.put("Java home", javaHome);
        rows.put("Operating system", operatingSystem);
        rows.put("Data directory", dataDirectory.toString());
        return rows;
    }

    public String asText() {
        StringBuilder text = new StringBuilder();
        rows().forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        return text.toString();
    }
}
