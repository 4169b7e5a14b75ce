package io.taxrecon.sampledata.transcripts;

import io.taxrecon.sampledata.transcripts.TranscriptDocument.Field;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Fields;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Notice;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Section;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Transaction;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Transactions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The older Transcript Delivery System text layout: upper-case header labels, {@code Dec. 31, 2024}
 * periods, bare {@code 0.00} header amounts, "CODE EXPLANATION OF TRANSACTION CYCLE DATE AMOUNT"
 * in fixed columns with the explanation wrapped in its column and the DLN on the line below, and
 * every page opened by "This Product Contains Sensitive Taxpayer Data" and closed by "Page 2 of 5".
 */
final class TdsTextLayout {

    static final String SENSITIVE = "This Product Contains Sensitive Taxpayer Data";
    /** Lines of content per page: a long account reprints the furniture mid-table, as TDS does. */
    static final int LINES_PER_PAGE = 40;
    private static final int EXPLANATION_WIDTH = 26;
    private static final String ROW = "%-6s%-" + (EXPLANATION_WIDTH + 2) + "s%-10s%-12s%14s";

    private TdsTextLayout() {
    }

    /** The transcript as the text file's lines. */
    static List<String> lines(TranscriptDocument doc) {
        List<String> body = new ArrayList<>();
        body.add(" ".repeat(30) + doc.product().title());
        body.add("");
        body.add("Request Date: " + IrsFormats.numeric(doc.responseDate()));
        body.add("Response Date: " + IrsFormats.numeric(doc.responseDate()));
        body.add("Tracking Number: " + doc.trackingNumber());
        body.add("");
        body.add("FORM NUMBER: 1040");
        body.add("TAX PERIOD: " + IrsFormats.written(LocalDate.of(doc.taxYear(), 12, 31)));
        body.add("");
        body.add("TAXPAYER IDENTIFICATION NUMBER: " + doc.maskedTin());
        body.add(doc.maskedName());
        body.add("");
        if (doc.product() == TranscriptProduct.ACCOUNT) {
            body.add("--- ANY MINUS SIGN SHOWN BELOW SIGNIFIES A CREDIT AMOUNT ---");
            body.add("");
        }
        for (Section section : doc.sections()) {
            section(doc.product(), section, body);
            body.add("");
        }
        return paginate(body);
    }

    private static void section(TranscriptProduct product, Section section, List<String> body) {
        if (section instanceof Notice notice) {
            body.add(notice.text().toUpperCase(Locale.ROOT));
        } else if (section instanceof Fields fields) {
            if (!fields.title().isEmpty()) {
                body.add(product == TranscriptProduct.WAGE_AND_INCOME ? fields.title() : fields.title().toUpperCase(Locale.ROOT));
                body.add("");
            }
            for (Field field : fields.fields()) {
                body.add(field(product, field));
            }
        } else if (section instanceof Transactions table) {
            body.add("TRANSACTIONS");
            body.add("");
            body.add(String.format(Locale.ROOT, ROW, "CODE", "EXPLANATION OF TRANSACTION", "CYCLE", "DATE", "AMOUNT").stripTrailing());
            for (Transaction t : table.rows()) {
                List<String> explanation = IrsFormats.wrap(t.explanation(), EXPLANATION_WIDTH);
                body.add(String.format(Locale.ROOT, ROW, t.code(), explanation.get(0), t.cycle(),
                        IrsFormats.numeric(t.date()), IrsFormats.money(t.amount(), true)));
                for (String more : explanation.subList(1, explanation.size())) {
                    body.add(" ".repeat(6) + more);
                }
                if (t.dln() != null) {
                    body.add(" ".repeat(6) + t.dln());
                }
            }
        }
    }

    /**
     * Account header labels upper case with ": " and bare amounts; form-block and return lines as
     * TDS prints them, the label led by dots to its value with the dollar sign.
     */
    private static String field(TranscriptProduct product, Field field) {
        if (product == TranscriptProduct.ACCOUNT) {
            String line = field.label().toUpperCase(Locale.ROOT) + ": "
                    + IrsFormats.value(field.value(), field.label().equals("Tax per return"), true);
            return field.asOf() == null ? line : line + " AS OF: " + IrsFormats.written(field.asOf());
        }
        String label = field.label().endsWith(":") ? field.label() : field.label().toUpperCase(Locale.ROOT) + ":";
        String value = IrsFormats.value(field.value(), true, false);
        int dots = Math.max(2, 60 - label.length() - value.length());
        return label + ".".repeat(dots) + value;
    }

    /** Pages of {@link #LINES_PER_PAGE} lines, each opened by the sensitive-data banner and closed by its number. */
    private static List<String> paginate(List<String> body) {
        while (body.size() > 1 && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        int pages = Math.max(1, (body.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
        List<String> out = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            out.add(SENSITIVE);
            out.add("");
            out.addAll(body.subList(page * LINES_PER_PAGE, Math.min(body.size(), (page + 1) * LINES_PER_PAGE)));
            out.add("");
            out.add("Page " + (page + 1) + " of " + pages);
        }
        return out;
    }
}
