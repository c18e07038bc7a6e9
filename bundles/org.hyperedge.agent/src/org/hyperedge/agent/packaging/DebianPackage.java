package org.hyperedge.agent.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.jar.Attributes;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.hyperedge.agent.AgentMain;
import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.protocol.desired.DesiredState;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The node agent as a Debian package, {@code hyperedge-agent_VERSION_all.deb}: the agent's jars under
 * {@code /usr/share/hyperedge-agent}, the launcher {@code /usr/bin/hyperedge-agent}, the systemd unit
 * {@code hyperedge-agent.service}, the supervisor and init script for hosts without systemd, and the settings
 * {@code /etc/hyperedge/agent.conf} (a conffile). The tree is laid out here from the files beside this class
 * ({@code debian/}) and packed by {@code dpkg-deb --root-owner-group}, so every file is root's in the package
 * whoever builds it.
 *
 * <p>{@code java -cp hyperedge-agent.jar org.hyperedge.agent.packaging.DebianPackage --version V --out DIR} packs
 * the jars it runs from ({@code ./hyperedge package deb}).
 */
public final class DebianPackage {

    public static final String NAME = "hyperedge-agent";
    public static final String UNIT = "lib/systemd/system/hyperedge-agent.service";
    public static final String CONFIG = "etc/hyperedge/agent.conf";
    public static final String INIT_SCRIPT = "etc/init.d/hyperedge-agent";
    public static final String SUPERVISOR = "usr/lib/hyperedge-agent/supervise";
    public static final String LAUNCHER = "usr/bin/hyperedge-agent";
    public static final String SHARE = "usr/share/hyperedge-agent";
    private static final String DOC = "usr/share/doc/hyperedge-agent";

    /**
     * A jar (or class folder) of the agent's class path, by the name it has in the package's {@code lib/}; the first
     * is the agent's own, which becomes {@code hyperedge-agent.jar} with the others on its {@code Class-Path}.
     */
    public record Library(String name, Path location) {
    }

    private DebianPackage() {
    }

    public static void main(String[] args) {
        String version = null;
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                usage(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--version" -> version = args[i + 1];
                case "--out" -> out = Path.of(args[i + 1]);
                default -> usage("unknown option '" + args[i] + "'");
            }
        }
        if (version == null || out == null) {
            usage("--version and --out are both needed");
        }
        try {
            System.out.println(build(version, ownLibraries(), out));
        } catch (IllegalArgumentException e) {
            System.err.println("hyperedge package deb: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("hyperedge package deb: " + e.getMessage());
            System.exit(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(4);
        }
    }

    private static void usage(String problem) {
        System.err.println("hyperedge package deb: " + problem + " (usage: DebianPackage --version PROJECT-VERSION --out DIR)");
        System.exit(2);
    }

    /** The agent's class path as this code runs it: the agent and protocol bundles and Jackson. */
    public static List<Library> ownLibraries() throws IOException {
        List<Library> libraries = new ArrayList<>();
        libraries.add(new Library("org.hyperedge.agent.jar", locationOf(AgentMain.class)));
        libraries.add(new Library("org.hyperedge.protocol.jar", locationOf(DesiredState.class)));
        libraries.add(new Library("jackson-core.jar", locationOf(JsonParser.class)));
        libraries.add(new Library("jackson-databind.jar", locationOf(ObjectMapper.class)));
        libraries.add(new Library("jackson-annotations.jar", locationOf(JsonProperty.class)));
        return libraries;
    }

    private static Path locationOf(Class<?> type) throws IOException {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot find the jar of " + type.getName() + " to pack it: " + e);
        }
    }

    /**
     * Builds {@code hyperedge-agent_DEBIANVERSION_all.deb} in {@code outDirectory} from the libraries, and returns it.
     * Needs {@code dpkg-deb}; the version is the project's ({@link DebianVersion}).
     */
    public static Path build(String projectVersion, List<Library> libraries, Path outDirectory)
            throws IOException, InterruptedException {
        String version = DebianVersion.of(projectVersion);
        Files.createDirectories(outDirectory);
        Path tree = Files.createTempDirectory(outDirectory, ".hyperedge-agent-deb-");
        try {
            layOut(tree, version, libraries);
            Path deb = outDirectory.resolve(NAME + "_" + version + "_all.deb");
            dpkgDeb(tree, deb);
            return deb;
        } finally {
            deleteTree(tree);
        }
    }

