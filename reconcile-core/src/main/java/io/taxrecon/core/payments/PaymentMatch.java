package io.taxrecon.core.payments;

import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.math.BigDecimal;
import java.util.List;

/**
 * How one payment was matched, with every IRS row that decided it: the engine turns this into the
 * workbook's {@link PaymentOutcome} and into findings.
 *
 * @param credits the credit(s) the payment matched (one, or two/three for a split); empty otherwise
 * @param duplicate a second credit of the same payment (DUPLICATE_POSTING), or null
 * @param reversals the reversals of matched credits (DISHONORED_PAYMENT); empty when none
 * @param other the credit found on another year or TIN, or of another amount (step 5), or null
 */
public record PaymentMatch(
        Payment payment,
        PaymentOutcome.Status status,
        List<TranscriptTransaction> credits,
        TranscriptTransaction duplicate,
        List<TranscriptTransaction> reversals,
        TranscriptTransaction other) {

    public PaymentMatch {
        credits = List.copyOf(credits);
        reversals = List.copyOf(reversals);
    }

    /** The sum of the matched credits, or the other credit's amount; null when the IRS shows none. */
    public BigDecimal irsAmount() {
        if (!credits.isEmpty()) {
            return credits.stream().map(TranscriptTransaction::magnitude).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return other == null ? null : other.magnitude();
    }
}
