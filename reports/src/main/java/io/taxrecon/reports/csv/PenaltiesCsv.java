package io.taxrecon.reports.csv;

import io.taxrecon.core.accruals.PenaltyFigures;
import java.io.Closeable;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * penalties.csv: one row per client TIN-year with a TC 150, the figures of the workbook's
 * "Penalties &amp; interest" sheet machine-readable: the transcript's assessed tax, FTF, FTP and
 * interest net of abatements beside the rules' figures to the run date, what the payment findings
 * caused, what is owed today and the latest collection statute date. Amounts plain with two
 * decimals, dates ISO, blank where there is none; the TIN as its last four digits only. Format:
 * see {@link CsvOutput} (RFC 4180, CRLF, UTF-8 without BOM, formula-safe).
 */
public final class PenaltiesCsv implements Closeable {

    public static final String[] HEADER = {
        "run_date", "client_id", "tax_year", "tin_last4", "filed", "tax_assessed", "ftf_assessed",
        "ftp_assessed", "interest_assessed", "ftf_computed", "ftp_computed", "interest_computed",
        "caused_by_findings", "owed_today", "csed"};

    private final CsvOutput out;
    private final String runDate;

    /** Writes the header at once; {@code out} should be a UTF-8 writer. */
    public PenaltiesCsv(Writer out, LocalDate runDate) {
        this.runDate = Objects.requireNonNull(runDate, "runDate").toString();
        this.out = new CsvOutput(Objects.requireNonNull(out, "out"), HEADER);
    }

    public void write(PenaltyFigures p) {
        out.record(
                runDate,
                p.clientId(),
                Integer.toString(p.taxYear()),
                lastFour(p.tinLast4()),
                date(p.filed()),
                FindingsCsv.amount(p.taxAssessed()),
                FindingsCsv.amount(p.ftfAssessed()),
                FindingsCsv.amount(p.ftpAssessed()),
                FindingsCsv.amount(p.interestAssessed()),
                FindingsCsv.amount(p.ftfComputed()),
                FindingsCsv.amount(p.ftpComputed()),
                FindingsCsv.amount(p.interestComputed()),
                FindingsCsv.amount(p.causedByFindings()),
                FindingsCsv.amount(p.owedToday()),
                date(p.csed()));
    }

    /** Flushes and closes the underlying writer. */
    @Override
    public void close() {
        out.close();
    }

    // The record promises four digits; a caller that slipped a whole TIN in still shows only four.
    private static String lastFour(String tin) {
        if (tin == null) {
            return null;
        }
        String digits = tin.replaceAll("\\D", "");
        return digits.length() > 4 ? digits.substring(digits.length() - 4) : tin;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
