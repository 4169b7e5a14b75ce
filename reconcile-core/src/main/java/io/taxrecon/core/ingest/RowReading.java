package io.taxrecon.core.ingest;

import io.taxrecon.core.values.Amount;
import io.taxrecon.core.values.CalendarDate;
import io.taxrecon.core.values.InvalidValueException;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.TaxYear;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One raw row being read by {@link RowNormaliser}, column by column: each value through its
 * canonical column's cell, a blank optional value absent, and the first value that cannot be read
 * thrown as {@link Unreadable} with its column, value (a TIN masked) and reason.
 */
final class RowReading {

    /** Reads a value from its text and whether it came from a numeric cell. */
    @FunctionalInterface
    interface ValueReader<T> {
        T read(String text, boolean numeric);
    }

    /** The first column of a row that cannot be read; caught in {@link RowNormaliser#normalise}. */
    static final class Unreadable extends RuntimeException {
        final String column;
        final String value;
        final String reason;

        Unreadable(String column, String value, String reason) {
            super(reason, null, false, false);
            this.column = column;
            this.value = value;
            this.reason = reason;
        }
    }

    private final RawRow row;
    private final HeaderMapping mapping;
    private final InputKind kind;
    private final Vocabulary vocabulary;

    RowReading(RawRow row, HeaderMapping mapping, InputKind kind, Vocabulary vocabulary) {
        this.row = row;
        this.mapping = mapping;
        this.kind = kind;
        this.vocabulary = vocabulary;
    }

    SourceRef source() {
        return row.source();
    }

    RawCell cell(String column) {
        OptionalInt index = mapping.indexOf(column);
        return index.isPresent() ? row.cell(index.getAsInt()) : RawCell.text("");
    }

    /** The cell's text trimmed; an Excel number that is whole loses its ".0" ("1001.0" → "1001"). */
    String idText(String column) {
        RawCell cell = cell(column);
        String text = cell.text().replace('\u00A0', ' ').strip();
        if (cell.numeric()) {
            try {
                BigDecimal number = new BigDecimal(text).stripTrailingZeros();
                if (number.scale() <= 0) {
                    return number.toBigInteger().toString();
                }
            } catch (NumberFormatException notANumber) {
                // keep the text as it is
            }
        }
        return text;
    }

    String clientIdAsWritten() {
        String id = idText("client_id");
        return id.isEmpty() ? null : id;
    }

    <T> T required(String column, ValueReader<T> reader) {
        RawCell cell = cell(column);
        if (cell.isBlank()) {
            throw unreadable(column, RowNormaliser.MISSING_VALUE);
        }
        try {
            return reader.read(cell.text(), cell.numeric());
        } catch (InvalidValueException e) {
            throw unreadable(column, e.getMessage());
        }
    }

    <T> T optional(String column, ValueReader<T> reader) {
        return optionalOr(column, null, reader);
    }

    <T> T optionalOr(String column, T absent, ValueReader<T> reader) {
        return cell(column).isBlank() ? absent : required(column, reader);
    }

    String requiredText(String column) {
        return required(column, (text, numeric) -> idText(column));
    }

    String optionalText(String column) {
        return optional(column, (text, numeric) -> idText(column));
    }

    Tin requiredTin(String column) {
        return required(column, Tin::parse);
    }

    Tin optionalTin(String column) {
        return optional(column, Tin::parse);
    }

    int taxYear(String column) {
        return required(column, TaxYear::parse);
    }

    LocalDate requiredDate(String column) {
        return required(column, CalendarDate::parse);
    }

    BigDecimal requiredAmount(String column) {
        return required(column, Amount::parse);
    }

    BigDecimal optionalAmount(String column) {
        return optional(column, Amount::parse);
    }

    /** "Form 1040" → "1040", "1040-sr" → "1040-SR"; blank gives {@code absent}. */
    String taxForm(String column, String absent) {
        return optionalOr(column, absent, (text, numeric) -> {
            String form = idText(column).toUpperCase(Locale.ROOT);
            return form.startsWith("FORM") ? form.substring(4).strip() : form;
        });
    }

    /** A coded word brought to its canonical spelling when the vocabulary knows it. */
    String optionalWord(String column) {
        return optional(column, (text, numeric) ->
                vocabulary.canonical(kind, column, text).orElse(idText(column)));
    }

    Unreadable unreadable(String column, String reason) {
        String written = cell(column).text();
        boolean isTin = column.equals("tin") || column.endsWith("_tin");
        return new Unreadable(column, isTin ? Tin.maskAsWritten(written) : written, reason);
    }
}
