package org.hyperedge.master.site;

/** The paths inside a bundle. */
public final class SiteBundles {

    /** {@code catalog/NNN.json}: each release descriptor the plan uses, as the exporting master holds it */
    public static final String CATALOG = "catalog/";
    /** {@code artifacts/SHA256}: every artifact those releases name, by digest */
    public static final String ARTIFACTS = "artifacts/";
    /** {@code composites/NNN.composite}: the composite services, as XMI */
    static final String COMPOSITES = "composites/";
    /** the request plan: which composite becomes which instance tree, and its services */
    static final String PLAN = "plan.json";
    /** the price list, every price ever set */
    static final String PRICES = "prices.json";
    /** node pairings assigned at the office: address and pairing code of each site machine */
    static final String PAIRINGS = "pairings.json";
    /** a return bundle's records, one JSON array per kind */
    static final String RETURN = "return/";

    private SiteBundles() {
    }
}
