package io.taxrecon.core.statutes;

import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period during which the collection statute stood still, as the transcript shows it: from the
 * opening line's date to {@code end} (exclusive: the closing date plus what the law adds), or to
 * the run date while no closing line has posted.
 *
 * @param kind the rule's kind (OFFER_IN_COMPROMISE, COLLECTION_DUE_PROCESS, BANKRUPTCY, ...)
 * @param closing the line that closed it; null while it is still open
 */
public record Suspension(String kind, LocalDate start, LocalDate end, TranscriptTransaction opening,
                         TranscriptTransaction closing, String source) {

    /** True while no closing line has posted: the suspension runs to the run date. */
    public boolean open() {
        return closing == null;
    }

    /** Its length in days, whole. */
    public long days() {
        return Math.max(0, ChronoUnit.DAYS.between(start, end));
    }

    /** The days of this period on or after {@code from}: what it adds, alone, to an assessment of that date. */
    public long daysFrom(LocalDate from) {
        LocalDate s = start.isBefore(from) ? from : start;
        return Math.max(0, ChronoUnit.DAYS.between(s, end));
    }
}
