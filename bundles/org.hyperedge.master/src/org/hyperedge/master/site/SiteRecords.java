package org.hyperedge.master.site;

import java.util.List;
import java.util.Optional;

import org.hyperedge.master.store.Database;

/**
 * What a master keeps about the site it is (the identity it was set up from, the machines to pair) and whom it
 * trusts, as a service of the master, so that callers outside it never need its {@link Database}.
 */
public final class SiteRecords {

    private final Database database;

    public SiteRecords(Database database) {
        this.database = database;
    }

    /** What this master was set up from, if it is a site master. */
    public Optional<SiteIdentity> identity() {
        return SiteIdentity.find(database);
    }

    public List<SiteIdentity.SitePairing> pairings() {
        return SiteIdentity.pairings(database);
    }

    /** See {@link SiteIdentity#eraseUnsealed}. */
    public boolean eraseUnsealed(String address) {
        return SiteIdentity.eraseUnsealed(database, address);
    }

    /** See {@link SiteIdentity#paired}. */
    public void paired(String address, String nodeId) {
        SiteIdentity.paired(database, address, nodeId);
    }

    /** See {@link TrustList#reason}. */
    public Optional<String> trustReason(String ownFingerprint, String signer) {
        return TrustList.reason(database, ownFingerprint, signer);
    }
}
