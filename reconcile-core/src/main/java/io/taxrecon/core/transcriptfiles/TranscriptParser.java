package io.taxrecon.core.transcriptfiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transcript's lines (from a PDF, an HTML page or TDS text) into a
 * {@link ParsedTranscript}. Page furniture and the page header the IRS reprints on every page
 * (title, period, masked TIN and name) are passed over wherever they fall, even mid-table; a tax
 * period header that names a new period starts a new period, so a file with several periods
 * reads as several.
 */
public final class TranscriptParser {

    /** "TAX PERIOD: Dec. 31, 2022", "Report for Tax Period Ending: 12-31-2022", "Tax Period Requested: December, 2022". */
    private static final Pattern PERIOD = Pattern.compile("(?i)\\btax period(?:\\s+(?:ending|requested))?\\s*:?\\s*(.*)$");
    private static final Pattern FORM_NUMBER = Pattern.compile("(?i)\\bform(?: number)?:?\\s+(\\d{3,4}[A-Z-]*)\\b");
    private static final Pattern FORM_NUMBER_ALONE = Pattern.compile("(?i)^form number:?$");
    private static final Pattern TIN_LABEL = Pattern.compile(
            "(?i)^(?:taxpayer identification number|ssn provided|ssn|social security number|tin)\\b.*");

    private final TranscriptLabels labels;

    public TranscriptParser(TranscriptLabels labels) {
        this.labels = labels;
    }

    /** @throws IllegalArgumentException when the text is no transcript of a product this reads */
    public ParsedTranscript parse(List<TranscriptLine> lines) {
        TranscriptProduct product = TranscriptProduct.of(lines).orElseThrow(() -> new IllegalArgumentException(
                "not an IRS transcript: no Account Transcript, Record of Account, Wage and Income Transcript or "
                        + "Tax Return Transcript title"));
        List<UnreadLine> unread = new ArrayList<>();
        List<TaxPeriodModule> periods = new ArrayList<>();
        String tinLastFour = null;
        TranscriptLine tinAt = null;
        Period period = null;
        boolean afterTin = false;
        boolean periodValueNext = false;
        boolean skipNext = false;
        for (TranscriptLine line : lines) {
            String text = line.text();
            if (skipNext) {
                skipNext = false;
                continue; // the value of a page-header label printed on its own line
            }
            if (text.isEmpty() || TranscriptValues.isFurniture(text) || TranscriptProduct.titled(text).isPresent()) {
                skipNext = text.endsWith(":") && TranscriptValues.isFurniture(text);
                continue;
            }
            if (FORM_NUMBER_ALONE.matcher(text).matches()) {
                skipNext = true; // "Form Number:" of the newer page header, its value below it
                continue;
            }
            if (periodValueNext) {
                periodValueNext = false;
                Optional<LocalDate> end = TranscriptValues.periodEnd(text);
                if (end.isPresent()) {
                    period = switchTo(period, end.get(), null, line, product, periods, unread);
                    continue;
                }
            }
            Matcher periodMatch = PERIOD.matcher(text);
            if (periodMatch.find()) {
                Optional<LocalDate> end = TranscriptValues.periodEnd(periodMatch.group(1));
                Matcher form = FORM_NUMBER.matcher(text);
                String taxForm = form.find() ? form.group(1) : null;
                if (end.isPresent()) {
                    period = switchTo(period, end.get(), taxForm, line, product, periods, unread);
                } else {
                    periodValueNext = true;
                }
                continue;
            }
            Optional<String> ssn = TranscriptValues.maskedSsn(text);
            if (ssn.isPresent() && tinLastFour == null && !text.toLowerCase(Locale.ROOT).contains("spouse")) {
                tinLastFour = ssn.get();
                tinAt = line;
            }
            if (product != TranscriptProduct.WAGE_AND_INCOME) {
                // outside a Wage and Income Transcript's form blocks a masked TIN is the page header's
                if (ssn.isPresent() || TIN_LABEL.matcher(text).matches()) {
                    afterTin = ssn.isPresent();
                    continue;
                }
                if (afterTin) {
                    afterTin = false;
                    if (isMaskedName(text)) {
                        continue; // the masked name printed under the TIN in the page header
                    }
                }
            }
            if (period == null) {
                continue; // the request's header, before the first tax period
            }
            period.accept(line);
        }
        if (period != null) {
            periods.add(period.finish());
        }
        return new ParsedTranscript(product, tinLastFour, tinAt, periods, unread);
    }

    private Period switchTo(Period current, LocalDate end, String taxForm, TranscriptLine at, TranscriptProduct product,
            List<TaxPeriodModule> done, List<UnreadLine> unread) {
        if (current != null && current.end.equals(end)) {
            return current; // the period header reprinted on a later page
        }
        if (current != null) {
            done.add(current.finish());
        }
        return new Period(end, taxForm, at, product, labels, unread);
    }

    /** An upper-case line of letters only: how the IRS prints a masked name ("JOHN Q TAXP"). */
    private static boolean isMaskedName(String text) {
        return text.matches("[A-Z][A-Z &'.\\-]*") && text.length() <= 40;
    }

    /** One tax period being read, its lines handed to the readers its product needs. */
    private static final class Period {
        final LocalDate end;
        final String taxForm;
        final TranscriptLine at;
        final TranscriptProduct product;
        final AccountHeaderReader header = new AccountHeaderReader();
        final TransactionTable table;
        final WageIncomeBlocks forms;
        final ReturnTranscriptReader returnLines;
        boolean inTable;

        Period(LocalDate end, String taxForm, TranscriptLine at, TranscriptProduct product, TranscriptLabels labels,
                List<UnreadLine> unread) {
            this.end = end;
            this.taxForm = taxForm == null ? "1040" : taxForm;
            this.at = at;
            this.product = product;
            this.table = new TransactionTable(unread);
            this.forms = new WageIncomeBlocks(labels, unread);
            this.returnLines = new ReturnTranscriptReader(labels);
        }

        void accept(TranscriptLine line) {
            if (AccountHeaderReader.statusOf(line.text()).isPresent()) {
                header.accept(line); // "No tax return filed", wherever the layout prints it
                return;
            }
            switch (product) {
                case ACCOUNT_TRANSCRIPT, RECORD_OF_ACCOUNT -> {
                    if (!inTable && TransactionTable.isColumnHeader(line.text())) {
                        inTable = true;
                    }
                    if (inTable) {
                        table.accept(line);
                    } else {
                        header.accept(line);
                    }
                }
                case WAGE_AND_INCOME -> forms.accept(line);
                case TAX_RETURN_TRANSCRIPT -> returnLines.accept(line);
            }
        }

        TaxPeriodModule finish() {
            return new TaxPeriodModule(end, TranscriptValues.taxYear(end), taxForm, header.status(),
                    product == TranscriptProduct.TAX_RETURN_TRANSCRIPT ? AccountFigures.NONE : header.figures(),
                    table.finish(), forms.finish(), returnLines.finish(), at);
        }
    }
}
