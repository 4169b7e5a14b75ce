package io.taxrecon.core.transcriptfiles;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a TRANSACTIONS table: CODE, EXPLANATION OF TRANSACTION (wrapped lines joined),
 * CYCLE (null when blank), DATE, AMOUNT (credits negative, as printed) and the DLN printed under
 * it (TC 150, 290, ...; null when none), with the line its code is on.
 */
public record TransactionLine(String code, String explanation, String cycle, LocalDate date, BigDecimal amount,
        String dln, TranscriptLine at) {
}
