package io.taxrecon.core.worklist;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A finding that left the Open sheet, with why and what the reviewer had written. Two kinds: one
 * found last night and not tonight ({@code resolvedOn} tonight, {@code prior} set), and one
 * whose entry outlived an earlier night's resolution ({@code resolvedOn} and {@code prior} null),
 * kept so that no word a reviewer typed ever disappears from the worklist.
 *
 * @param entry null when the reviewer wrote nothing about it
 */
public record ResolvedRow(FindingKey key, PriorFinding prior, LocalDate resolvedOn, String reason, ReviewEntry entry) {

    /** The reason of a row resolved before last night, whose finding the comparison no longer sees. */
    public static final String EARLIER_REASON = "resolved before last night";

    public ResolvedRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
    }

    /** True for a finding resolved tonight (found last night, not tonight). */
    public boolean tonight() {
        return resolvedOn != null;
    }
}
