package io.taxrecon.sampledata.inbox;

import java.util.List;

/**
 * The six input files of an inbox, with SPEC.md's columns in SPEC.md's order (the order in which
 * the product checks them, so the first broken column of a row is the one it reports), and which
 * of those columns hold the values a bad row may break.
 */
public enum Table {
    CLIENTS("clients", null, null, List.of("tin", "spouse_tin"),
            "client_id", "name", "tin", "spouse_name", "spouse_tin", "reviewer"),
    NOTICES("notices", "amount_due", "notice_date", List.of("tin"),
            "notice_id", "client_id", "tin", "tax_year", "notice_code", "notice_date", "amount_due", "tax_form",
            "response_due_date", "tax", "penalty", "interest", "payments_credited"),
    IRS_TRANSACTIONS("irs_transactions", "amount", "transaction_date", List.of("tin"),
            "client_id", "tin", "tax_year", "transaction_code", "transaction_date", "amount", "transaction_id",
            "description", "cycle"),
    INFORMATION_RETURNS("information_returns", "amount", null, List.of("tin", "payer_tin"),
            "document_id", "client_id", "tin", "tax_year", "form_type", "payer_name", "payer_tin", "box", "amount",
            "source", "corrected"),
    RETURN_LINES("return_lines", "amount", null, List.of("tin"),
            "client_id", "tin", "tax_year", "line", "amount", "tax_form"),
    PAYMENTS("payments", "amount", "payment_date", List.of("tin"),
            "payment_id", "client_id", "tin", "tax_year", "payment_date", "amount", "method", "payment_type",
            "confirmation_number", "tax_form");

    private final String stem;
    private final String amountColumn;
    private final String dateColumn;
    private final List<String> tinColumns;
    private final List<String> columns;

    Table(String stem, String amountColumn, String dateColumn, List<String> tinColumns, String... columns) {
        this.stem = stem;
        this.amountColumn = amountColumn;
        this.dateColumn = dateColumn;
        this.tinColumns = tinColumns;
        this.columns = List.of(columns);
    }

    /** "payments": the start of the file's name and the name of its Excel sheet. */
    public String stem() {
        return stem;
    }

    public List<String> columns() {
        return columns;
    }

    /** Position of {@code column} in the header; -1 when the table has no such column. */
    public int indexOf(String column) {
        return columns.indexOf(column);
    }

    /** The required money column, or null when the table has none. */
    String amountColumn() {
        return amountColumn;
    }

    /** The required date column, or null when the table has none. */
    String dateColumn() {
        return dateColumn;
    }

    List<String> tinColumns() {
        return tinColumns;
    }

    /** "payments.csv" or "payments.xlsx". */
    public String fileName(boolean excel) {
        return stem + (excel ? ".xlsx" : ".csv");
    }
}
