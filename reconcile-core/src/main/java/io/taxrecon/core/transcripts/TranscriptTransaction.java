package io.taxrecon.core.transcripts;

import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an IRS account transcript. {@code amount} is as the file gave it (the sign may or
 * may not follow the transcript); the transaction code's catalog entry carries the meaning.
 * {@code transactionId} is never null: when the file has none it is "file:line".
 */
public record TranscriptTransaction(
        String transactionId,
        String clientId,
        Tin tin,
        int taxYear,
        String transactionCode,
        LocalDate transactionDate,
        BigDecimal amount,
        String description,
        String cycle,
        SourceRef source) {

    /** The amount without its sign: the code says which way it moves the balance. */
    public BigDecimal magnitude() {
        return amount.abs();
    }
}
