package org.hyperedge.cli.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Files named on the command line: an input file is checked (there, a regular file, readable, no larger than its
 * bound) before a byte of it is read, so a huge file is refused at once instead of being worked on; text must be
 * UTF-8. Every message names the argument, the file and what would be accepted.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** A path as typed: not empty, no control character (a NUL cannot be in a path). */
    public static Path path(String what, String text) {
        if (text.isEmpty()) {
            throw new InputRefused(what + " is empty; give a file name");
        }
        if (text.length() > 4096 || Text.forbiddenCharacter(text) != null) {
            throw new InputRefused(what + " " + Text.quote(text) + " is not a usable file name; give a path of at most 4096 "
                    + "characters without control characters");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new InputRefused(what + " " + Text.quote(text) + " is not a usable file name: " + e.getReason());
        }
    }

    /** An existing regular file of at most {@code maxBytes}, checked before it is read. */
    public static Path existing(String what, String text, long maxBytes) {
        Path file = path(what, text);
        if (Files.isDirectory(file)) {
            throw new InputRefused(what + " " + file + " is a directory; give a file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputRefused(what + " " + file + ": " + describe(e) + "; give the path of an existing file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputRefused(what + " " + file + " is not a regular file (a device or a pipe has no size to check); "
                    + "give a file");
        }
        if (!Files.isReadable(file)) {
            throw new InputRefused(what + " " + file + ": permission denied (this user cannot read it)");
        }
        if (size > maxBytes) {
            throw new InputRefused(what + " " + file + " has " + size + " bytes, more than the limit of " + maxBytes
                    + " bytes; nothing was read");
        }
        return file;
    }

    /** The content of an existing file of at most {@code maxBytes}. */
    public static byte[] read(String what, String text, long maxBytes) {
        Path file = existing(what, text, maxBytes);
        try {
            byte[] content = Files.readAllBytes(file);
            if (content.length > maxBytes) {
                throw new InputRefused(what + " " + file + " grew past the limit of " + maxBytes + " bytes while it was read");
            }
            return content;
        } catch (IOException e) {
            throw new InputRefused(what + " " + file + ": " + describe(e));
        }
    }

    /** The content of an existing UTF-8 text file of at most {@code maxBytes}. */
    public static String readUtf8(String what, String text, long maxBytes) {
        byte[] content = read(what, text, maxBytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content);
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new InputRefused(what + " " + text + " is not UTF-8 text (the byte at offset " + bytes.position()
                    + " starts no UTF-8 character); save it as UTF-8");
        }
    }

    /** A file to write: its directory exists and it is not itself a directory. */
    public static Path output(String what, String text) {
        Path file = path(what, text).toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new InputRefused(what + " " + text + " is a directory; give a file name in it");
        }
        Path directory = file.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new InputRefused(what + " " + text + ": the directory " + directory + " does not exist; create it first");
        }
        if (!Files.isWritable(directory) && !Files.isWritable(file)) {
            throw new InputRefused(what + " " + text + ": permission denied (this user cannot write in " + directory + ")");
        }
        return file;
    }

    /** An I/O failure in words, without the exception's class name. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "cannot be read or written" : message;
    }
}
