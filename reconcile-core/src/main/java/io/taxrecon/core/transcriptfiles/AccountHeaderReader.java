package io.taxrecon.core.transcriptfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the header of an account transcript period, before its TRANSACTIONS table: the balance,
 * the accruals with their AS OF date, the balance plus accruals (whose label wraps onto
 * "(this is not a payoff amount):") and the return figures it repeats, each with its value on the
 * label's line or on the next one (the newer PDF prints one label or value per line).
 */
final class AccountHeaderReader {

    private enum Field {
        BALANCE_PLUS_ACCRUALS("account balance plus accruals"),
        ACCOUNT_BALANCE("account balance"),
        ACCRUED_INTEREST("accrued interest"),
        ACCRUED_PENALTY("accrued penalty"),
        ADJUSTED_GROSS_INCOME("adjusted gross income"),
        TAXABLE_INCOME("taxable income"),
        TAX_PER_RETURN("tax per return"),
        PROCESSING_DATE("processing date"),
        AS_OF("as of");

        final String label;

        Field(String label) {
            this.label = label;
        }
    }

    private static final List<String> NO_DATA = List.of("no tax return filed", "requested data not found",
            "no record of return filed", "no return filed");

    private BigDecimal balance;
    private BigDecimal interest;
    private BigDecimal penalty;
    private LocalDate asOf;
    private BigDecimal plusAccruals;
    private BigDecimal agi;
    private BigDecimal taxableIncome;
    private BigDecimal taxPerReturn;
    private LocalDate processingDate;
    private String status;
    private Field pending;

    /** The status the IRS printed instead of data, when this line is one. */
    static Optional<String> statusOf(String text) {
        String key = TranscriptValues.labelKey(text).replaceAll("[.!]+$", "");
        for (String phrase : NO_DATA) {
            if (key.equals(phrase) || key.startsWith(phrase + " ")) {
                return Optional.of(text.strip());
            }
        }
        return Optional.empty();
    }

    void accept(TranscriptLine line) {
        String text = line.text();
        Optional<String> noData = statusOf(text);
        if (noData.isPresent()) {
            status = noData.get();
            return;
        }
        String key = TranscriptValues.labelKey(text);
        Field field = fieldOf(key);
        Optional<BigDecimal> money = TranscriptValues.money(text);
        if ((" " + key).contains(" as of")) {
            TranscriptValues.date(text.substring(text.toLowerCase(Locale.ROOT).indexOf("as of")))
                    .ifPresentOrElse(d -> asOf = d, () -> pending = Field.AS_OF);
        }
        if (field == null) {
            if (pending != null && pending != Field.AS_OF && money.isPresent()) {
                set(pending, money.get()); // the value on the line below its label
                pending = null;
            } else if (pending == Field.AS_OF) {
                TranscriptValues.date(text).ifPresent(d -> {
                    asOf = d;
                    pending = null;
                });
            } else if (pending == Field.PROCESSING_DATE) {
                TranscriptValues.date(text).ifPresent(d -> processingDate = d);
                pending = null;
            }
            return;
        }
        if (field == Field.PROCESSING_DATE) {
            Optional<LocalDate> date = TranscriptValues.date(text);
            date.ifPresent(d -> processingDate = d);
            pending = date.isPresent() || TranscriptValues.isPlaceholderDate(text) ? null : field;
        } else if (field != Field.AS_OF) {
            String afterLabel = text.substring(Math.min(text.length(), field.label.length()));
            Optional<BigDecimal> value = TranscriptValues.money(afterLabel);
            if (value.isPresent()) {
                set(field, value.get());
                if (pending != Field.AS_OF) {
                    pending = null;
                }
            } else if (pending != Field.AS_OF) {
                pending = field;
            }
        }
    }

    AccountFigures figures() {
        return new AccountFigures(balance, interest, penalty, asOf, plusAccruals, agi, taxableIncome, taxPerReturn,
                processingDate);
    }

    String status() {
        return status;
    }

    private static Field fieldOf(String key) {
        for (Field f : Field.values()) {
            if (f != Field.AS_OF && key.startsWith(f.label)) {
                return f;
            }
        }
        return null;
    }

    private void set(Field field, BigDecimal value) {
        switch (field) {
            case BALANCE_PLUS_ACCRUALS -> plusAccruals = value;
            case ACCOUNT_BALANCE -> balance = value;
            case ACCRUED_INTEREST -> interest = value;
            case ACCRUED_PENALTY -> penalty = value;
            case ADJUSTED_GROSS_INCOME -> agi = value;
            case TAXABLE_INCOME -> taxableIncome = value;
            case TAX_PER_RETURN -> taxPerReturn = value;
            default -> {
                // dates are set where they are read
            }
        }
    }
}
