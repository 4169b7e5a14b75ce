package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.reports.xlsx.Look;
import io.taxrecon.reports.xlsx.RowWriter;
import io.taxrecon.reports.xlsx.SheetWriter;
import java.util.List;

/**
 * Payment by payment: what the client paid beside the IRS credit(s) it became, or why none.
 * A payment matched to several credits takes one row per credit; the payment's own cells are
 * filled on its first row only (so a column total is not inflated) while its id repeats, so that
 * filtering on a payment still shows all its credits.
 */
final class PaymentsSheet implements ClientSheet {

    static final String[] COLUMNS = {
        "Payment ID", "Payment date", "Amount", "Method", "Type", "Confirmation", "Tax year", "TIN",
        "Status", "Credit TC", "Credit date", "Credit amount", "Credit TIN", "Credit tax year", "Credit ID", "Note"};

    @Override
    public String name() {
        return "Payments";
    }

    @Override
    public void write(ClientReport report, SheetWriter out) {
        out.widths(16, 12, 14, 11, 13, 22, 9, 13, 18, 9, 12, 14, 13, 9, 22, 60);
        out.printSetup(report.pageHeader(), report.pageFooter(), 0);
        out.header(COLUMNS);
        out.freezeRowsAbove(1);
        for (PaymentOutcome outcome : report.reconciliation().payments()) {
            Payment p = outcome.payment();
            List<TranscriptTransaction> credits = outcome.credits();
            int rows = Math.max(1, credits.size());
            for (int i = 0; i < rows; i++) {
                RowWriter row = out.row();
                if (i == 0) {
                    row.text(p.paymentId())
                            .date(p.paymentDate())
                            .money(p.amount())
                            .text(p.method())
                            .text(p.paymentType())
                            .text(p.confirmationNumber())
                            .number((long) p.taxYear())
                            .text(ClientReport.masked(p.tin()));
                } else {
                    row.text(p.paymentId()).skip().skip().skip().skip().skip().skip().skip();
                }
                row.text(outcome.status() == null ? null : outcome.status().name(), statusLook(outcome));
                if (i < credits.size()) {
                    TranscriptTransaction c = credits.get(i);
                    row.text(c.transactionCode())
                            .date(c.transactionDate())
                            .money(c.magnitude()) // the code gives the direction; the file's sign is noise here
                            .text(ClientReport.masked(c.tin()))
                            .number((long) c.taxYear())
                            .text(c.transactionId());
                } else {
                    row.skip().skip().skip().skip().skip().skip();
                }
                row.wrapped(i == 0 ? outcome.note() : null);
            }
        }
        if (report.reconciliation().payments().isEmpty()) {
            out.row().text("No client payment records on file.");
        }
        out.autoFilter(0, COLUMNS.length - 1);
    }

    // Matched and pending payments need no action; every other status is a finding.
    private static Look statusLook(PaymentOutcome o) {
        if (o.status() == null) {
            return Look.TEXT;
        }
        return switch (o.status()) {
            case MATCHED, MATCHED_SPLIT, PENDING -> Look.TEXT;
            default -> Look.ATTENTION;
        };
    }
}
