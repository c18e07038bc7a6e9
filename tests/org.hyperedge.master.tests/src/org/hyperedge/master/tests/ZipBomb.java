package org.hyperedge.master.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files whose entries may be bombs: a few megabytes that inflate to gigabytes of spaces. Deflating
 * gigabytes would take a test minutes, so a bomb is one steady deflate block (a mebibyte of spaces after the
 * first ones: the same bytes every time) repeated, which is exactly what deflating them would give.
 */
final class ZipBomb {

    private static final int MIB = 1 << 20;

    private final Map<String, Object> entries = new LinkedHashMap<>();

    /** An entry stored as it is. */
    ZipBomb add(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    /** An entry that inflates to {@code mebibytes} MiB of spaces (under 4 GiB: no zip64). */
    ZipBomb bomb(String name, int mebibytes) {
        entries.put(name, mebibytes);
        return this;
    }

    Path write(Path file) throws IOException {
        List<byte[]> central = new ArrayList<>();
        long offset = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (Map.Entry<String, Object> entry : entries.entrySet()) {
                byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
                byte[] data;
                long size;
                long crc;
                int method;
                if (entry.getValue() instanceof byte[] content) {
                    data = content;
                    size = content.length;
                    CRC32 check = new CRC32();
                    check.update(content);
                    crc = check.getValue();
                    method = 0;
                } else {
                    int mebibytes = (Integer) entry.getValue();
                    data = deflatedSpaces(mebibytes);
                    size = (long) mebibytes * MIB;
                    crc = spacesCrc(mebibytes);
                    method = 8;
                }
                byte[] local = header(0x04034b50, false, method, crc, data.length, size, name, 0);
                out.write(local);
                out.write(data);
                central.add(header(0x02014b50, true, method, crc, data.length, size, name, offset));
                offset += local.length + data.length;
            }
            long directoryStart = offset;
            long directorySize = 0;
            for (byte[] record : central) {
                out.write(record);
                directorySize += record.length;
            }
            ByteArrayOutputStream end = new ByteArrayOutputStream();
            int32(end, 0x06054b50);
            int16(end, 0);
            int16(end, 0);
            int16(end, central.size());
            int16(end, central.size());
            int32(end, directorySize);
            int32(end, directoryStart);
            int16(end, 0);
            end.writeTo(out);
        }
        return file;
    }

    private static byte[] deflatedSpaces(int mebibytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] spaces = new byte[MIB];
        Arrays.fill(spaces, (byte) ' ');
        byte[] buffer = new byte[MIB];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] previous = null;
        for (int i = 0; i < mebibytes; i++) {
            if (i >= 3) {
                out.writeBytes(previous); // the steady block: what the deflater would write again
                continue;
            }
            deflater.setInput(spaces);
            byte[] block = Arrays.copyOf(buffer, deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH));
            if (i == 2 && !Arrays.equals(block, previous)) {
                throw new IllegalStateException("the deflater's blocks of spaces are not steady after 2 MiB");
            }
            out.writeBytes(block);
            previous = block;
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static long spacesCrc(int mebibytes) {
        byte[] spaces = new byte[MIB];
        Arrays.fill(spaces, (byte) ' ');
        CRC32 crc = new CRC32();
        for (int i = 0; i < mebibytes; i++) {
            crc.update(spaces);
        }
        return crc.getValue();
    }

    private static byte[] header(int signature, boolean central, int method, long crc, long compressed, long size,
            byte[] name, long offset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int32(out, signature);
        if (central) {
            int16(out, 20);
        }
        int16(out, 20);
        int16(out, 0x0800); // names in UTF-8
        int16(out, method);
        int16(out, 0);
        int16(out, 0x21);
        int32(out, crc);
        int32(out, compressed);
        int32(out, size);
        int16(out, name.length);
        int16(out, 0);
        if (central) {
            int16(out, 0);
            int16(out, 0);
            int16(out, 0);
            int32(out, 0);
            int32(out, offset);
        }
        out.writeBytes(name);
        return out.toByteArray();
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
    }

    private static void int32(ByteArrayOutputStream out, long value) {
        int16(out, (int) (value & 0xffff));
        int16(out, (int) ((value >>> 16) & 0xffff));
    }
}
