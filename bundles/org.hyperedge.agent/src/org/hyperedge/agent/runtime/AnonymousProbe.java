package org.hyperedge.agent.runtime;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * An {@code auth} promise: connects to a service as a client that does not know its credentials and says
 * whether the service refused it. It speaks just enough of each built-in service's protocol to be told no:
 * H2's TCP protocol (a database that does not exist yet, which a server that lets anyone create databases
 * would create), MQTT 3.1.1 (a CONNECT without a user), PostgreSQL's
 * start-up (a server that asks for no password lets anyone in) and Redis (a PING before AUTH). A service that
 * cannot be reached is not a refusal: the promise fails then too.
 */
final class AnonymousProbe {

    /** What the probe found: {@code refused} is the promise's result. */
    record Outcome(boolean refused, String message) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    // H2's TCP protocol (org.h2.engine.SessionRemote, org.h2.value.Transfer of H2 2.x)
    private static final int H2_MIN_VERSION = 17;
    private static final int H2_MAX_VERSION = 21;
    private static final int H2_STATUS_ERROR = 0;
    private static final int H2_STATUS_OK = 1;
    private static final int H2_SESSION_SET_ID = 12;

    private AnonymousProbe() {
    }

    /** {@code target}: an already rendered {@code h2://}, {@code mqtt://}, {@code postgresql://} or {@code redis://} URL. */
    static Outcome probe(String target, int timeoutMs) throws IOException {
        URI url;
        try {
            url = URI.create(target);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + target + "' is not a URL: " + e.getMessage());
        }
        if (url.getHost() == null || url.getPort() < 0) {
            throw new IllegalArgumentException("'" + target + "' names no host and port");
        }
        return switch (String.valueOf(url.getScheme())) {
            case "h2" -> h2(url, timeoutMs);
            case "mqtt" -> mqtt(url, timeoutMs);
            case "postgresql" -> postgresql(url, timeoutMs);
            case "redis" -> redis(url, timeoutMs);
            default -> throw new IllegalArgumentException("'" + target + "': an auth promise speaks h2, mqtt, postgresql "
                    + "or redis, not " + url.getScheme());
        };
    }

    private static Socket connect(URI url, int timeoutMs) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            socket.setTcpNoDelay(true); // each message goes out whole at its flush (see out()), at once
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * H2: a database that does not exist yet, which a server that lets anyone create databases would make for us
     * (and let us run Java in, with CREATE ALIAS). The probe gives no wrong password for the real database: H2
     * answers every wrong password by making the next logins wait (up to 4 s), so a probe would slow its own
     * service's clients; the real database is made with its password before the server starts.
     */
    private static Outcome h2(URI url, int timeoutMs) throws IOException {
        String fresh = "hyperedge_probe_" + HexFormat.of().formatHex(randomBytes(6));
        String refusal = h2Login(url, timeoutMs, fresh, "sa");
        if (refusal == null) {
            return new Outcome(false, url + " let an anonymous client create database " + fresh);
        }
        return new Outcome(true, url + " refused an anonymous client a new database (" + refusal + ")");
    }

    /** Logs in with a password nobody has; returns the server's error ("CODE message"), or null when it let us in. */
    private static String h2Login(URI url, int timeoutMs, String database, String user) throws IOException {
        // connected first, outside the catch below: a server that is not there has refused nothing
        Socket socket = connect(url, timeoutMs);
        try (socket) {
            DataOutputStream out = out(socket);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.writeInt(H2_MIN_VERSION);
            out.writeInt(H2_MAX_VERSION);
            h2String(out, database);
            h2String(out, "jdbc:h2:tcp://" + url.getHost() + ":" + url.getPort() + "/" + database);
            h2String(out, user.toUpperCase(java.util.Locale.ROOT));
            byte[] passwordHash = randomBytes(32);
            out.writeInt(passwordHash.length);
            out.write(passwordHash);
            out.writeInt(-1); // no file password
            out.writeInt(0); // no settings
            out.flush();
            int status = in.readInt();
            if (status == H2_STATUS_OK) {
                int version = in.readInt();
                out.writeInt(H2_SESSION_SET_ID);
                h2String(out, HexFormat.of().formatHex(randomBytes(8)));
                if (version >= 20) {
                    h2String(out, "UTC");
                }
                out.flush();
                status = in.readInt();
            }
            if (status != H2_STATUS_ERROR) {
                return null;
            }
            h2ReadString(in); // the SQL state
            String message = h2ReadString(in);
            h2ReadString(in); // the statement
            int code = in.readInt();
            return code + " " + (message == null ? "" : message.lines().findFirst().orElse(""));
        } catch (EOFException e) {
            return "closed the connection";
        } catch (java.net.SocketException e) {
            // H2 may close a login it refuses before it has read all of it: our write then meets a reset or a broken pipe
            return "closed the connection (" + e.getMessage() + ")";
        }
    }

    /**
     * The socket's output, buffered until a flush: unbuffered, a DataOutputStream writes a login byte by byte (a
     * system call and a TCP segment each, hundreds for H2's), which a freshly started server, its JVM still cold,
     * reads piece by piece; once it has refused the login it may close while the rest still trickles in.
     */
    private static DataOutputStream out(Socket socket) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
    }

    private static void h2String(DataOutputStream out, String text) throws IOException {
        out.writeInt(text.length());
        out.writeChars(text);
    }

    private static String h2ReadString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > 65_536) {
            throw new IOException("an H2 answer of " + length + " characters is not H2's");
        }
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(in.readChar());
        }
        return text.toString();
    }

    private static Outcome mqtt(URI url, int timeoutMs) throws IOException {
        try (Socket socket = connect(url, timeoutMs)) {
            byte[] clientId = ("hyperedge-probe-" + HexFormat.of().formatHex(randomBytes(4))).getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream connect = new ByteArrayOutputStream();
            connect.write(new byte[] { 0x10, (byte) (12 + clientId.length), 0, 4, 'M', 'Q', 'T', 'T', 4, 0x02, 0, 10, 0,
                (byte) clientId.length });
            connect.write(clientId);
            socket.getOutputStream().write(connect.toByteArray());
            socket.getOutputStream().flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int type;
            try {
                type = in.readUnsignedByte();
            } catch (EOFException e) {
                return new Outcome(true, url + " refused an anonymous client (closed the connection)");
            }
            int length = in.readUnsignedByte();
            if (type != 0x20 || length != 2) {
                throw new IOException(url + " answered a CONNECT with packet type " + type + ", not a CONNACK");
            }
            in.readUnsignedByte();
            int code = in.readUnsignedByte();
            if (code == 0) {
                socket.getOutputStream().write(new byte[] { (byte) 0xe0, 0 });
                return new Outcome(false, url + " accepted an anonymous client");
            }
            return new Outcome(true, url + " refused an anonymous client (CONNACK " + code
                    + (code == 5 ? ", not authorized)" : code == 4 ? ", bad user name or password)" : ")"));
        }
    }

    private static Outcome postgresql(URI url, int timeoutMs) throws IOException {
        String user = url.getUserInfo() == null ? "postgres" : url.getUserInfo();
        String database = url.getPath() == null || url.getPath().length() <= 1 ? user : url.getPath().substring(1);
        try (Socket socket = connect(url, timeoutMs)) {
            ByteArrayOutputStream parameters = new ByteArrayOutputStream();
            for (String text : new String[] { "user", user, "database", database, "" }) {
                parameters.write(text.getBytes(StandardCharsets.UTF_8));
                parameters.write(0);
            }
            DataOutputStream out = out(socket);
            out.writeInt(8 + parameters.size());
            out.writeInt(196_608); // protocol 3.0
            parameters.writeTo(out);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int type = in.readUnsignedByte();
            in.readInt();
            if (type == 'E') {
                return new Outcome(true, url + " refused an anonymous client (an error before any password)");
            }
            if (type != 'R') {
                throw new IOException(url + " answered a start-up message with '" + (char) type + "', not PostgreSQL's");
            }
            int request = in.readInt();
            if (request == 0) {
                return new Outcome(false, url + " let user " + user + " in without a password");
            }
            return new Outcome(true, url + " refused an anonymous client: it asks user " + user + " for a password ("
                    + switch (request) {
                        case 3 -> "in clear";
                        case 5 -> "MD5";
                        case 10 -> "SCRAM";
                        default -> "method " + request;
                    } + ")");
        }
    }

    private static Outcome redis(URI url, int timeoutMs) throws IOException {
        try (Socket socket = connect(url, timeoutMs)) {
            socket.getOutputStream().write("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = socket.getInputStream().read()) != -1 && c != '\r' && line.length() < 200) {
                line.append((char) c);
            }
            if (line.toString().startsWith("-")) {
                return new Outcome(true, url + " refused an anonymous client (" + line.substring(1) + ")");
            }
            if (line.toString().startsWith("+")) {
                return new Outcome(false, url + " answered an anonymous client's PING (" + line.substring(1) + ")");
            }
            throw new IOException(url + " answered a PING with '" + line + "', not Redis's");
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
