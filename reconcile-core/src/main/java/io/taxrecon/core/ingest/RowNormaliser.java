package io.taxrecon.core.ingest;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.BoxNumber;
import io.taxrecon.core.values.CalendarDate;
import io.taxrecon.core.values.InvalidValueException;
import io.taxrecon.core.values.NoticeCode;
import io.taxrecon.core.values.Tin;
import io.taxrecon.core.values.YesNo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one raw row of a file of a known kind into its domain record, or into a {@link Rejection}
 * naming the first column that cannot be read. Columns are checked in SPEC.md's order for the kind
 * (the order of the column catalog), so the same row always gets the same reason.
 *
 * <p>Defaults: a blank optional value is absent (null); {@code tax_form} of notices and return
 * lines defaults to "1040"; a blank {@code transaction_id} becomes "file:line"; a blank
 * {@code source} is IRS and a blank {@code corrected} false. {@code method} and
 * {@code payment_type} are brought to their canonical word when they are one of the known words
 * or aliases, and otherwise kept as written: they inform the reviewer and never decide a match,
 * so an unusual word is no reason to drop a payment.
 */
public final class RowNormaliser {

    static final String MISSING_VALUE = "missing value";
    static final String UNKNOWN_FORM_TYPE = "unknown form type";
    static final String UNKNOWN_RETURN_LINE = "unknown return line";
    static final String NOT_A_SOURCE = "not a source: expected IRS or CLIENT";

    private static final String DEFAULT_TAX_FORM = "1040";
    /** The forms whose line numbers are Form 1040's: 1040-SR shares them line for line. */
    private static final Set<String> FORM_1040_FAMILY = Set.of("1040", "1040SR");
    // compiled once: they run on every transcript line and every return line
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s\\-_.:#]");
    private static final Pattern SPACES_OR_DASHES = Pattern.compile("[\\s\\-]+");

    private final InputKind kind;
    private final HeaderMapping mapping;
    private final Form1040Lines lines;
    private final Vocabulary vocabulary = Vocabulary.defaults();

