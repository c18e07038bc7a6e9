package org.hyperedge.update.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.ITouchpointType;
import org.eclipse.equinox.p2.metadata.IUpdateDescriptor;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.spi.ArtifactDescriptor;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Publishes one version of a console into a p2 update site, laid out as the build's product repository is: a root
 * product unit (org.hyperedge.console.product) requiring exactly one version of a bundle, the bundle's jar in the
 * artifact repository with its SHA-256 checksum, and the touchpoint instructions that install it into plugins/.
 */
public final class PublishedConsole {

    public static final String PRODUCT = "org.hyperedge.console.product";
    public static final String BUNDLE = "org.hyperedge.update.sample";
    /** The two builds the tests publish: the one installed first, and the newer one offered as its update. */
    public static final String V1 = "0.1.0.v20261201-1200";
    public static final String V2 = "0.1.0.v20261207-1200";

    private PublishedConsole() {
    }

    /** A site holding the console at {@code version}; the bundle's jar lands in {@code site/plugins}. */
    public static Path publish(IProvisioningAgent agent, Path site, String version)
            throws ProvisionException, IOException {
        Version v = Version.create(version);
        byte[] jar = bundleJar(v);
        IArtifactRepository artifacts = agent.getService(IArtifactRepositoryManager.class).createRepository(
                site.toUri(), "HyperEdge Console " + version, IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY,
                Map.of());
        IArtifactKey key = artifacts.createArtifactKey("osgi.bundle", BUNDLE, v);
        ArtifactDescriptor descriptor = (ArtifactDescriptor) artifacts.createArtifactDescriptor(key);
        descriptor.setProperty("artifact.size", Integer.toString(jar.length));
        descriptor.setProperty("download.size", Integer.toString(jar.length));
        descriptor.setProperty("download.checksum.sha-256", sha256(jar));
        try (OutputStream out = artifacts.getOutputStream(descriptor)) {
            out.write(jar);
        }

        IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).createRepository(
                site.toUri(), "HyperEdge Console " + version, IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY,
                Map.of());
        metadata.addInstallableUnits(List.of(bundleUnit(v, key), productUnit(v)));
        return site;
    }

    /** Where the bundle's jar of {@code version} is in a site or an installation. */
    public static Path bundleJar(Path root, String version) {
        return root.resolve("plugins").resolve(BUNDLE + "_" + version + ".jar");
    }

    private static IInstallableUnit bundleUnit(Version v, IArtifactKey key) {
        InstallableUnitDescription unit = new InstallableUnitDescription();
        unit.setId(BUNDLE);
        unit.setVersion(v);
        unit.setCapabilities(new IProvidedCapability[] {
                MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, BUNDLE, v),
                MetadataFactory.createProvidedCapability("osgi.bundle", BUNDLE, v) });
        unit.setArtifacts(new IArtifactKey[] { key });
        unit.setTouchpointType(MetadataFactory.createTouchpointType("org.eclipse.equinox.p2.osgi",
                Version.create("1.0.0")));
        unit.addTouchpointData(MetadataFactory.createTouchpointData(Map.of(
                "manifest", "Bundle-SymbolicName: " + BUNDLE + "\nBundle-Version: " + v,
                "install", "installBundle(bundle:${artifact})",
                "uninstall", "uninstallBundle(bundle:${artifact})")));
        return MetadataFactory.createInstallableUnit(unit);
    }

    private static IInstallableUnit productUnit(Version v) {
        InstallableUnitDescription unit = new InstallableUnitDescription();
        unit.setId(PRODUCT);
        unit.setVersion(v);
        unit.setProperty(IInstallableUnit.PROP_NAME, "HyperEdge");
        unit.setProperty(InstallableUnitDescription.PROP_TYPE_PRODUCT, "true");
        unit.setProperty(InstallableUnitDescription.PROP_TYPE_GROUP, "true");
        unit.setCapabilities(new IProvidedCapability[] {
                MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, PRODUCT, v) });
        IRequirement bundle = MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, BUNDLE,
                new VersionRange(v, true, v, true), null, false, false);
        unit.setRequirements(new IRequirement[] { bundle });
        unit.setTouchpointType(ITouchpointType.NONE);
        // what makes it an update of every older version of the product, as the build's publisher writes it
        unit.setUpdateDescriptor(MetadataFactory.createUpdateDescriptor(PRODUCT,
                new VersionRange(Version.emptyVersion, true, v, false), IUpdateDescriptor.NORMAL, null));
        return MetadataFactory.createInstallableUnit(unit);
    }

    private static byte[] bundleJar(Version v) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", BUNDLE);
        main.putValue("Bundle-Version", v.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new ZipEntry("version.txt"));
            jar.write(v.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes the bytes of the bundle's jar on the site after publishing, as a mirror or a man in the middle would. */
    public static void tamper(Path site, String version) throws IOException {
        Path jar = bundleJar(site, version);
        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(jar, bytes);
    }
}
