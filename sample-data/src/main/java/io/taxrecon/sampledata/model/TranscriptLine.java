package io.taxrecon.sampledata.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An account-transcript transaction. {@code amount} is always the positive size: the code says
 * which way it moves the balance (RULES.md), and the writer decides how the sign is shown.
 * Records compare by value, so code that must tell two identical duplicate credits apart uses
 * reference identity.
 */
public record TranscriptLine(
        String transactionId,
        String tin,
        int taxYear,
        int code,
        LocalDate date,
        BigDecimal amount,
        String description) {

    public TranscriptLine withId(String id) {
        return new TranscriptLine(id, tin, taxYear, code, date, amount, description);
    }
}