    public RowNormaliser(InputKind kind, HeaderMapping mapping, Form1040Lines lines) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.lines = Objects.requireNonNull(lines, "lines");
        if (mapping.kind() != kind) {
            throw new IllegalArgumentException("a header mapping of " + mapping.kind().fileStem()
                    + " cannot read " + kind.fileStem() + " rows");
        }
    }

    /** Every cell blank: readers skip such rows, and they are not counted as read. */
    public static boolean isBlank(RawRow row) {
        return row.cells().stream().allMatch(RawCell::isBlank);
    }

    public NormalisedRow normalise(RawRow row) {
        RowReading reading = new RowReading(row, mapping, kind, vocabulary);
        if (row.problem() != null) {
            RawRow.Problem problem = row.problem();
            return new NormalisedRow.Rejected(new Rejection(row.source(), reading.clientIdAsWritten(),
                    problem.column(), problem.value(), problem.reason()));
        }
        try {
            Object record = switch (kind) {
                case CLIENTS -> client(reading);
                case NOTICES -> notice(reading);
                case IRS_TRANSACTIONS -> transaction(reading);
                case INFORMATION_RETURNS -> informationReturn(reading);
                case RETURN_LINES -> returnLine(reading);
                case PAYMENTS -> payment(reading);
            };
            return new NormalisedRow.Loaded(record);
        } catch (RowReading.Unreadable e) {
            return new NormalisedRow.Rejected(
                    new Rejection(row.source(), reading.clientIdAsWritten(), e.column, e.value, e.reason));
        }
    }

    private Client client(RowReading r) {
        return new Client(
                r.requiredText("client_id"),
                r.requiredText("name"),
                r.requiredTin("tin"),
                r.optionalText("spouse_name"),
                r.optionalTin("spouse_tin"),
                r.optionalText("reviewer"),
                r.source());
    }

    private Notice notice(RowReading r) {
        return new Notice(
                r.requiredText("notice_id"),
                r.requiredText("client_id"),
                r.requiredTin("tin"),
                r.taxYear("tax_year"),
                r.required("notice_code", (text, numeric) -> NoticeCode.normalise(text)),
                r.requiredDate("notice_date"),
                r.requiredAmount("amount_due"),
                r.taxForm("tax_form", DEFAULT_TAX_FORM),
                r.optional("response_due_date", CalendarDate::parse),
                r.optionalAmount("tax"),
                r.optionalAmount("penalty"),
                r.optionalAmount("interest"),
                r.optionalAmount("payments_credited"),
                r.source());
    }

    private TranscriptTransaction transaction(RowReading r) {
        String clientId = r.requiredText("client_id");
        Tin tin = r.requiredTin("tin");
        int taxYear = r.taxYear("tax_year");
        String code = r.required("transaction_code", (text, numeric) -> transactionCode(r.idText("transaction_code")));
        LocalDate date = r.requiredDate("transaction_date");
        BigDecimal amount = r.requiredAmount("amount");
        String id = r.optionalText("transaction_id");
        if (id == null) {
            id = r.source().file() + ":" + r.source().line();
        }
        return new TranscriptTransaction(id, clientId, tin, taxYear, code, date, amount,
                r.optionalText("description"), r.optionalText("cycle"), r.optionalText("action_code"), r.source());
    }

    private InformationReturn informationReturn(RowReading r) {
        return new InformationReturn(
                r.requiredText("document_id"),
                r.requiredText("client_id"),
                r.requiredTin("tin"),
                r.taxYear("tax_year"),
                r.required("form_type", (text, numeric) -> FormType.parse(text)
                        .orElseThrow(() -> new InvalidValueException(UNKNOWN_FORM_TYPE))),
                r.requiredText("payer_name"),
                r.required("payer_tin", Tin::parsePossiblyMasked),
                r.required("box", (text, numeric) -> BoxNumber.normalise(r.idText("box"))),
                r.requiredAmount("amount"),
                r.optionalOr("source", InformationReturn.Origin.IRS, (text, numeric) -> origin(text)),
                r.optionalOr("corrected", false, (text, numeric) -> YesNo.parse(text)),
                r.source());
    }

    private ReturnLine returnLine(RowReading r) {
        String clientId = r.requiredText("client_id");
        Tin tin = r.requiredTin("tin");
        int taxYear = r.taxYear("tax_year");
        String taxForm = r.taxForm("tax_form", DEFAULT_TAX_FORM);
        String line = r.requiredText("line");
        Category category = r.required("line", (text, numeric) -> category(line, taxYear, taxForm));
        BigDecimal amount = r.requiredAmount("amount");
        return new ReturnLine(clientId, tin, taxYear, line, category, amount, taxForm, r.source());
    }

    private Payment payment(RowReading r) {
        return new Payment(
                r.requiredText("payment_id"),
                r.requiredText("client_id"),
                r.requiredTin("tin"),
                r.taxYear("tax_year"),
                r.requiredDate("payment_date"),
                r.requiredAmount("amount"),
                r.optionalWord("method"),
                r.optionalWord("payment_type"),
                r.optionalText("confirmation_number"),
                r.taxForm("tax_form", null),
                r.source());
    }

    private InformationReturn.Origin origin(String text) {
        return vocabulary.canonical(kind, "source", text)
                .map(InformationReturn.Origin::valueOf)
                .orElseThrow(() -> new InvalidValueException(NOT_A_SOURCE));
    }

    /** "TC 150", "tc-806", "150": the code without its "TC". */
    private static String transactionCode(String text) {
        String code = CODE_SEPARATORS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
        if (code.startsWith("TC")) {
            code = code.substring(2);
        }
        if (code.isEmpty()) {
            throw new InvalidValueException(MISSING_VALUE);
        }
        return code;
    }

    /** A category's name (any case, spaces or dashes for '_'), else a Form 1040 line of that year. */
    private Category category(String line, int taxYear, String taxForm) {
        String name = SPACES_OR_DASHES.matcher(line.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException notAName) {
            // not a category name: try it as a line number of the year's form
        }
        Optional<Category> byLine = FORM_1040_FAMILY.contains(taxForm.replace("-", ""))
                ? lines.categoryOf(line, taxYear)
                : Optional.empty();
        return byLine.orElseThrow(() -> new InvalidValueException(UNKNOWN_RETURN_LINE));
    }
}
