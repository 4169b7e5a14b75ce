package io.taxrecon.core.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A taxpayer identification number (SSN or EIN), held as its nine digits. {@link #toString()}
 * masks it, so a TIN that slips into a log line or a report never shows more than its last four
 * digits; {@link #digits()} is for storage and matching only.
 */
public final class Tin implements Comparable<Tin> {

    private final String digits;

    private Tin(String digits) {
        this.digits = digits;
    }

    /** @throws IllegalArgumentException unless {@code digits} is exactly nine digits */
    public static Tin of(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("\\d{9}")) {
            throw new IllegalArgumentException("a TIN has nine digits");
        }
        return new Tin(digits);
    }

    public String digits() {
        return digits;
    }

    public String lastFour() {
        return digits.substring(5);
    }

    /** "***-**-6789": the only form a person ever sees. */
    public String masked() {
        return "***-**-" + lastFour();
    }

    /** The eight TINs that differ from this one by swapping two adjacent (different) digits. */
    public List<Tin> adjacentTranspositions() {
        List<Tin> result = new ArrayList<>(8);
        char[] c = digits.toCharArray();
        for (int i = 0; i < c.length - 1; i++) {
            if (c[i] == c[i + 1]) {
                continue;
            }
            char[] t = c.clone();
            t[i] = c[i + 1];
            t[i + 1] = c[i];
            result.add(new Tin(new String(t)));
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tin other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public int compareTo(Tin o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}
