package org.hyperedge.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClassifier;
import org.hyperedge.model.HyperEdgePackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EMF model is the product's vocabulary, not a dead schema: every class and enum of {@code hyperedge.ecore}
 * is used by production code outside the model bundle, and no hand-written type (production or test) takes the
 * name of one, so {@code Instance} or {@code RequestedState} always means the model's.
 */
class ModelVocabularyTest {

    private static final Pattern DECLARATION = Pattern.compile("\\b(?:class|record|enum|interface)\\s+(\\w+)");
    private static final Map<Path, String> HAND_WRITTEN = new TreeMap<>();
    private static final Map<Path, String> PRODUCTION = new TreeMap<>();

    @BeforeAll
    static void readTheSources() throws IOException {
        Path tree = sourceTree();
        for (String top : List.of("bundles", "tests", "releng")) {
            try (Stream<Path> files = Files.walk(tree.resolve(top))) {
                files.filter(file -> file.toString().endsWith(".java") && !file.toString().contains("/src-gen/")
                        && !file.toString().contains("/target/")).forEach(file -> {
                            String text = read(file);
                            HAND_WRITTEN.put(file, text);
                            if (top.equals("bundles") && !file.startsWith(tree.resolve("bundles/org.hyperedge.model"))) {
                                PRODUCTION.put(file, text);
                            }
                        });
            }
        }
    }

    @Test
    void noHandWrittenTypeSharesANameWithAModelClassifier() {
        List<String> names = names();
        List<String> shadows = new ArrayList<>();
        HAND_WRITTEN.forEach((file, text) -> {
            Matcher declared = DECLARATION.matcher(text);
            while (declared.find()) {
                if (names.contains(declared.group(1))) {
                    shadows.add(declared.group(1) + " in " + file.getFileName());
                }
            }
        });

        assertEquals(List.of(), shadows);
    }

    @Test
    void productionCodeOutsideTheModelUsesEveryClassifier() {
        List<String> unused = new ArrayList<>();
        for (String name : names()) {
            Pattern use = Pattern.compile("\\b" + name + "\\b");
            if (PRODUCTION.values().stream().noneMatch(text -> use.matcher(text).find())) {
                unused.add(name);
            }
        }

        assertEquals(List.of(), unused, "classifiers of hyperedge.ecore no production code uses: use them or delete them");
    }

    private static List<String> names() {
        return HyperEdgePackage.eINSTANCE.getEClassifiers().stream().map(EClassifier::getName).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sourceTree() {
        String property = System.getProperty("hyperedge.source");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bundles")) && Files.isRegularFile(dir.resolve("hyperedge"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no HyperEdge source tree above " + Path.of("").toAbsolutePath()
                + " (set -Dhyperedge.source)");
    }
}
