package io.taxrecon.core.values;

/**
 * A value in an input row that cannot be read. The message is the plain reason a reviewer reads
 * in rejects.csv ("not an amount", "not a date", ...): it never quotes the value itself, so that
 * no TIN can leak through it.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String reason) {
        super(reason);
    }
}
