package org.hyperedge.master.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A catalog index directory on this machine, as {@code catalog publish} wrote it or as it was copied here. */
public record DirectoryCatalog(Path directory) implements CatalogLocation {

    @Override
    public void checkExists() throws CatalogSourceException {
        if (!Files.isDirectory(directory)) {
            throw new CatalogSourceException(directory + " does not exist or is not a directory: a catalog source is the "
                    + "directory 'catalog publish' wrote (holding " + CatalogIndex.FILE + ")");
        }
    }

    @Override
    public byte[] read(String path, int maxBytes) throws CatalogSourceException {
        Path file = directory.resolve(path).normalize();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw new CatalogSourceException(file + " is larger than " + maxBytes
                        + " bytes, more than a catalog index holds");
            }
            return content;
        } catch (IOException e) {
            throw new CatalogSourceException("cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    public boolean copy(String path, long maxBytes, Path target) throws CatalogSourceException {
        Path file = directory.resolve(path).normalize();
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                copied += read;
                if (copied > maxBytes) {
                    throw new CatalogSourceException(file + " is larger than the " + maxBytes
                            + " bytes the signed index lists for it: refused");
                }
                out.write(buffer, 0, read);
            }
            return true;
        } catch (IOException e) {
            throw new CatalogSourceException("cannot copy " + file + ": " + e.getMessage());
        }
    }

    @Override
    public String describe() {
        return directory.toString();
    }
}
