package io.taxrecon.core.findings;

import io.taxrecon.core.values.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One discrepancy for a client and tax year: what is wrong, by how much, the proof behind it and
 * what to do next. Amounts and {@code noticeId}/{@code dueDate} are null where none applies.
 * {@code reference} names the row or category it is about (see SPEC.md's findings table).
 */
public record Finding(
        String clientId,
        int taxYear,
        FindingType type,
        Severity severity,
        String reference,
        BigDecimal irsAmount,
        BigDecimal clientAmount,
        BigDecimal difference,
        String noticeId,
        LocalDate dueDate,
        String explanation,
        String recommendedAction,
        List<SourceRef> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
