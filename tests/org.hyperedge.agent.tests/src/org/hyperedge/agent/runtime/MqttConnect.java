package org.hyperedge.agent.runtime;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.Socket;

/** Speaks just enough MQTT 3.1.1 to connect to a broker and read its answer. */
final class MqttConnect {

    private MqttConnect() {
    }

    /** The CONNACK return code: 0 when the broker accepted the connection. */
    static int connect(String host, int port, String clientId) throws Exception {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5_000);
            byte[] id = clientId.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] { 0x10, (byte) (12 + id.length), 0, 4, 'M', 'Q', 'T', 'T', 4, 0x02, 0, 60, 0,
                    (byte) id.length });
            out.write(id);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int type = in.readUnsignedByte();
            int length = in.readUnsignedByte();
            if (type != 0x20 || length != 2) {
                throw new IllegalStateException("not a CONNACK: type " + type + ", length " + length);
            }
            in.readUnsignedByte();
            return in.readUnsignedByte();
        }
    }
}
