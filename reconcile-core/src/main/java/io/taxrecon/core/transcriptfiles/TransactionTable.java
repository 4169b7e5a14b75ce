package io.taxrecon.core.transcriptfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TRANSACTIONS table of an account transcript line by line, whatever the layout: a row
 * on one line (older TDS text: {@code 150 Tax return filed 20231705 05-08-2023 $3,500.00}), or one
 * value per line (newer PDF), the explanation wrapped before or after the amount, the DLN on the
 * line below (TC 150, 290), and page furniture between. A row without its date or amount, a
 * placeholder date, or a stray figure becomes an {@link UnreadLine}.
 */
final class TransactionTable {

    private static final Pattern CODE_START = Pattern.compile("^(\\d{3})(?:\\s+(.*))?$");
    private static final Pattern DLN = Pattern.compile("(?i)^(?:n/a\\s+|dln:?\\s*)?(\\d{5}-\\d{3}-\\d{5}-\\d)$");
    private static final Pattern CYCLE_AT_END = Pattern.compile("(?:^|\\s)(\\d{8})$");
    private static final Pattern NUMERIC_DATE_AT_END = Pattern.compile("(?:^|\\s)(\\d{2}-\\d{2}-\\d{4})$");
    private static final Pattern MONEY_AT_END = Pattern.compile("(?:^|\\s)(" + TranscriptValues.MONEY.pattern() + ")$");
    private static final List<String> COLUMN_WORDS = List.of("code", "cycle", "date", "amount",
            "explanation of transaction", "explanation", "transactions");

    private final List<TransactionLine> rows = new ArrayList<>();
    private final List<UnreadLine> unread;
    private Row current;

    TransactionTable(List<UnreadLine> unread) {
        this.unread = unread;
    }

    /** True when the line is the table's column header, in any layout: the table starts there. */
    static boolean isColumnHeader(String text) {
        return text.toLowerCase(Locale.ROOT).contains("explanation of transaction");
    }

    void accept(TranscriptLine line) {
        String text = line.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (isColumnHeader(text) || COLUMN_WORDS.contains(lower)) {
            return;
        }
        Matcher dln = DLN.matcher(text);
        if (dln.matches()) {
            if (current != null) {
                current.dln = dln.group(1);
            }
            return;
        }
        Matcher code = CODE_START.matcher(text);
        if (code.matches() && (current == null || current.complete() || startsRow(code.group(2)))) {
            finish();
            current = new Row(code.group(1), line);
            current.take(code.group(2) == null ? "" : code.group(2), line);
            return;
        }
        if (current == null) {
            if (TranscriptValues.MONEY.matcher(text).find()) {
                unread.add(new UnreadLine(line, "a figure in the transactions table outside any transaction"));
            }
            return;
        }
        if (current.complete()) {
            if (TranscriptValues.MONEY.matcher(text).find() || TranscriptValues.NUMERIC_DATE.matcher(text).find()) {
                unread.add(new UnreadLine(line, "a figure in the transactions table outside any transaction"));
            } else {
                current.explain(text); // the explanation wrapped below its amount
            }
            return;
        }
        current.take(text, line);
    }

    /** The rows read; an unfinished last row is reported unread. */
    List<TransactionLine> finish() {
        if (current != null) {
            if (current.placeholderDate) {
                unread.add(new UnreadLine(current.at, "transaction " + current.code
                        + " has the placeholder date 00-00-0000: the IRS gave no date"));
            } else if (current.complete()) {
                rows.add(new TransactionLine(current.code, current.explanation.toString().strip(), current.cycle,
                        current.date, current.amount, current.dln, current.at));
            } else {
                unread.add(new UnreadLine(current.at, "transaction " + current.code + " without "
                        + (current.date == null ? "a date" : "an amount")));
            }
            current = null;
        }
        return List.copyOf(rows);
    }

    /** After an unfinished row, a code followed by words starts the next row rather than wrapping. */
    private static boolean startsRow(String rest) {
        return rest != null && !rest.isEmpty() && Character.isLetter(rest.charAt(0));
    }

    /** A row being assembled from its pieces. */
    private static final class Row {
        final String code;
        final TranscriptLine at;
        final StringBuilder explanation = new StringBuilder();
        String cycle;
        LocalDate date;
        boolean placeholderDate;
        BigDecimal amount;
        String dln;

        Row(String code, TranscriptLine at) {
            this.code = code;
            this.at = at;
        }

        boolean complete() {
            return (date != null || placeholderDate) && amount != null;
        }

        void explain(String words) {
            if (!words.isBlank()) {
                explanation.append(explanation.length() == 0 ? "" : " ").append(words.strip());
            }
        }

        /** Takes the pieces of a line from its end: amount, date, cycle; what is left explains. */
        void take(String text, TranscriptLine line) {
            String rest = text.strip();
            Matcher money = MONEY_AT_END.matcher(rest);
            if (money.find()) {
                amount = TranscriptValues.moneyOf(money.group(1));
                rest = rest.substring(0, money.start()).strip();
            }
            Matcher date = NUMERIC_DATE_AT_END.matcher(rest);
            if (date.find()) {
                if (TranscriptValues.isPlaceholderDate(date.group(1))) {
                    placeholderDate = true;
                } else {
                    this.date = TranscriptValues.date(date.group(1)).orElse(null);
                }
                rest = rest.substring(0, date.start()).strip();
            }
            Matcher cycleMatch = CYCLE_AT_END.matcher(rest);
            if (cycleMatch.find()) {
                cycle = cycleMatch.group(1);
                rest = rest.substring(0, cycleMatch.start()).strip();
            }
            explain(rest);
        }
    }
}
