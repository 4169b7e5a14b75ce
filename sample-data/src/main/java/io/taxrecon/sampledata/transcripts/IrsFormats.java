package io.taxrecon.sampledata.transcripts;

import io.taxrecon.sampledata.transcripts.TranscriptDocument.Day;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Money;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Value;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How transcripts spell money, dates and tax periods, shared by the three layouts. */
final class IrsFormats {

    private static final String[] MONTHS = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.",
            "Oct.", "Nov.", "Dec."};
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("MM-dd-yyyy", Locale.ROOT);

    private IrsFormats() {
    }

    /** "$1,234.56", "-$2,375.50", "$0.00"; without the dollar sign "1,234.56" as TDS headers print it. */
    static String money(BigDecimal amount, boolean dollarSign) {
        DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        String digits = grouped.format(amount.abs().setScale(2, RoundingMode.UNNECESSARY));
        return (amount.signum() < 0 ? "-" : "") + (dollarSign ? "$" : "") + digits;
    }

    /** "08-23-2024". */
    static String numeric(LocalDate date) {
        return NUMERIC.format(date);
    }

    /** "Dec. 31, 2024": the older layout's periods and "as of" dates. */
    static String written(LocalDate date) {
        return MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear();
    }

    /** A value as a layout prints it: money with or without a dollar sign, a date numeric or written. */
    static String value(Value value, boolean dollarSign, boolean writtenDates) {
        if (value instanceof Money m) {
            return money(m.amount(), dollarSign);
        }
        if (value instanceof Day d) {
            return writtenDates ? written(d.date()) : numeric(d.date());
        }
        return ((Words) value).text();
    }

    /** The text broken at spaces into lines of at most {@code width} characters (a longer word stands alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
