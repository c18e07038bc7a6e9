package org.hyperedge.update;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;
import org.osgi.service.component.annotations.Component;

/** Gives every p2 agent of the console {@link SiteTransport} as its Transport service (see why there). */
@Component(service = IAgentServiceFactory.class,
        property = IAgentServiceFactory.PROP_CREATED_SERVICE_NAME + "="
                + "org.eclipse.equinox.internal.p2.repository.Transport")
public class SiteTransportFactory implements IAgentServiceFactory {

    @Override
    public Object createService(IProvisioningAgent agent) {
        return new SiteTransport();
    }
}
