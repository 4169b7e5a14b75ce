package io.taxrecon.sampledata;

import io.taxrecon.sampledata.inbox.Table;
import java.util.Locale;

/**
 * The file format of each generated input: every file CSV (the default, and the only format the
 * bundled sample uses), every file .xlsx, or a fixed mix of both, so that one inbox exercises both
 * readers of the product.
 */
public enum InputFormat {
    CSV,
    XLSX,
    /** notices, information_returns and payments as .xlsx; clients, irs_transactions and return_lines as CSV. */
    MIXED;

    /** Whether {@code table} is written as an Excel workbook in this format. */
    public boolean excel(Table table) {
        switch (this) {
            case XLSX:
                return true;
            case MIXED:
                // Every other kind in SPEC.md's order, so both readers see amounts, dates and TINs.
                return table == Table.NOTICES || table == Table.INFORMATION_RETURNS || table == Table.PAYMENTS;
            default:
                return false;
        }
    }

    /** "csv", "xlsx", "mixed" (any case), as the command line takes it. */
    public static InputFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected csv, xlsx or mixed, not '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
