package io.taxrecon.sampledata.inbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value as it goes into an input file. A CSV file writes every cell as its text; an Excel
 * sheet writes each type as the cell a firm's export would hold (a number, a date-formatted
 * number, a boolean), so that the product's Excel reader meets real typed cells.
 *
 * @param text the text of a TEXT cell; for the other types the value in a plain form (a decimal
 *     such as "1234.56", an ISO date, "true"/"false"), which is also what CSV would show
 */
public record Cell(Type type, String text) {

    /** How an Excel sheet holds the value. */
    public enum Type {
        /** A string cell (in CSV, the field as written). */
        TEXT,
        /** A numeric cell with a general format: tax years, transaction codes, box numbers. */
        NUMBER,
        /** A numeric cell formatted #,##0.00. */
        AMOUNT,
        /** A numeric cell formatted 000000000: shows nine digits, but the cell holds the number, leading zeros gone. */
        TIN,
        /** A numeric day serial formatted yyyy-mm-dd: a real date cell. */
        DATE,
        /** A real date cell formatted m/d/yyyy. */
        DATE_US,
        /** A day serial with no date format: a bare number that is still a date. */
        DATE_SERIAL,
        BOOLEAN
    }

    public static final Cell BLANK = new Cell(Type.TEXT, "");

    public Cell {
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
    }

    public static Cell text(String text) {
        return new Cell(Type.TEXT, text);
    }

    public static Cell number(Type type, BigDecimal value) {
        return new Cell(type, value.toPlainString());
    }

    public static Cell date(Type type, LocalDate date) {
        return new Cell(type, date.toString());
    }

    public boolean blank() {
        return text.isBlank();
    }
}
