package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.FindingType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reviewer wrote on the worklist about one finding, and the run date on which it was
 * read back. Every field but the key and {@code readOn} may be null (the cell was empty).
 */
public record ReviewEntry(
        FindingKey key,
        ReviewStatus status,
        String assignedTo,
        LocalDate followUp,
        String note,
        LocalDate readOn) {

    public ReviewEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(readOn, "readOn");
        assignedTo = blankToNull(assignedTo);
        note = blankToNull(note);
    }

    /** True when the reviewer wrote nothing: status empty or Open, no one assigned, no date, no note. */
    public boolean isBlank() {
        return (status == null || status == ReviewStatus.OPEN) && assignedTo == null && followUp == null && note == null;
    }

    public boolean dismissed() {
        return status == ReviewStatus.DISMISSED;
    }

    /**
     * The notice whose response deadline the reviewer answered: the notice_id of a Responded
     * RESPONSE_DEADLINE entry (its reference). A later notice has a deadline of its own, under
     * its own notice_id, which this entry does not silence.
     */
    public Optional<String> respondedTo() {
        return status == ReviewStatus.RESPONDED && key.is(FindingType.RESPONSE_DEADLINE)
                ? Optional.of(key.reference()) : Optional.empty();
    }

    /** True when a follow-up date is set and has come by {@code runDate}. */
    public boolean followUpDue(LocalDate runDate) {
        return followUp != null && !followUp.isAfter(runDate);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
