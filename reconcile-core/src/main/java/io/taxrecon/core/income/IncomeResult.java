package io.taxrecon.core.income;

import io.taxrecon.core.values.SourceRef;
import java.math.BigDecimal;
import java.util.List;

/**
 * The income side of one client's reconciliation: every document with its status, the category
 * comparisons, and the withholding figures, from which the engine writes findings.
 *
 * @param documents the client's and spouse's documents (IRS and client copies), by document id
 * @param misaddressed documents whose recipient TIN is neither the client's nor the spouse's
 *                     (IDENTITY_MISMATCH; status null, never summed)
 * @param duplicates each exact repeat with the document it repeats
 */
public record IncomeResult(
        List<IncomeDocument> documents,
        List<IncomeDocument> misaddressed,
        List<Duplicate> duplicates,
        List<CategoryComparison> comparisons,
        List<Withholding> withholding) {

    public IncomeResult {
        documents = List.copyOf(documents);
        misaddressed = List.copyOf(misaddressed);
        duplicates = List.copyOf(duplicates);
        comparisons = List.copyOf(comparisons);
        withholding = List.copyOf(withholding);
    }

    /** A document the IRS holds twice: {@code repeat} is left out of the sums. */
    public record Duplicate(IncomeDocument repeat, IncomeDocument original) {
    }

    /**
     * The three withholding figures of a tax year; each is null when absent (docs/RULES.md).
     *
     * @param documents the FEDERAL_WITHHOLDING boxes of the counted IRS documents
     * @param returned the return's FEDERAL_WITHHOLDING
     * @param transcript TC 806 − TC 807 on the client's and spouse's TINs
     */
    public record Withholding(int taxYear, BigDecimal documents, BigDecimal returned, BigDecimal transcript,
                              List<SourceRef> evidence) {

        public Withholding {
            evidence = List.copyOf(evidence);
        }
    }
}
