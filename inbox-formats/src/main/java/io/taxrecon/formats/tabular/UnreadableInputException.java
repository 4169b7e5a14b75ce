package io.taxrecon.formats.tabular;

/**
 * A file of the inbox that cannot be read as a whole: the run stops before any report is
 * written, and the message (which names the file) is what the user sees.
 */
public class UnreadableInputException extends RuntimeException {

    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
