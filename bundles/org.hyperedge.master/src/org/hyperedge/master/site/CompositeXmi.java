package org.hyperedge.master.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.resource.ModelResources;

/** Composite services as the XMI bytes a bundle carries, and back; also the built-in examples by name. */
public final class CompositeXmi {

    private static final Map<Object, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

    private CompositeXmi() {
    }

    public static byte[] write(CompositeService composite) {
        Resource resource = ModelResources.newResourceSet().createResource(URI.createURI("bundle.composite"));
        resource.getContents().add(EcoreUtil.copy(composite));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, OPTIONS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write composite " + composite.getName() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    public static CompositeService read(String source, byte[] xmi) {
        Resource resource = ModelResources.newResourceSet().createResource(URI.createURI("bundle.composite"));
        try {
            resource.load(new ByteArrayInputStream(xmi), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(source + " is not a readable composite service: " + e.getMessage(), e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof CompositeService composite)) {
            throw new IllegalArgumentException(source + " does not hold one composite service");
        }
        return composite;
    }

    /**
     * A built-in example composite ({@code catalog/composites/} of the model bundle) by its file name or its
     * name: {@code factory-in-a-box} or {@code "factory in a box"}.
     */
    public static java.util.Optional<CompositeService> builtIn(String name) {
        String file = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        try (InputStream in = org.hyperedge.model.Catalog.class.getClassLoader()
                .getResourceAsStream("catalog/composites/" + file + ".composite")) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(read("catalog/composites/" + file + ".composite", in.readAllBytes()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in composite " + file + ": " + e.getMessage(), e);
        }
    }

    /** The instance tree a composite becomes at the site: its name as a title ({@code factory-in-a-box}). */
    public static String treeName(CompositeService composite) {
        return composite.getName().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