    private static void layOut(Path tree, String version, List<Library> libraries) throws IOException {
        directory(tree);
        // the agent's own jar is hyperedge-agent.jar, which java -jar runs with the others in lib/
        Library agent = libraries.get(0);
        List<String> classPath = new ArrayList<>();
        for (Library library : libraries.subList(1, libraries.size())) {
            Path target = tree.resolve(SHARE + "/lib/" + library.name());
            directories(tree, target.getParent());
            Jars.copyAsJar(library.location(), target);
            file(target);
            classPath.add("lib/" + library.name());
        }
        Path agentJar = tree.resolve(SHARE + "/hyperedge-agent.jar");
        Jars.copyAsJar(agent.location(), agentJar, Map.of(Attributes.Name.MAIN_CLASS, AgentMain.class.getName(),
                Attributes.Name.CLASS_PATH, String.join(" ", classPath),
                Attributes.Name.IMPLEMENTATION_TITLE, "HyperEdge Node Agent", Attributes.Name.IMPLEMENTATION_VERSION, version));
        file(agentJar);
        write(tree, LAUNCHER, resource("launcher").replace("@JVM_OPTIONS@", String.join(" ", AgentLauncher.JVM_OPTIONS)), true);
        write(tree, SUPERVISOR, resource("supervise"), true);
        write(tree, UNIT, resource("hyperedge-agent.service"), false);
        write(tree, INIT_SCRIPT, resource("init"), true);
        write(tree, CONFIG, resource("agent.conf"), false);
        write(tree, DOC + "/copyright", resource("copyright"), false);
        write(tree, DOC + "/README.Debian", resource("README.Debian"), false);
        String date = ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH));
        gzip(tree, DOC + "/changelog.gz", resource("changelog").replace("@VERSION@", version).replace("@DATE@", date));
        gzip(tree, "usr/share/man/man1/hyperedge-agent.1.gz", resource("hyperedge-agent.1"));

        List<String> conffiles = resource("conffiles").lines().toList();
        String md5sums = md5sums(tree, conffiles);
        Path control = tree.resolve("DEBIAN");
        directory(control);
        write(tree, "DEBIAN/md5sums", md5sums, false);
        write(tree, "DEBIAN/conffiles", resource("conffiles"), false);
        for (String script : List.of("postinst", "prerm", "postrm")) {
            write(tree, "DEBIAN/" + script, resource(script), true);
        }
        write(tree, "DEBIAN/control", resource("control").replace("@VERSION@", version)
                .replace("@INSTALLED_SIZE@", Long.toString(installedKibibytes(tree))), false);
    }

    /** Every installed file but the conffiles, as {@code md5sum} prints them (dpkg checks them with {@code --verify}). */
    private static String md5sums(Path tree, List<String> conffiles) throws IOException {
        StringBuilder sums = new StringBuilder();
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = tree.relativize(file).toString();
                if (!conffiles.contains("/" + name)) {
                    sums.append(md5(file)).append("  ").append(name).append('\n');
                }
            }
        }
        return sums.toString();
    }

    private static String md5(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    /** As dpkg-gencontrol counts it: each file's size in KiB rounded up, and one for each folder. */
    private static long installedKibibytes(Path tree) throws IOException {
        long total = 0;
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.filter(p -> !tree.relativize(p).startsWith("DEBIAN")).toList()) {
                total += Files.isDirectory(path) ? 1 : (Files.size(path) + 1023) / 1024;
            }
        }
        return total;
    }

    private static void dpkgDeb(Path tree, Path deb) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("dpkg-deb", "--root-owner-group", "--build", tree.toString(), deb.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("dpkg-deb is needed to build the package and is not installed "
                    + "(apt-get install -y dpkg): " + e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("dpkg-deb did not finish within 120 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("dpkg-deb refused the package (exit " + process.exitValue() + "): " + output.strip());
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DebianPackage.class.getResourceAsStream("debian/" + name)) {
            if (in == null) {
                throw new IOException("the packaging file debian/" + name + " is missing from the agent's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path tree, String path, String content, boolean executable) throws IOException {
        Path file = tree.resolve(path);
        directories(tree, file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    /** As {@code gzip -9n} writes it: best compression said in the header, no name, no time. */
    private static void gzip(Path tree, String path, String content) throws IOException {
        Path file = tree.resolve(path);
        directories(tree, file.getParent());
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        CRC32 crc = new CRC32();
        crc.update(data);
        try (OutputStream out = Files.newOutputStream(file)) {
            // magic, deflate, no flags, no time, XFL 2 (slowest, best compression), OS 3 (Unix)
            out.write(new byte[] { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, 3 });
            try (DeflaterOutputStream body = new DeflaterOutputStream(new NonClosing(out), deflater)) {
                body.write(data);
            }
            out.write(littleEndian((int) crc.getValue()));
            out.write(littleEndian(data.length));
        } finally {
            deflater.end();
        }
        file(file);
    }

    private static byte[] littleEndian(int value) {
        return new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) };
    }

    /** Lets the deflater finish its stream without closing the file the trailer still goes to. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Folders between the tree's root and {@code directory}, each 0755 whatever the umask. */
    private static void directories(Path tree, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Path d = directory; d != null && d.startsWith(tree); d = d.getParent()) {
            directory(d);
        }
    }

    private static void directory(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void file(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
