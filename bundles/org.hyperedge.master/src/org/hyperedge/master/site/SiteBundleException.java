package org.hyperedge.master.site;

/** A site or return bundle that is refused, with the reason naming what does not match; nothing was imported. */
public final class SiteBundleException extends Exception {

    private static final long serialVersionUID = 1L;

    public SiteBundleException(String reason) {
        super(reason);
    }

    public SiteBundleException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
