package io.taxrecon.reports.csv;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.WorklistRow;
import io.taxrecon.reports.privacy.TinRedactor;
import java.io.Closeable;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * findings.csv: one row per finding, the contract the end-to-end tests and downstream tools read.
 * Amounts are plain with two decimals ({@code 2500.00}, {@code -12.34}), dates ISO, blank where
 * there is none. Free text (explanation, recommended action) has any full TIN masked; ids and
 * references are written as the engine gave them. Format: see {@link CsvOutput} (RFC 4180,
 * CRLF, UTF-8 without BOM, formula-safe). Write failures surface as UncheckedIOException.
 *
 * <p>Given the night's {@link NightView}, the 13 contract columns are followed by
 * {@link #NIGHT_COLUMNS}: {@code first_seen}, {@code night_status} (NEW, OPEN), {@code
 * review_status} (the reviewer's status, OPEN when none is set) and {@code review_note}; all four
 * blank for a finding the view does not hold.
 */
public final class FindingsCsv implements Closeable {

    public static final String[] HEADER = {
        "run_date", "client_id", "tax_year", "finding_type", "severity", "reference", "irs_amount",
        "client_amount", "difference", "notice_id", "due_date", "explanation", "recommended_action"};

    /** The columns that follow the contract's 13 when the night is known. */
    public static final String[] NIGHT_COLUMNS = {"first_seen", "night_status", "review_status", "review_note"};

    /** The 13 contract columns followed by the four of the night. */
    public static final String[] HEADER_WITH_NIGHT = Stream.concat(Arrays.stream(HEADER), Arrays.stream(NIGHT_COLUMNS))
            .toArray(String[]::new);

    private final CsvOutput out;
    private final String runDate;
    private final NightView night;
    private final TinRedactor redactor = TinRedactor.shapesOnly();

    /** The 13 contract columns only; writes the header at once; {@code out} should be a UTF-8 writer. */
    public FindingsCsv(Writer out, LocalDate runDate) {
        this.runDate = Objects.requireNonNull(runDate, "runDate").toString();
        this.night = null;
        this.out = new CsvOutput(Objects.requireNonNull(out, "out"), HEADER);
    }

    /** The 13 contract columns and the night's four ({@link #HEADER_WITH_NIGHT}); writes the header at once. */
    public FindingsCsv(Writer out, NightView night) {
        this.night = Objects.requireNonNull(night, "night");
        this.runDate = night.runDate().toString();
        this.out = new CsvOutput(Objects.requireNonNull(out, "out"), HEADER_WITH_NIGHT);
    }

    public void write(Finding f) {
        String[] contract = contract(f);
        if (night == null) {
            out.record(contract);
            return;
        }
        WorklistRow row = night.row(f).orElse(null);
        String[] all = Arrays.copyOf(contract, HEADER_WITH_NIGHT.length);
        if (row != null) {
            all[HEADER.length] = row.firstSeen().toString();
            all[HEADER.length + 1] = row.nightStatus().name();
            all[HEADER.length + 2] = row.reviewStatus().name();
            all[HEADER.length + 3] = row.entry() == null ? null : redactor.redact(row.entry().note());
        }
        out.record(all);
    }

    private String[] contract(Finding f) {
        return new String[] {
                runDate,
                f.clientId(),
                Integer.toString(f.taxYear()),
                f.type() == null ? null : f.type().name(),
                f.severity() == null ? null : f.severity().name(),
                f.reference(),
                amount(f.irsAmount()),
                amount(f.clientAmount()),
                amount(f.difference()),
                f.noticeId(),
                f.dueDate() == null ? null : f.dueDate().toString(),
                redactor.redact(f.explanation()),
                redactor.redact(f.recommendedAction())};
    }

    /** Flushes and closes the underlying writer. */
    @Override
    public void close() {
        out.close();
    }

    static String amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
