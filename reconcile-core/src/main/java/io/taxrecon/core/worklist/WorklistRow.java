package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One of tonight's findings as the worklist shows it: its night status, when it was first seen,
 * for how many nights, and the reviewer's entry (null when there is none).
 *
 * @param nightsOpen run dates of the store from {@code firstSeen} to tonight, both included
 * @param followUpDue the entry's follow-up date has come: the row goes to the top, marked
 * @param deadlineAnswered a RESPONSE_DEADLINE whose notice the reviewer marked Responded
 */
public record WorklistRow(
        Finding finding,
        FindingKey key,
        NightStatus nightStatus,
        LocalDate firstSeen,
        int nightsOpen,
        ReviewEntry entry,
        boolean followUpDue,
        boolean deadlineAnswered) {

    public WorklistRow {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nightStatus, "nightStatus");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }

    /** The reviewer dismissed it: out of severity, ranking and the urgent counts, shown greyed. */
    public boolean dismissed() {
        return entry != null && entry.dismissed();
    }

    /** Counts toward severity, ranking and the urgent counts: neither dismissed nor an answered deadline. */
    public boolean actionable() {
        return !dismissed() && !deadlineAnswered;
    }

    /** The amount the worklist shows (see {@link PriorFinding#amountOf}). */
    public BigDecimal amount() {
        return PriorFinding.amountOf(finding);
    }

    /** The reviewer's status, Open when they have set none. */
    public ReviewStatus reviewStatus() {
        return entry == null || entry.status() == null ? ReviewStatus.OPEN : entry.status();
    }

    /** What the store keeps of this row for tomorrow's comparison. */
    public PriorFinding toPrior() {
        return PriorFinding.of(finding, firstSeen);
    }
}
