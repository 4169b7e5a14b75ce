package io.taxrecon.sampledata.inbox;

import io.taxrecon.core.income.FormType;
import io.taxrecon.sampledata.csv.ValueStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The --dirty spelling: another spelling's cells, except that now and then a value is written in
 * one of the rarer forms SPEC.md and the product accept ("$ 1,234.56", "+1234.56", a Unicode minus,
 * "Apr 15, 2025", "2025-04-15T00:00:00", "123 45 6789", "Notice CP14", "Ltr. 1058", "form w-2",
 * "F1099_INT", "Box 1a", "TC 670", "IRS Transcript", "Taxpayer Copy", "TRUE", "2024.0"). These
 * rows look odd but must load with the same value, so they are in no truth file: a finding
 * missing because of them is the product's error.
 */
public final class OddSpelling implements Spelling {

    /** Percent of values respelled. */
    private static final int RATE = 4;

    private final Spelling base;
    private final SplittableRandom r;

    public OddSpelling(Spelling base, SplittableRandom random) {
        this.base = base;
        this.r = random;
    }

    private boolean odd() {
        return r.nextInt(100) < RATE;
    }

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }

    @Override
    public Cell ssn(String digits) {
        Cell cell = base.ssn(digits);
        if (digits == null || !odd()) {
            return cell;
        }
        String spaced = digits.substring(0, 3) + " " + digits.substring(3, 5) + " " + digits.substring(5);
        String dashed = digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
        return Cell.text(pick(spaced, " " + dashed + " ", dashed + "\u00A0"));
    }

    @Override
    public Cell ein(String digits) {
        Cell cell = base.ein(digits);
        return odd() ? Cell.text(digits.substring(0, 2) + " " + digits.substring(2)) : cell;
    }

    @Override
    public Cell amount(BigDecimal value) {
        Cell cell = base.amount(value);
        if (!odd()) {
            return cell;
        }
        String plain = value.toPlainString();
        return Cell.text(pick("$ " + ValueStyle.grouped(value), "+" + plain, " " + plain + " ", plain + "00", "$" + plain));
    }

    @Override
    public Cell transcriptAmount(BigDecimal value, boolean credit) {
        Cell cell = base.transcriptAmount(value, credit);
        if (!odd()) {
            return cell;
        }
        String grouped = ValueStyle.grouped(value);
        return Cell.text(credit
                ? pick("-$" + grouped, "$-" + grouped, "\u2212" + value.toPlainString(), "( " + grouped + " )")
                : pick("+" + grouped, "$" + grouped, value.toPlainString() + "00"));
    }

    @Override
    public Cell wholeDollars(BigDecimal value) {
        Cell cell = base.wholeDollars(value);
        if (!odd()) {
            return cell;
        }
        return Cell.text(pick(value.toPlainString() + ".00", "$" + ValueStyle.grouped(value), value.toPlainString() + ".0000"));
    }

    @Override
    public Cell date(LocalDate date) {
        Cell cell = base.date(date);
        if (date == null || !odd()) {
            return cell;
        }
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        return Cell.text(pick(
                month.substring(0, 3) + " " + d + ", " + y,
                d + " " + month + " " + y,
                y + "/" + two(m) + "/" + two(d),
                "" + y + two(m) + two(d),
                two(m) + "-" + two(d) + "-" + y,
                date + "T00:00:00",
                m + "/" + d + "/" + y + " 12:00 AM",
                two(d) + "-" + month.substring(0, 3).toUpperCase(Locale.ROOT) + "-" + two(y % 100)));
    }

    @Override
    public Cell noticeCode(String canonical) {
        Cell cell = base.noticeCode(canonical);
        if (!odd()) {
            return cell;
        }
        if (canonical.startsWith("LTR")) {
            String number = canonical.substring(3);
            return Cell.text(pick("LTR " + number, "Ltr. " + number, "L" + number, "letter " + number));
        }
        if (canonical.startsWith("LT")) {
            return Cell.text("lt " + canonical.substring(2));
        }
        String number = canonical.substring(2);
        return Cell.text(pick("Notice CP" + number, "CP " + number, "cp-" + number, "CP" + number + " "));
    }

    @Override
    public Cell form(FormType form) {
        Cell cell = base.form(form);
        if (!odd()) {
            return cell;
        }
        return Cell.text(pick(form.label().toLowerCase(Locale.ROOT).replace("-", " "), "form " + form.label().toLowerCase(Locale.ROOT),
                form.name()));
    }

    @Override
    public Cell source(boolean clientCopy) {
        Cell cell = base.source(clientCopy);
        if (!odd()) {
            return cell;
        }
        return Cell.text(clientCopy ? pick("Client Copy", "Taxpayer Copy", "Client") : pick("IRS Transcript", "Wage and Income", "Irs"));
    }

    @Override
    public Cell corrected(boolean corrected) {
        Cell cell = base.corrected(corrected);
        if (!odd()) {
            return cell;
        }
        return Cell.text(corrected ? pick("TRUE", "Yes", "x", "y") : pick("FALSE", "No", "n", " "));
    }

    @Override
    public Cell taxForm() {
        Cell cell = base.taxForm();
        return !cell.blank() && odd() ? Cell.text(pick("Form 1040", "form 1040", " 1040 ")) : cell;
    }

    @Override
    public Cell taxYear(int year) {
        Cell cell = base.taxYear(year);
        return odd() ? Cell.text(pick(year + ".0", " " + year + " ")) : cell;
    }

    @Override
    public Cell transactionCode(int code) {
        Cell cell = base.transactionCode(code);
        return odd() ? Cell.text(pick("TC " + code, "tc-" + code, "TC" + code)) : cell;
    }

    @Override
    public Cell box(String box) {
        Cell cell = base.box(box);
        return odd() ? Cell.text(pick("Box " + box, "box " + box.toUpperCase(Locale.ROOT), "Box #" + box)) : cell;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
