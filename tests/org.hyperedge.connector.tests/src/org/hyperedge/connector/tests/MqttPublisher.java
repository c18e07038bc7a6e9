package org.hyperedge.connector.tests;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A device publishing to an MQTT broker as a test needs one: MQTT 3.1.1 over TCP, each message sent with QoS 1 and
 * its acknowledgement awaited, so a message counts as published only once the broker has it.
 */
final class MqttPublisher implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;
    private int packetId;

    MqttPublisher(String host, int port, String clientId, String user, String password) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(10_000);
        out = socket.getOutputStream();
        in = new DataInputStream(socket.getInputStream());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        text(body, "MQTT");
        body.write(4);
        body.write(0xC2); // user name, password, clean session
        body.write(0);
        body.write(60);
        text(body, clientId);
        text(body, user);
        text(body, password);
        send(0x10, body.toByteArray());
        byte[] answer = read(0x20);
        if (answer.length < 2 || answer[1] != 0) {
            throw new IOException("the broker refused the publisher (code " + (answer.length > 1 ? answer[1] : -1) + ")");
        }
    }

    /** Publishes with QoS 1 and returns once the broker acknowledged it. */
    void publish(String topic, String payload) throws IOException {
        int id = packetId = packetId % 65_535 + 1;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        text(body, topic);
        body.write(id >> 8);
        body.write(id & 0xFF);
        body.write(payload.getBytes(StandardCharsets.UTF_8));
        send(0x32, body.toByteArray());
        byte[] ack = read(0x40);
        if (ack.length != 2 || ((ack[0] & 0xFF) << 8 | ack[1] & 0xFF) != id) {
            throw new IOException("the broker acknowledged another message than " + id);
        }
    }

    private void send(int kind, byte[] body) throws IOException {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(kind);
        int length = body.length;
        do {
            int digit = length % 128;
            length /= 128;
            packet.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        packet.write(body);
        out.write(packet.toByteArray());
        out.flush();
    }

    private byte[] read(int expectedKind) throws IOException {
        int kind = in.readUnsignedByte();
        int length = 0;
        int multiplier = 1;
        int digit;
        do {
            digit = in.readUnsignedByte();
            length += (digit & 127) * multiplier;
            multiplier *= 128;
        } while ((digit & 128) != 0);
        byte[] body = new byte[length];
        in.readFully(body);
        if ((kind & 0xF0) != expectedKind) {
            throw new IOException("the broker sent packet type " + (kind >> 4) + " where " + (expectedKind >> 4) + " was due");
        }
        return body;
    }

    private static void text(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length >> 8);
        out.write(bytes.length & 0xFF);
        out.write(bytes, 0, bytes.length);
    }

    @Override
    public void close() throws IOException {
        try {
            send(0xE0, new byte[0]);
        } finally {
            socket.close();
        }
    }
}
