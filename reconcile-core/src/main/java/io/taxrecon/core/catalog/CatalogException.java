package io.taxrecon.core.catalog;

/** A catalog data file that cannot be used; the message names the file and the line at fault. */
public final class CatalogException extends RuntimeException {

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
