package org.hyperedge.cli.input;

/** Network addresses from the command line: {@code HOST:PORT}, the port from 1 to 65535. */
public final class Addresses {

    private Addresses() {
    }

    /** {@code HOST:PORT}, a host name or IPv4 address (or an IPv6 address in brackets) and a port from 1 to 65535. */
    public static String hostPort(String what, String text) {
        String accepted = "give HOST:PORT, such as 10.0.0.5:7443, with a port from 1 to 65535";
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || text.length() > 300) {
            throw new InputRefused(what + " " + Text.quote(text) + " is not HOST:PORT; " + accepted);
        }
        String host = text.substring(0, colon);
        boolean hostOk = host.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})") || host.matches("\\[[0-9A-Fa-f:.]{2,45}\\]");
        if (!hostOk) {
            throw new InputRefused(what + " " + Text.quote(text) + " has no usable host name " + Text.quote(host) + "; "
                    + accepted);
        }
        String port = text.substring(colon + 1);
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65_535) {
            throw new InputRefused(what + " " + Text.quote(text) + " has no usable port " + Text.quote(port) + "; " + accepted);
        }
        return text;
    }

    /**
     * One {@code HOST:PORT} or several separated by commas (the addresses of one node), at most {@code max}, none twice;
     * a malformed entry is named with its place in the list.
     */
    public static java.util.List<String> hostPorts(String what, String text, int max) {
        if (!text.contains(",")) {
            return java.util.List.of(hostPort(what, text));
        }
        String[] entries = text.split(",", -1);
        if (entries.length > max) {
            throw new InputRefused(what + " list " + Text.quote(text)
                    + " has " + entries.length + " entries; give 1 to " + max + " HOST:PORT separated by commas");
        }
        java.util.List<String> addresses = new java.util.ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            String entry = hostPort(what + " " + (i + 1) + " of " + entries.length, entries[i].strip());
            if (addresses.contains(entry)) {
                throw new InputRefused(what + " " + (i + 1) + " of " + entries.length + " " + Text.quote(entry)
                        + " is given twice; give each HOST:PORT once");
            }
            addresses.add(entry);
        }
        return addresses;
    }
}
