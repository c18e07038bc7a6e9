package org.hyperedge.agent.api;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.hyperedge.agent.pairing.Pairing;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.Fingerprints;

/**
 * One client connection, on a thread of its own: the TLS handshake, then requests. Until its certificate
 * shows it is the paired master, a connection is bounded: each read waits at most
 * {@value #HANDSHAKE_READ_MS} ms, the whole connection lasts at most {@value #UNIDENTIFIED_SECONDS} s, and it
 * carries one request (pairing, or a refusal). The paired master's connections are kept alive and only a
 * read idle for {@value #MASTER_IDLE_MS} ms ends them: what other clients do never takes their time.
 */
final class ClientConnection implements Runnable {

    static final int UNIDENTIFIED_SECONDS = 10;
    static final int HANDSHAKE_READ_MS = 5_000;
    static final int MASTER_IDLE_MS = 120_000;

    /** What serves a request; {@code master} when the connection is the paired master's. */
    interface Handler {
        void handle(Exchange exchange, boolean master) throws IOException;
    }

    private final Socket raw;
    private final SSLSocketFactory tls;
    private final Pairing pairing;
    private final Handler handler;
    private final Admission admission;
    private final ScheduledExecutorService deadlines;

    ClientConnection(Socket raw, SSLSocketFactory tls, Pairing pairing, Handler handler, Admission admission,
            ScheduledExecutorService deadlines) {
        this.raw = raw;
        this.tls = tls;
        this.pairing = pairing;
        this.handler = handler;
        this.admission = admission;
        this.deadlines = deadlines;
    }

    @Override
    public void run() {
        InetAddress client = raw.getInetAddress();
        boolean counted = true;
        // closing the plain socket ends any read or write on it at once, wherever the TLS layer is
        ScheduledFuture<?> deadline = deadlines.schedule(this::close, UNIDENTIFIED_SECONDS, TimeUnit.SECONDS);
        try {
            raw.setSoTimeout(HANDSHAKE_READ_MS);
            raw.setTcpNoDelay(true);
            SSLSocket socket = (SSLSocket) tls.createSocket(raw, null, raw.getPort(), true);
            socket.setUseClientMode(false);
            socket.setNeedClientAuth(true);
            socket.setEnabledProtocols(new String[] { "TLSv1.3" });
            socket.startHandshake();
            String peer = Fingerprints.sha256((X509Certificate) socket.getSession().getPeerCertificates()[0]);
            boolean master = pairing.isPinned(peer);
            if (master) {
                deadline.cancel(false);
                admission.masterSeenFrom(client);
                admission.release(client);
                counted = false;
                raw.setSoTimeout(MASTER_IDLE_MS);
            }
            serve(socket, peer, client, master);
        } catch (SSLPeerUnverifiedException e) {
            // no certificate: nothing to serve
        } catch (IOException | RuntimeException e) {
            // a timeout, a reset, a client that went away: the connection ends
        } finally {
            deadline.cancel(false);
            if (counted) {
                admission.release(client);
            }
            close();
        }
    }

    private void serve(SSLSocket socket, String peer, InetAddress client, boolean master) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream(), 8 * 1024);
        OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
        while (true) {
            RequestHead head;
            long length;
            try {
                head = RequestHead.read(in);
                if (head == null) {
                    return;
                }
                length = head.contentLength();
            } catch (RequestHead.Malformed e) {
                refuse(out, e.status, e.getMessage());
                return;
            }
            boolean close = !master || head.wantsClose();
            if ("100-continue".equalsIgnoreCase(head.headers().get("expect"))) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            BoundedBody body = new BoundedBody(in, length);
            Exchange exchange = new Exchange(head.method(), head.target(), head.headers(), peer, client, body, out, close);
            handler.handle(exchange, master);
            if (!exchange.answered()) {
                Exchanges.error(exchange, 500, "agent error: no answer");
            }
            if (close || !body.drain(Exchanges.DISCARD_BYTES)) {
                return;
            }
        }
    }

    private static void refuse(OutputStream out, int status, String message) throws IOException {
        byte[] body = ReportCodec.JSON.createObjectNode().put("error", message).toString().getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " Refused\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private void close() {
        try {
            raw.close();
        } catch (IOException e) {
            // closed already
        }
    }

    /** A request body: ends after its Content-Length, whatever follows on the connection. */
    static final class BoundedBody extends InputStream {

        private final InputStream in;
        private long left;

        BoundedBody(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        long declared() {
            return left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed " + left + " bytes before the end of the body");
            }
            left--;
            return c;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read < 0) {
                throw new IOException("connection closed " + left + " bytes before the end of the body");
            }
            left -= read;
            return read;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), left);
        }

        @Override
        public void close() {
            // the connection's stream stays open for the next request
        }

        /** Reads what the handler left of the body, up to {@code max} bytes; false when more was left. */
        boolean drain(long max) throws IOException {
            if (left > max) {
                return false;
            }
            byte[] buffer = new byte[16 * 1024];
            while (left > 0) {
                if (read(buffer, 0, buffer.length) < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
