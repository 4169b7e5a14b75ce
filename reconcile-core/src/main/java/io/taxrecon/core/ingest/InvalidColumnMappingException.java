package io.taxrecon.core.ingest;

/** A firm's column-mapping file that cannot be used; the message names every problem and its line. */
public class InvalidColumnMappingException extends IllegalArgumentException {

    public InvalidColumnMappingException(String message) {
        super(message);
    }
}
