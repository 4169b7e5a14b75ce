package io.taxrecon.core.returns;

import io.taxrecon.core.income.Category;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;

/**
 * One figure of a filed return, with its line already mapped to a {@link Category} (a Form 1040
 * line number such as "25a" maps through the year's line catalog). {@code line} keeps what the
 * file said, for the evidence.
 */
public record ReturnLine(
        String clientId,
        Tin tin,
        int taxYear,
        String line,
        Category category,
        BigDecimal amount,
        String taxForm,
        SourceRef source) {
}
