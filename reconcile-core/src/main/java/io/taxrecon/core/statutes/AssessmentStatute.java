package io.taxrecon.core.statutes;

import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One assessment of a TIN-year with its collection statute expiration date: the assessment date
 * plus 10 years (the base date) plus the days collection was suspended on or after the assessment
 * date, overlapping suspensions counted once.
 *
 * @param suspensions the suspensions that moved this CSED (those with days on or after the assessment date)
 * @param suspendedDays their days counted once (the union of the periods)
 */
public record AssessmentStatute(TranscriptTransaction assessment, LocalDate baseDate, List<Suspension> suspensions,
                                long suspendedDays, LocalDate csed) {

    public AssessmentStatute {
        suspensions = List.copyOf(suspensions);
    }

    public String code() {
        return assessment.transactionCode();
    }

    public LocalDate assessedOn() {
        return assessment.transactionDate();
    }

    public BigDecimal amount() {
        return assessment.magnitude();
    }

    /** The transaction_id, or "file:line" when the file gave none. */
    public String reference() {
        return assessment.transactionId();
    }
}
