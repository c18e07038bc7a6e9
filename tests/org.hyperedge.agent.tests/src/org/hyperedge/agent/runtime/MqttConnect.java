package org.hyperedge.agent.runtime;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Speaks just enough MQTT 3.1.1 to connect to a broker, with or without a user, and read its answer. */
final class MqttConnect {

    /** What a broker answers a client that closes the connection without a CONNACK. */
    static final int CLOSED = -1;

    private MqttConnect() {
    }

    /** The CONNACK return code of an anonymous client: 0 when the broker accepted the connection. */
    static int connect(String host, int port, String clientId) throws Exception {
        return connect(host, port, clientId, null, null);
    }

    /** The CONNACK return code (0 accepted, 4 bad user name or password, 5 not authorized), or {@link #CLOSED}. */
    static int connect(String host, int port, String clientId, String user, String password) throws Exception {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5_000);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(new byte[] { 0, 4, 'M', 'Q', 'T', 'T', 4 });
            int flags = 0x02 | (user != null ? 0x80 : 0) | (password != null ? 0x40 : 0);
            body.write(new byte[] { (byte) flags, 0, 60 });
            string(body, clientId);
            if (user != null) {
                string(body, user);
            }
            if (password != null) {
                string(body, password);
            }
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] { 0x10, (byte) body.size() });
            body.writeTo(out);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            try {
                int type = in.readUnsignedByte();
                int length = in.readUnsignedByte();
                if (type != 0x20 || length != 2) {
                    throw new IllegalStateException("not a CONNACK: type " + type + ", length " + length);
                }
                in.readUnsignedByte();
                return in.readUnsignedByte();
            } catch (EOFException e) {
                return CLOSED;
            }
        }
    }

    private static void string(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length >> 8);
        out.write(bytes.length & 0xff);
        out.writeBytes(bytes);
    }
}
