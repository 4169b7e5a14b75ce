package io.taxrecon.reports.csv;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.reports.privacy.TinRedactor;
import java.io.Closeable;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * findings.csv: one row per finding, the contract the end-to-end tests and downstream tools read.
 * Amounts are plain with two decimals ({@code 2500.00}, {@code -12.34}), dates ISO, blank where
 * there is none. Free text (explanation, recommended action) has any full TIN masked; ids and
 * references are written as the engine gave them. Format: see {@link CsvOutput} (RFC 4180,
 * CRLF, UTF-8 without BOM, formula-safe). Write failures surface as UncheckedIOException.
 */
public final class FindingsCsv implements Closeable {

    public static final String[] HEADER = {
        "run_date", "client_id", "tax_year", "finding_type", "severity", "reference", "irs_amount",
        "client_amount", "difference", "notice_id", "due_date", "explanation", "recommended_action"};

    private final CsvOutput out;
    private final String runDate;
    private final TinRedactor redactor = TinRedactor.shapesOnly();

    /** Writes the header at once; {@code out} should be a UTF-8 writer. */
    public FindingsCsv(Writer out, LocalDate runDate) {
        this.runDate = Objects.requireNonNull(runDate, "runDate").toString();
        this.out = new CsvOutput(Objects.requireNonNull(out, "out"), HEADER);
    }

    public void write(Finding f) {
        out.record(
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
                redactor.redact(f.recommendedAction()));
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
