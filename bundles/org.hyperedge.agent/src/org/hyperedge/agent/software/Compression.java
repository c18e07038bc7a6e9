package org.hyperedge.agent.software;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The compression of a tar archive, told by its first bytes, as tar's option: tar guesses it only from a
 * file it can open itself, and the build user is handed the archive as its standard input.
 */
final class Compression {

    private Compression() {
    }

    static List<String> of(Path archive) throws IOException {
        byte[] head = new byte[6];
        int read;
        try (InputStream in = Files.newInputStream(archive)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return List.of("--gzip");
        }
        if (read >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
            return List.of("--bzip2");
        }
        if (read >= 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z' && head[3] == 'X' && head[4] == 'Z'
                && head[5] == 0) {
            return List.of("--xz");
        }
        if (read >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return List.of("--zstd");
        }
        return List.of();
    }
}
