package io.taxrecon.core.payments;

import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.util.List;

/**
 * What became of one client payment: the IRS credit(s) it was matched to, or why none was.
 *
 * @param credits the credits matched, or the misapplied / mismatched / duplicate / reversing
 *                credits that explain the status (empty for UNPOSTED and PENDING)
 * @param note one plain sentence for the reviewer
 */
public record PaymentOutcome(Payment payment, Status status, List<TranscriptTransaction> credits, String note) {

    public PaymentOutcome {
        credits = List.copyOf(credits);
    }

    /** Matched outcomes are not findings; PENDING is not a finding yet. */
    public enum Status {
        MATCHED,
        MATCHED_SPLIT,
        PENDING,
        DUPLICATE_POSTING,
        DISHONORED,
        MISAPPLIED_YEAR,
        MISAPPLIED_TIN,
        AMOUNT_MISMATCH,
        UNPOSTED
    }
}
