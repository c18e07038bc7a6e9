package org.hyperedge.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.hyperedge.console.core.master.EmbeddedMaster;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The console core is headless: these tests run in an OSGi framework without SWT, JFace or the e4 workbench,
 * and the core bundle is wired to none of them.
 */
class HeadlessRuntimeTest {

    private static boolean ui(String symbolicName) {
        return symbolicName.startsWith("org.eclipse.swt") || symbolicName.startsWith("org.eclipse.jface")
                || symbolicName.startsWith("org.eclipse.e4.ui") || symbolicName.startsWith("org.eclipse.ui");
    }

    @Test
    void noUiBundleIsInTheTestRuntime() {
        Bundle self = FrameworkUtil.getBundle(HeadlessRuntimeTest.class);
        assertNotNull(self, "the tests run in OSGi");
        List<String> ui = Arrays.stream(self.getBundleContext().getBundles()).map(Bundle::getSymbolicName)
                .filter(HeadlessRuntimeTest::ui).toList();
        assertEquals(List.of(), ui);
    }

    @Test
    void theCoreBundleIsWiredToNoUiBundle() {
        Bundle core = FrameworkUtil.getBundle(EmbeddedMaster.class);
        assertEquals("org.hyperedge.console.core", core.getSymbolicName());
        List<String> ui = core.adapt(BundleWiring.class).getRequiredWires(null).stream().map(BundleWire::getProvider)
                .map(provider -> provider.getBundle().getSymbolicName()).filter(HeadlessRuntimeTest::ui).distinct()
                .toList();
        assertEquals(List.of(), ui);
    }
}
