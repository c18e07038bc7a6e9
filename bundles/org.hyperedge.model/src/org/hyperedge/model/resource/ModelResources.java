package org.hyperedge.model.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.hyperedge.model.Catalog;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.HyperEdgePackage;

/**
 * XMI files of catalogs ({@code *.catalog}) and composite services ({@code *.composite}), readable
 * with or without an OSGi framework (the agent and the command line run without one).
 */
public final class ModelResources {

    public static final String CATALOG_EXTENSION = "catalog";
    public static final String COMPOSITE_EXTENSION = "composite";

    private static final Map<Object, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

    private ModelResources() {
    }

    /** A resource set that knows the HyperEdge package and reads and writes XMI for both extensions. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(HyperEdgePackage.eNS_URI, HyperEdgePackage.eINSTANCE);
        XMIResourceFactoryImpl xmi = new XMIResourceFactoryImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CATALOG_EXTENSION, xmi);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(COMPOSITE_EXTENSION, xmi);
        // snapshots of catalog and fleet (export-model) are XMI whatever their file is called
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, xmi);
        return resources;
    }

    public static Catalog loadCatalog(Path file) {
        return load(file, Catalog.class);
    }

    public static CompositeService loadComposite(Path file) {
        return load(file, CompositeService.class);
    }

    /** Writes the object as the only content of the file; the parent directory is created when needed. */
    public static void save(EObject root, Path file) {
        saveAll(java.util.List.of(root), file);
    }

    /**
     * Writes the objects, in order, as the contents of one XMI file (a snapshot: a catalog and a fleet, whose
     * references between each other's objects the file keeps); the parent directory is created when needed.
     */
    public static void saveAll(java.util.List<? extends EObject> roots, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().addAll(roots);
            resource.save(SAVE_OPTIONS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The root of the given type in a file {@link #saveAll} wrote. */
    public static <T extends EObject> T loadRoot(Path file, Class<T> type) {
        Resource resource = read(file);
        return resource.getContents().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " holds no " + type.getSimpleName()));
    }

    private static Resource read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist or is not a file");
        }
        Resource resource;
        try {
            resource = newResourceSet().getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a readable HyperEdge model: " + rootMessage(e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new IllegalArgumentException(file + ": " + resource.getErrors().get(0).getMessage());
        }
        return resource;
    }

    private static <T extends EObject> T load(Path file, Class<T> type) {
        Resource resource = read(file);
        if (resource.getContents().size() != 1 || !type.isInstance(resource.getContents().get(0))) {
            throw new IllegalArgumentException(file + " does not hold one " + type.getSimpleName());
        }
        return type.cast(resource.getContents().get(0));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
