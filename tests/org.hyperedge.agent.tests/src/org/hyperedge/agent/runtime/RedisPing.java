package org.hyperedge.agent.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Speaks just enough RESP to authenticate against a Redis server. */
final class RedisPing {

    private RedisPing() {
    }

    static String auth(String host, int port, String password) throws Exception {
        return command(host, port, "*2\r\n$4\r\nAUTH\r\n$" + password.length() + "\r\n" + password + "\r\n");
    }

    /** The answer to a PING sent before any AUTH. */
    static String pingWithoutPassword(String host, int port) throws Exception {
        return command(host, port, "*1\r\n$4\r\nPING\r\n");
    }

    private static String command(String host, int port, String command) throws Exception {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(command.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\r') {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
