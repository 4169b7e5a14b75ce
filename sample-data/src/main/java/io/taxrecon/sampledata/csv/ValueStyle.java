package io.taxrecon.sampledata.csv;

import io.taxrecon.core.income.FormType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * How a value is spelled in the inbox. Mostly the canonical form, sometimes one of the valid
 * variants SPEC.md lists (SSN without dashes, "$1,234.56", "04/15/2025", "cp 14", credits shown
 * negative, ...), so that every run exercises the readers. Every spelling here is valid: the
 * rarer valid variants of --dirty are {@code OddSpelling}'s, and the invalid values of bad rows
 * are {@code BadValue}'s.
 */
public final class ValueStyle {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final SplittableRandom r;

    public ValueStyle(SplittableRandom random) {
        this.r = random;
    }

    public String ssn(String digits) {
        if (digits == null) {
            return "";
        }
        return r.nextInt(100) < 65 ? digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5) : digits;
    }

    public String ein(String digits) {
        return r.nextInt(100) < 75 ? digits.substring(0, 2) + "-" + digits.substring(2) : digits;
    }

    /** A positive amount with cents. */
    public String amount(BigDecimal v) {
        int u = r.nextInt(100);
        if (u < 80) {
            return v.toPlainString();
        }
        return u < 92 ? grouped(v) : "$" + grouped(v);
    }

    /** A transcript amount: credits are shown positive, with a minus sign, or in parentheses. */
    public String transcriptAmount(BigDecimal v, boolean credit) {
        if (!credit) {
            return r.nextInt(100) < 90 ? v.toPlainString() : grouped(v);
        }
        int u = r.nextInt(100);
        if (u < 45) {
            return v.toPlainString();
        }
        if (u < 85) {
            return "-" + v.toPlainString();
        }
        return u < 95 ? "(" + grouped(v) + ")" : "-" + grouped(v);
    }

    /** A whole-dollar return figure. */
    public String wholeDollars(BigDecimal v) {
        int u = r.nextInt(100);
        if (u < 85) {
            return v.toPlainString();
        }
        return u < 95 ? grouped(v) : v.setScale(2).toPlainString();
    }

    public String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        int u = r.nextInt(100);
        if (u < 85) {
            return d.toString();
        }
        if (u < 95) {
            return pad2(d.getMonthValue()) + "/" + pad2(d.getDayOfMonth()) + "/" + d.getYear();
        }
        if (u < 98) {
            return d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + pad2(d.getYear() % 100);
        }
        return pad2(d.getDayOfMonth()) + "-" + MONTHS[d.getMonthValue() - 1] + "-" + d.getYear();
    }

    /** A notice code in one of the spellings that normalise to {@code canonical}. */
    public String noticeCode(String canonical) {
        int u = r.nextInt(100);
        if (canonical.startsWith("LTR")) {
            String number = canonical.substring(3);
            if (Character.isLetter(number.charAt(number.length() - 1))) {
                // Identity letters as firms type them: "Letter 5071C", "LTR 5071C", or the bare "5071C".
                return u < 40 ? canonical : u < 60 ? "Letter " + number : u < 80 ? "LTR " + number : number;
            }
            if (number.equals("1058") && u >= 80) {
                return "LT1058"; // the final levy notice as it is often keyed: the LT11's sibling
            }
            return u < 50 ? canonical : "Letter " + number;
        }
        if (canonical.startsWith("CP")) {
            String number = canonical.substring(2);
            if (u < 65) {
                return canonical;
            }
            return u < 82 ? "cp " + number : "CP-" + number;
        }
        return canonical;
    }

    public String form(FormType form) {
        int u = r.nextInt(100);
        if (u < 75) {
            return form.label();
        }
        if (u < 90) {
            return form.label().replace("-", "");
        }
        return form == FormType.SSA_1099 ? form.label() : "Form " + form.label();
    }

    public String source(boolean clientCopy) {
        int u = r.nextInt(100);
        if (clientCopy) {
            return u < 80 ? "CLIENT" : "client";
        }
        return u < 55 ? "IRS" : u < 95 ? "" : "irs";
    }

    public String corrected(boolean corrected) {
        int u = r.nextInt(100);
        if (corrected) {
            return u < 40 ? "true" : u < 60 ? "Y" : u < 80 ? "yes" : u < 90 ? "X" : "1";
        }
        return u < 75 ? "" : u < 90 ? "false" : u < 95 ? "N" : "0";
    }

    public String taxForm() {
        return r.nextBoolean() ? "1040" : "";
    }

    /** "1234567.89" → "1,234,567.89". */
    public static String grouped(BigDecimal v) {
        String plain = v.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder b = new StringBuilder(plain.length() + 4);
        if (negative) {
            b.append('-');
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(integer.charAt(i));
        }
        return b.append(fraction).toString();
    }

    private static String pad2(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
