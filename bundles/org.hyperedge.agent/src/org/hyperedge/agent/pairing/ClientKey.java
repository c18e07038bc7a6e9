package org.hyperedge.agent.pairing;

import java.net.Inet6Address;
import java.net.InetAddress;

/** The client an address stands for, for limits per client: the address, or its /64 for IPv6 (one site's share). */
public final class ClientKey {

    private ClientKey() {
    }

    public static String of(InetAddress client) {
        byte[] address = client.getAddress();
        if (client instanceof Inet6Address && address.length == 16) {
            StringBuilder prefix = new StringBuilder("v6:");
            for (int i = 0; i < 8; i++) {
                prefix.append(String.format("%02x", address[i]));
            }
            return prefix.toString();
        }
        return client.getHostAddress();
    }
}
