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
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.ConnectorHost;
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
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentFactory;
import org.osgi.service.component.ComponentInstance;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The console's master and its connector come through Declarative Services (issue 17, item 2): SCR runs in the
 * console, the console core's and the connector's bundles carry the descriptors generated from {@code @Component} at
 * build time, the master and the connector are active component instances registered as services, the connector
 * bound to this console's master, and the parts got those very services by injection; the connector's instance goes
 * with its master, while the master's database is still open.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DeclarativeServicesTest {

    @TempDir
    Path temp;

    @Test
    void theMasterAndItsConnectorAreActiveDsComponentsThatThePartsReceiveByInjection() throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        Bundle core = Arrays.stream(bundles.getBundles())
                .filter(b -> b.getSymbolicName().equals("org.hyperedge.console.core")).findFirst().orElseThrow();
        String descriptor = "OSGI-INF/" + EmbeddedMaster.class.getName() + ".xml";
        assertEquals(descriptor, core.getHeaders("").get("Service-Component"),
                "the built bundle's manifest names the generated descriptor");
        assertNotNull(core.getEntry(descriptor), "the built bundle carries the descriptor generated at build time");
        Bundle connectorBundle = FrameworkUtil.getBundle(Connector.class);
        String connectorDescriptor = "OSGI-INF/" + Connector.class.getName() + ".xml";
        assertEquals(connectorDescriptor, connectorBundle.getHeaders("").get("Service-Component"),
                "the connector's built bundle names its generated descriptor");
        assertNotNull(connectorBundle.getEntry(connectorDescriptor),
                "the connector's built bundle carries the descriptor generated at build time");

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

                ComponentDescriptionDTO connector = connectorDescription(scr);
                assertEquals(Connector.FACTORY, connector.factory);
                assertTrue(scr.isComponentEnabled(connector), "the connector's component is enabled");
                List<ComponentConfigurationDTO> connectors = ours(scr.getComponentConfigurationDTOs(connector));
                assertEquals(List.of(ComponentConfigurationDTO.ACTIVE), connectors.stream().map(c -> c.state).toList(),
                        "one instance of the connector's component for this console's master, active");
                Object masterService = bundles.getServiceReferences(ConnectorHost.class,
                        "(" + EmbeddedMaster.DATA_DIRECTORY + "=" + temp.resolve("data") + ")").iterator().next()
                        .getProperty("service.id");
                assertEquals(List.of(masterService), boundHosts(connectors.get(0)),
                        "the connector's host reference is bound to this console's master's service");
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

            Collection<ServiceReference<Connector>> connectors = bundles.getServiceReferences(Connector.class,
                    "(" + EmbeddedMaster.DATA_DIRECTORY + "=" + temp.resolve("data") + ")");
            assertEquals(1, connectors.size(), "the connector is registered once, as a Connector service");
            ServiceReference<Connector> connectorReference = connectors.iterator().next();
            assertEquals("org.hyperedge.connector", connectorReference.getBundle().getSymbolicName());
            Connector connectorService = bundles.getService(connectorReference);
            try {
                ui.waitUntil("the connector in the console's context",
                        () -> ui.onUi(() -> console.windowModel().getContext().get(Connector.class)) != null);
                assertSame(connectorService, ui.onUi(() -> console.windowModel().getContext().get(Connector.class)),
                        "parts are injected the connector's DS service itself");
            } finally {
                bundles.ungetService(connectorReference);
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
        assertEquals(List.of(), bundles.getServiceReferences(Connector.class, ours).stream().toList(),
                "the console's end disposed its connector's component instance: its service is gone");
    }

    /**
     * Given a master's component instance and a connector's made for it (as the console makes them), when only the
     * master's is disposed, SCR deactivates and disposes the connector's too, and does so while the master's
     * database still answers: the connector stops before the database closes.
     */
    @Test
    void theConnectorComponentGoesWithItsMasterBeforeTheDatabaseCloses() throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        String data = temp.resolve("bare").toString();
        String id = "test-" + System.nanoTime();
        java.util.Hashtable<String, Object> masterProperties = new java.util.Hashtable<>();
        masterProperties.put(EmbeddedMaster.DATA_DIRECTORY, data);
        masterProperties.put(org.hyperedge.ui.master.MasterAddon.MASTER_INSTANCE, id);
        ComponentInstance<EmbeddedMaster> master = newInstance(bundles, EmbeddedMaster.class, EmbeddedMaster.FACTORY,
                masterProperties);
        boolean disposed = false;
        try {
            java.util.Hashtable<String, Object> connectorProperties = new java.util.Hashtable<>();
            connectorProperties.put(Connector.HOST_TARGET, "(" + org.hyperedge.ui.master.MasterAddon.MASTER_INSTANCE
                    + "=" + id + ")");
            connectorProperties.put(EmbeddedMaster.DATA_DIRECTORY, data);
            ComponentInstance<Connector> connector = newInstance(bundles, Connector.class, Connector.FACTORY,
                    connectorProperties);
            master.getInstance().connectWith(connector.getInstance());
            master.getInstance().startSync();

            ServiceReference<ServiceComponentRuntime> scrReference = bundles.getServiceReference(ServiceComponentRuntime.class);
            ServiceComponentRuntime scr = bundles.getService(scrReference);
            try {
                List<ComponentConfigurationDTO> active = of(data, scr.getComponentConfigurationDTOs(connectorDescription(scr)));
                assertEquals(List.of(ComponentConfigurationDTO.ACTIVE), active.stream().map(c -> c.state).toList(),
                        "SCR activated the connector's instance for the master");

                List<String> seenAtUnregistration = new java.util.concurrent.CopyOnWriteArrayList<>();
                ServiceListener listener = event -> {
                    if (event.getType() == ServiceEvent.UNREGISTERING) {
                        try {
                            master.getInstance().catalog().list();
                            seenAtUnregistration.add("database open");
                        } catch (RuntimeException e) {
                            seenAtUnregistration.add("database closed: " + e);
                        }
                    }
                };
                bundles.addServiceListener(listener, "(&(objectClass=" + Connector.class.getName() + ")("
                        + EmbeddedMaster.DATA_DIRECTORY + "=" + data + "))");
                try {
                    master.dispose(); // the master's only: the connector's instance is not touched here
                    disposed = true;
                } finally {
                    bundles.removeServiceListener(listener);
                }
                assertEquals(List.of("database open"), seenAtUnregistration,
                        "SCR took the connector's service away once, while the master's database still answered");
                assertEquals(List.of(), of(data, scr.getComponentConfigurationDTOs(connectorDescription(scr))),
                        "the connector's instance was disposed with its master");
                assertEquals(List.of(), bundles.getServiceReferences(Connector.class,
                        "(" + EmbeddedMaster.DATA_DIRECTORY + "=" + data + ")").stream().toList());
            } finally {
                bundles.ungetService(scrReference);
            }
        } finally {
            if (!disposed) {
                master.dispose();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> ComponentInstance<T> newInstance(BundleContext bundles, Class<T> component, String factoryName,
            java.util.Hashtable<String, Object> properties) throws Exception {
        FrameworkUtil.getBundle(component).start(Bundle.START_ACTIVATION_POLICY); // lazy: SCR reads it once started
        ServiceReference<ComponentFactory> reference = bundles.getServiceReferences(ComponentFactory.class,
                "(component.factory=" + factoryName + ")").iterator().next();
        ComponentFactory<T> factory = bundles.getService(reference);
        try {
            return factory.newInstance(properties);
        } finally {
            bundles.ungetService(reference);
        }
    }

    private static ComponentDescriptionDTO connectorDescription(ServiceComponentRuntime scr) {
        return scr.getComponentDescriptionDTOs(FrameworkUtil.getBundle(Connector.class)).stream()
                .filter(d -> d.name.equals(Connector.class.getName())).findFirst().orElseThrow();
    }

    private static List<Object> boundHosts(ComponentConfigurationDTO configuration) {
        return Arrays.stream(configuration.satisfiedReferences).filter(r -> r.name.equals("host"))
                .flatMap(r -> Arrays.stream(r.boundServices)).map(s -> (Object) s.id).toList();
    }

    private static List<ComponentConfigurationDTO> of(String data, Collection<ComponentConfigurationDTO> configurations) {
        return configurations.stream().filter(c -> data.equals(c.properties.get(EmbeddedMaster.DATA_DIRECTORY))).toList();
    }

    private List<ComponentConfigurationDTO> ours(Collection<ComponentConfigurationDTO> configurations) {
        return of(temp.resolve("data").toString(), configurations);
    }
}
