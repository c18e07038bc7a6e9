package org.hyperedge.master.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Rewrites a bundle's zip as a tamperer would: the same entries, one of them changed. */
final class Zips {

    private Zips() {
    }

    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    static Path rewrite(Path zip, Path target, String entryName, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> entries = read(zip);
        if (!entries.containsKey(entryName)) {
            throw new IllegalArgumentException(zip + " has no " + entryName + ": " + entries.keySet());
        }
        entries.put(entryName, change.apply(entries.get(entryName)));
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream writer = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                writer.putNextEntry(new ZipEntry(entry.getKey()));
                writer.write(entry.getValue());
                writer.closeEntry();
            }
        }
        return target;
    }

    static byte[] flipLastByte(byte[] content) {
        byte[] changed = content.clone();
        changed[changed.length - 1] ^= 0x01;
        return changed;
    }
}
