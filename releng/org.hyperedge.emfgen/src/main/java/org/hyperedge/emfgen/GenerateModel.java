package org.hyperedge.emfgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates {@code src-gen/} of a model bundle from its {@code model/*.genmodel} with EMF's own
 * generator, outside Eclipse. A missing genmodel is created from the .ecore with the project's settings.
 * Usage: GenerateModel BUNDLE_DIR ECORE_NAME (e.g. bundles/org.hyperedge.model hyperedge).
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        String name = args[1];
        String project = bundle.getFileName().toString();
        EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(bundle + "/"));
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        URI genModelUri = URI.createPlatformResourceURI(project + "/model/" + name + ".genmodel", true);
        GenModel genModel = Files.exists(bundle.resolve("model/" + name + ".genmodel"))
                ? (GenModel) resources.getResource(genModelUri, true).getContents().get(0)
                : createGenModel(resources, project, name, genModelUri);
        genModel.reconcile();
        // the .genmodel in git follows the .ecore: a class or feature added there is listed here too
        genModel.eResource().save(Map.of());
        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        System.out.println("EMF generation: " + result.getMessage() + " (severity " + result.getSeverity() + ")");
        for (Diagnostic child : result.getChildren()) {
            System.out.println("  " + child.getMessage());
        }
        if (result.getSeverity() >= Diagnostic.ERROR) {
            System.exit(1);
        }
    }

    private static GenModel createGenModel(ResourceSet resources, String project, String name, URI genModelUri)
            throws IOException {
        Resource ecore = resources.getResource(URI.createPlatformResourceURI(project + "/model/" + name + ".ecore", true), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.setModelName("HyperEdge");
        genModel.setModelDirectory("/" + project + "/src-gen");
        genModel.setModelPluginID(project);
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setCodeFormatting(false);
        genModel.setImportOrganizing(true);
        genModel.setOperationReflection(true);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.getForeignModel().add(name + ".ecore");
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setBasePackage("org.hyperedge");
        genPackage.setPrefix("HyperEdge");
        Resource resource = resources.createResource(genModelUri);
        resource.getContents().add(genModel);
        resource.save(Map.of());
        return genModel;
    }
}
