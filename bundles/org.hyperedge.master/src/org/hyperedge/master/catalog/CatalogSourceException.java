package org.hyperedge.master.catalog;

/** A catalog source or index refused, with why: nothing of it was imported. */
public final class CatalogSourceException extends Exception {

    private static final long serialVersionUID = 1L;

    public CatalogSourceException(String message) {
        super(message);
    }
}
