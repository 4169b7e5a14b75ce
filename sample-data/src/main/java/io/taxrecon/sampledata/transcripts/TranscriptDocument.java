package io.taxrecon.sampledata.transcripts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One transcript file's content before a layout gives it its shape: the product, whose it is
 * (masked, as the IRS prints it), the tax period, and its sections in order.
 *
 * @param maskedTin  "XXX-XX-4566"
 * @param maskedName the first four letters of each name, upper case: "MEI RODR"
 */
public record TranscriptDocument(TranscriptProduct product, String maskedTin, String maskedName, int taxYear,
        LocalDate responseDate, String trackingNumber, List<Section> sections) {

    /**
     * The header the newer layouts (PDF, HTML) print above the sections, label by label: request
     * and response dates, tracking number, form, tax period, masked TIN and name.
     */
    public List<Field> header() {
        return List.of(
                Field.of("Request date:", new Day(responseDate)),
                Field.of("Response date:", new Day(responseDate)),
                Field.of("Tracking number:", new Words(trackingNumber)),
                Field.of("Form number:", new Words("1040")),
                Field.of("Report for Tax Period Ending:", new Day(LocalDate.of(taxYear, 12, 31))),
                Field.of("Taxpayer identification number:", new Words(maskedTin)),
                Field.of("Name(s) shown on return:", new Words(maskedName)));
    }

    /** A part of a transcript: labelled values, a form block, or the transactions table. */
    public sealed interface Section permits Fields, Transactions, Notice {
    }

    /** Labelled values under an optional title ("" for none): a header block or a W&I form block. */
    public record Fields(String title, List<Field> fields) implements Section {
    }

    /** One label and its value; {@code asOf} is the date an accrual is figured to, else null. */
    public record Field(String label, Value value, LocalDate asOf) {

        public static Field of(String label, Value value) {
            return new Field(label, value, null);
        }
    }

    /** A value as the IRS prints it: money, a date, or words and numbers that are never money. */
    public sealed interface Value permits Money, Day, Words {
    }

    /** An amount of money, signed as the IRS prints it. */
    public record Money(BigDecimal amount) implements Value {
    }

    /** A date, spelled by each layout in its own way. */
    public record Day(LocalDate date) implements Value {
    }

    /** Text printed as it is: a name, a masked EIN, "01" exemptions (a bare number that is never money). */
    public record Words(String text) implements Value {
    }

    /** The TRANSACTIONS table of an Account Transcript. */
    public record Transactions(List<Transaction> rows) implements Section {
    }

    /**
     * One posted transaction: {@code amount} signed as the IRS prints it (a credit is negative);
     * {@code dln} the document locator number printed under it, or null.
     */
    public record Transaction(String code, String explanation, String cycle, LocalDate date, BigDecimal amount,
            String dln) {
    }

    /** A sentence the IRS prints in place of data: "No tax return filed". */
    public record Notice(String text) implements Section {
    }
}
