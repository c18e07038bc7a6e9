package org.hyperedge.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * The application context a launcher would hand to the console: the branding properties of a product
 * declared in {@code org.eclipse.core.runtime.products}, read from the extension registry, so a test
 * starts the application exactly as the product is configured.
 */
final class ProductApplicationContext implements IApplicationContext {

    private final String productId;
    private final IConfigurationElement product;
    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, Object> arguments = new HashMap<>();

    ProductApplicationContext(String productId, String... applicationArgs) {
        this.productId = productId;
        int dot = productId.lastIndexOf('.');
        var extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products",
                productId);
        if (extension == null || dot < 0) {
            throw new IllegalStateException("no product " + productId + " in the extension registry");
        }
        product = extension.getConfigurationElements()[0];
        for (IConfigurationElement property : product.getChildren("property")) {
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        arguments.put(IApplicationContext.APPLICATION_ARGS, applicationArgs);
    }

    @Override
    public Map<String, Object> getArguments() {
        return arguments;
    }

    @Override
    public void applicationRunning() {
        // no splash screen to take down
    }

    @Override
    public String getBrandingApplication() {
        return product.getAttribute("application");
    }

    @Override
    public String getBrandingName() {
        return product.getAttribute("name");
    }

    @Override
    public String getBrandingDescription() {
        return product.getAttribute("description");
    }

    @Override
    public String getBrandingId() {
        return productId;
    }

    @Override
    public String getBrandingProperty(String key) {
        return properties.get(key);
    }

    @Override
    public Bundle getBrandingBundle() {
        return Platform.getBundle(product.getContributor().getName());
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // the session reads the result from start() itself
    }
}
