package io.taxrecon.core.transcripts;

import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One line of an IRS account transcript. {@code amount} is as the file gave it (the sign may or
 * may not follow the transcript); the transaction code's catalog entry carries the meaning.
 * {@code transactionId} is never null: when the file has none it is "file:line".
 * {@code actionCode} is a TC 971/972 action code ("043" installment agreement pending, "063"
 * established, IRM 5.14.1 Exhibit 5.14.1-1), three digits, or null when the file gives none.
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
        String actionCode,
        SourceRef source) {

    private static final Pattern UP_TO_THREE_DIGITS = Pattern.compile("\\d{1,3}");

    public TranscriptTransaction {
        // "63" and "063" are the same action code; a spreadsheet drops the leading zero
        if (actionCode != null && UP_TO_THREE_DIGITS.matcher(actionCode).matches()) {
            actionCode = "0".repeat(3 - actionCode.length()) + actionCode;
        }
    }

    /** A line without an action code, as most exports give it. */
    public TranscriptTransaction(String transactionId, String clientId, Tin tin, int taxYear, String transactionCode,
                                 LocalDate transactionDate, BigDecimal amount, String description, String cycle,
                                 SourceRef source) {
        this(transactionId, clientId, tin, taxYear, transactionCode, transactionDate, amount, description, cycle, null,
                source);
    }

    /**
     * The description with the action code appended ("Installment agreement AC 063"), so that rules
     * written against descriptions also read a transcript that gives the code in its own column.
     */
    public String describedAs() {
        String text = description == null ? "" : description;
        return actionCode == null ? text : (text + " AC " + actionCode).trim();
    }

    /** The amount without its sign: the code says which way it moves the balance. */
    public BigDecimal magnitude() {
        return amount.abs();
    }
}
