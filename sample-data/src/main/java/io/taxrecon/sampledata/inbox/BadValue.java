package io.taxrecon.sampledata.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A value the product must refuse, with the reason it gives in rejects.csv. The reasons are the
 * product's exact strings (reconcile-core's value readers and RowNormaliser: "not an amount",
 * "missing value", ...); they are written down here, not asked of the product, because the
 * generator must not depend on the code it tests.
 *
 * <p>A bad row is a copy of a row just written with one value replaced by one of these. Every
 * other value of the copy is one that loads, so the replaced column is the one the product
 * reports whatever order it checks columns in.
 */
public enum BadValue {
    AMOUNT_BADLY_GROUPED(Role.AMOUNT, "not an amount", "12,34.5"),
    AMOUNT_WORD(Role.AMOUNT, "not an amount", "abc"),
    AMOUNT_THREE_DECIMALS(Role.AMOUNT, "not an amount: more than two decimals", "1.234"),
    AMOUNT_BLANK(Role.AMOUNT, "missing value", ""),
    DATE_NO_SUCH_DAY(Role.DATE, "not a date: no such day", "02/30/2025"),
    DATE_MONTH_13(Role.DATE, "not a date", "2025-13-01"),
    DATE_WORD(Role.DATE, "not a date", "yesterday"),
    /** The row's own TIN with one digit dropped, as text: a numeric Excel cell would be left-padded and load. */
    TIN_EIGHT_DIGITS(Role.TIN, "a TIN has 9 digits; this one has 8: a digit is missing", null),
    FORM_TYPE_UNKNOWN(Role.FORM_TYPE, "unknown form type", "1099-ZZZ"),
    NOTICE_CODE_UNREADABLE(Role.NOTICE_CODE, "not a notice code", "???"),
    NOTICE_CODE_BLANK(Role.NOTICE_CODE, "missing value", ""),
    CLIENT_ID_BLANK(Role.CLIENT_ID, "missing value", ""),
    /** The row's tax year in two digits ("24"). */
    TAX_YEAR_TWO_DIGITS(Role.TAX_YEAR, "not a tax year", null),
    CORRECTED_MAYBE(Role.CORRECTED, "not a yes/no value", "maybe"),
    SOURCE_PAYER(Role.SOURCE, "not a source: expected IRS or CLIENT", "PAYER");

    /** Which column of a table a bad value goes into. */
    private enum Role { AMOUNT, DATE, TIN, FORM_TYPE, NOTICE_CODE, CLIENT_ID, TAX_YEAR, CORRECTED, SOURCE }

    private final Role role;
    private final String reason;
    private final String fixed;

    BadValue(Role role, String reason, String fixed) {
        this.role = role;
        this.reason = reason;
        this.fixed = fixed;
    }

    /** The product's reason, exactly as rejects.csv gives it. */
    public String reason() {
        return reason;
    }

    /** The bad values that {@code table} has a column for, in declaration order. */
    static List<BadValue> applicableTo(Table table) {
        List<BadValue> values = new ArrayList<>();
        for (BadValue v : values()) {
            if (!v.candidateColumns(table).isEmpty()) {
                values.add(v);
            }
        }
        return values;
    }

    /** The columns of {@code table} this value could go into (before looking at a row). */
    List<String> candidateColumns(Table table) {
        switch (role) {
            case AMOUNT:
                return table.amountColumn() == null ? List.of() : List.of(table.amountColumn());
            case DATE:
                return table.dateColumn() == null ? List.of() : List.of(table.dateColumn());
            case TIN:
                return table.tinColumns();
            case FORM_TYPE:
                return only(table, "form_type");
            case NOTICE_CODE:
                return only(table, "notice_code");
            case CLIENT_ID:
                return only(table, "client_id");
            case TAX_YEAR:
                return only(table, "tax_year");
            case CORRECTED:
                return only(table, "corrected");
            case SOURCE:
                return only(table, "source");
            default:
                throw new IllegalStateException(role.name());
        }
    }

    private static List<String> only(Table table, String column) {
        return table.indexOf(column) >= 0 ? List.of(column) : List.of();
    }

    /**
     * The column of {@code row} to break: one of the candidates that holds a value (an optional
     * spouse_tin left blank cannot be broken into a TIN with a digit missing).
     */
    String column(Table table, List<Cell> row, SplittableRandom r) {
        List<String> filled = new ArrayList<>();
        for (String c : candidateColumns(table)) {
            if (!row.get(table.indexOf(c)).blank()) {
                filled.add(c);
            }
        }
        return filled.get(r.nextInt(filled.size()));
    }

    /** The bad cell that replaces {@code original}: always text, or blank. */
    Cell cell(Cell original, SplittableRandom r) {
        if (this == TIN_EIGHT_DIGITS) {
            String digits = original.text().replaceAll("\\D", "");
            if (original.type() == Cell.Type.TIN) {
                digits = "0".repeat(9 - digits.length()) + digits;
            }
            int drop = r.nextInt(9);
            return Cell.text(digits.substring(0, drop) + digits.substring(drop + 1));
        }
        if (this == TAX_YEAR_TWO_DIGITS) {
            // "2024", or an odd "2024.0": the year's last two digits either way.
            return Cell.text(original.text().strip().substring(2, 4));
        }
        return Cell.text(fixed);
    }
}
