package io.taxrecon.sampledata.transcripts;

import io.taxrecon.sampledata.transcripts.TranscriptDocument.Field;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Fields;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Notice;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Section;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Transaction;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Transactions;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Words;

/**
 * The HTML layout of the online transcripts: each label and value an {@code item-label} /
 * {@code item-value} pair, each W&I form a block of its own, and the transactions a table whose
 * DLN sits in a row of its own under its transaction. Well-formed, so any HTML or XML parser reads it.
 */
final class HtmlLayout {

    private HtmlLayout() {
    }

    static String html(TranscriptDocument doc) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(escape(doc.product().title())).append("</title>\n</head>\n<body>\n");
        h.append("<div class=\"banner\">").append(TdsTextLayout.SENSITIVE).append("</div>\n");
        h.append("<h1 class=\"product\">").append(escape(doc.product().title())).append("</h1>\n");
        h.append("<div class=\"header\">\n");
        for (Field field : doc.header()) {
            item(h, field.label(), IrsFormats.value(field.value(), true, false));
        }
        h.append("</div>\n");
        for (Section section : doc.sections()) {
            if (section instanceof Notice notice) {
                h.append("<p class=\"notice\">").append(escape(notice.text())).append("</p>\n");
            } else if (section instanceof Fields fields) {
                h.append(doc.product() == TranscriptProduct.WAGE_AND_INCOME ? "<div class=\"form-block\">\n" : "<div class=\"section\">\n");
                if (!fields.title().isEmpty()) {
                    h.append("<h2>").append(escape(fields.title())).append("</h2>\n");
                }
                for (Field field : fields.fields()) {
                    String label = field.label().endsWith(":") ? field.label() : field.label() + ":";
                    String value = IrsFormats.value(field.value(), !(field.value() instanceof Words), false);
                    item(h, label, field.asOf() == null ? value : value + " as of " + IrsFormats.numeric(field.asOf()));
                }
                h.append("</div>\n");
            } else if (section instanceof Transactions table) {
                h.append("<h2>Transactions</h2>\n<table class=\"transactions\">\n<thead><tr><th>Code</th>"
                        + "<th>Explanation of transaction</th><th>Cycle</th><th>Date</th><th>Amount</th></tr></thead>\n<tbody>\n");
                for (Transaction t : table.rows()) {
                    h.append("<tr><td>").append(t.code()).append("</td><td>").append(escape(t.explanation()))
                            .append("</td><td>").append(t.cycle()).append("</td><td>").append(IrsFormats.numeric(t.date()))
                            .append("</td><td>").append(IrsFormats.money(t.amount(), true)).append("</td></tr>\n");
                    if (t.dln() != null) {
                        h.append("<tr class=\"dln\"><td></td><td colspan=\"4\">").append(t.dln()).append("</td></tr>\n");
                    }
                }
                h.append("</tbody>\n</table>\n");
            }
        }
        h.append("<div class=\"banner\">").append(TdsTextLayout.SENSITIVE).append("</div>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void item(StringBuilder h, String label, String value) {
        h.append("<div class=\"item\"><span class=\"item-label\">").append(escape(label))
                .append("</span> <span class=\"item-value\">").append(escape(value)).append("</span></div>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
