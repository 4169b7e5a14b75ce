package io.taxrecon.core.income;

import io.taxrecon.core.findings.FindingType;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the category-by-category reconciliation of a tax year: the IRS's total from the
 * documents beside the return's figure. {@code reference} is the category compared (for
 * NONEMPLOYEE_COMPENSATION + PAYMENT_CARD_RECEIPTS it is BUSINESS_GROSS_RECEIPTS).
 *
 * @param returnAmount null when the return has no such line
 * @param finding null when the category agrees (or the return reports more)
 */
public record CategoryComparison(
        int taxYear,
        Category reference,
        BigDecimal irsTotal,
        BigDecimal returnAmount,
        List<IncomeDocument> documents,
        FindingType finding,
        String note) {

    public CategoryComparison {
        documents = List.copyOf(documents);
    }
}
