package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.income.CategoryComparison;
import io.taxrecon.core.income.IncomeDocument;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.reports.xlsx.Look;
import io.taxrecon.reports.xlsx.SheetWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Category by category per tax year (IRS total, return, gap, finding or note), then every
 * W-2/1099 behind those totals box by box with its status: COUNTED, SUPERSEDED, DUPLICATE or
 * CLIENT_COPY. Information-return rows of the client that no comparison used (a tax year without
 * return lines) are listed last as NOT_COMPARED, so no W-2/1099 the firm holds is left out.
 */
final class IncomeSheet implements ClientSheet {

    static final String[] CATEGORY_COLUMNS = {
        "Tax year", "Category", "IRS total", "Return", "Gap (IRS - return)", "Finding", "Note"};
    static final String[] DOCUMENT_COLUMNS = {
        "Tax year", "Document ID", "Form", "Payer", "Payer TIN", "Recipient TIN", "Box", "Amount",
        "Status", "Corrected", "Source"};
    static final String NOT_COMPARED = "NOT_COMPARED";

    @Override
    public String name() {
        return "Income";
    }

    @Override
    public void write(ClientReport report, SheetWriter out) {
        // Two tables share the columns: each width serves the wider of the two.
        out.widths(9, 28, 14, 28, 14, 26, 50, 14, 13, 10, 8);
        out.printSetup(report.pageHeader(), report.pageFooter(), null);
        List<CategoryComparison> comparisons = report.reconciliation().income();

        out.section("Income by category");
        if (comparisons.isEmpty()) {
            out.row().text("No income was compared (no IRS wage-and-income data, or no return figures).");
        } else {
            out.header(CATEGORY_COLUMNS);
            for (CategoryComparison c : comparisons) {
                out.row()
                        .number((long) c.taxYear())
                        .text(c.reference() == null ? null : c.reference().name())
                        .money(c.irsTotal())
                        .money(c.returnAmount())
                        .money(gap(c))
                        .text(c.finding() == null ? null : c.finding().name(),
                                c.finding() == null ? Look.TEXT : Look.ATTENTION)
                        .wrapped(c.returnAmount() == null && c.note() == null ? "not on the return" : c.note());
            }
        }

        out.gap();
        out.section("Information returns (W-2/1099), box by box");
        out.header(DOCUMENT_COLUMNS);
        Set<String> shown = new LinkedHashSet<>();
        for (IncomeDocument d : documents(comparisons)) {
            shown.add(d.taxYear() + "|" + d.documentId());
            for (InformationReturn box : d.boxes()) {
                out.row()
                        .number((long) d.taxYear())
                        .text(d.documentId())
                        .text(d.formType() == null ? null : d.formType().label())
                        .text(d.payerName())
                        .text(ClientReport.masked(d.payerTin()))
                        .text(ClientReport.masked(d.recipientTin()))
                        .text(box.box())
                        .money(box.amount())
                        .text(d.status() == null ? null : d.status().name(),
                                d.status() == IncomeDocument.Status.DUPLICATE ? Look.ATTENTION : Look.TEXT)
                        .text(d.corrected() ? "Yes" : "")
                        .text(d.origin() == null ? null : d.origin().name());
            }
        }
        for (InformationReturn box : report.records().informationReturns()) {
            if (!shown.contains(box.taxYear() + "|" + box.documentId())) {
                out.row()
                        .number((long) box.taxYear())
                        .text(box.documentId())
                        .text(box.formType() == null ? null : box.formType().label())
                        .text(box.payerName())
                        .text(ClientReport.masked(box.payerTin()))
                        .text(ClientReport.masked(box.recipientTin()))
                        .text(box.box())
                        .money(box.amount())
                        .text(NOT_COMPARED)
                        .text(box.corrected() ? "Yes" : "")
                        .text(box.origin() == null ? null : box.origin().name());
            }
        }
    }

    /** IRS total - return amount, an absent line counting as zero (RULES.md). */
    static BigDecimal gap(CategoryComparison c) {
        if (c.irsTotal() == null) {
            return null;
        }
        return c.irsTotal().subtract(c.returnAmount() == null ? BigDecimal.ZERO : c.returnAmount());
    }

    /** Each document once (a W-2 backs several comparisons), by tax year and id. */
    private static List<IncomeDocument> documents(List<CategoryComparison> comparisons) {
        Map<String, IncomeDocument> byId = new LinkedHashMap<>();
        for (CategoryComparison c : comparisons) {
            for (IncomeDocument d : c.documents()) {
                byId.putIfAbsent(d.taxYear() + "|" + d.documentId(), d);
            }
        }
        List<IncomeDocument> result = new ArrayList<>(byId.values());
        result.sort(Comparator.comparingInt(IncomeDocument::taxYear)
                .thenComparing(IncomeDocument::documentId, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }
}
