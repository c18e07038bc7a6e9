package org.hyperedge.master.site;

import java.util.Optional;

import org.hyperedge.master.store.Database;

/**
 * The masters whose bundles this master trusts without being told: itself, and at a site the office master it
 * was set up from (the one the operator named with {@code --trust} at the import). Anyone can sign a bundle with
 * a key of their own, so a valid signature says nothing until its signer is one of these, or is named by the
 * operator.
 */
public final class TrustList {

    private TrustList() {
    }

    /** Why this master trusts the signer, if it does; {@code ownFingerprint} may be null (a master that signed nothing). */
    public static Optional<String> reason(Database database, String ownFingerprint, String signer) {
        if (signer.equals(ownFingerprint)) {
            return Optional.of("this master signed it");
        }
        return SiteIdentity.find(database).filter(site -> signer.equals(site.officeMaster()))
                .map(site -> "the office master this site master was set up from");
    }
}
