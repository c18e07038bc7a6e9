package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.handlers.FilterInstancesHandler;
import org.hyperedge.ui.instances.InstancesPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The console's master comes through Declarative Services (issue 17, item 2): SCR runs in the console, the
 * console core's bundle carries the descriptor generated from {@code @Component} at build time, the master is
 * an active component instance registered as a service, and the parts got that very service by injection.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DeclarativeServicesTest {

    @TempDir
    Path temp;

    @Test
    void theMasterIsAnActiveDsComponentThatThePartsReceiveByInjection() throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        Bundle core = Arrays.stream(bundles.getBundles())
                .filter(b -> b.getSymbolicName().equals("org.hyperedge.console.core")).findFirst().orElseThrow();
        String descriptor = "OSGI-INF/" + EmbeddedMaster.class.getName() + ".xml";
        assertEquals(descriptor, core.getHeaders("").get("Service-Component"),
                "the built bundle's manifest names the generated descriptor");
        assertNotNull(core.getEntry(descriptor), "the built bundle carries the descriptor generated at build time");

        ConsoleSession console = ConsoleSession.start(temp.resolve("data"), temp.resolve("console.properties"));
        try {
            UiDriver ui = console.driver();
            ui.waitUntil("the master open", () -> ui.onUi(() -> console.windowModel().getContext()
                    .get(EmbeddedMaster.class)) != null);

            ServiceReference<ServiceComponentRuntime> scrReference = bundles.getServiceReference(ServiceComponentRuntime.class);
            assertNotNull(scrReference, "SCR runs in the console");
            ServiceComponentRuntime scr = bundles.getService(scrReference);
            try {
                ComponentDescriptionDTO master = scr.getComponentDescriptionDTOs(core).stream()
                        .filter(d -> d.name.equals(EmbeddedMaster.class.getName())).findFirst().orElseThrow();
                assertEquals(EmbeddedMaster.FACTORY, master.factory);
                assertTrue(scr.isComponentEnabled(master), "the master's component is enabled");
                List<Integer> states = ours(scr.getComponentConfigurationDTOs(master)).stream().map(c -> c.state).toList();
                assertEquals(List.of(ComponentConfigurationDTO.ACTIVE), states,
                        "one instance of the master's component on this console's data directory, active");
            } finally {
                bundles.ungetService(scrReference);
            }

            Collection<ServiceReference<EmbeddedMaster>> registered = bundles.getServiceReferences(EmbeddedMaster.class,
                    "(" + EmbeddedMaster.DATA_DIRECTORY + "=" + temp.resolve("data") + ")");
            assertEquals(1, registered.size(), "the master is registered once, as an EmbeddedMaster service");
            ServiceReference<EmbeddedMaster> reference = registered.iterator().next();
            assertEquals("org.hyperedge.console.core", reference.getBundle().getSymbolicName());
            EmbeddedMaster service = bundles.getService(reference);
            try {
                EPartService parts = ui.onUi(() -> console.windowModel().getContext().get(EPartService.class));
                MPart part = ui.onUi(() -> parts.showPart(FilterInstancesHandler.INSTANCES_PART,
                        EPartService.PartState.VISIBLE));
                ui.waitUntil("the Instances view given the master",
                        () -> part.getObject() instanceof InstancesPart view && view.master() != null);
                InstancesPart view = ui.onUi(() -> (InstancesPart) part.getObject());
                EmbeddedMaster injected = ui.onUi(view::master);
                assertSame(service, injected, () -> "the part was injected the DS service itself; service on "
                        + service.dataDirectory() + ", injected on " + injected.dataDirectory() + ", context's "
                        + ui.onUi(() -> console.windowModel().getContext().get(EmbeddedMaster.class)));
                assertSame(service, ui.onUi(() -> console.windowModel().getContext().get(EmbeddedMaster.class)));
            } finally {
                bundles.ungetService(reference);
            }
        } finally {
            console.close();
        }
        String ours = "(" + EmbeddedMaster.DATA_DIRECTORY + "=" + temp.resolve("data") + ")";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!bundles.getServiceReferences(EmbeddedMaster.class, ours).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), bundles.getServiceReferences(EmbeddedMaster.class, ours).stream().toList(),
                "the console's end disposed its master's component instance: its service is gone");
    }

    private List<ComponentConfigurationDTO> ours(Collection<ComponentConfigurationDTO> configurations) {
        String data = temp.resolve("data").toString();
        return configurations.stream().filter(c -> data.equals(c.properties.get(EmbeddedMaster.DATA_DIRECTORY))).toList();
    }
}
