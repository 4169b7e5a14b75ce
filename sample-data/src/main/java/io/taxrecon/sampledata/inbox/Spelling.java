package io.taxrecon.sampledata.inbox;

import io.taxrecon.core.income.FormType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How each kind of value is written into one input file: which of the valid variants SPEC.md
 * lists, and for Excel which cell type. Every cell an implementation returns must read back as
 * the value it was given, or the planted truth would no longer hold.
 */
public interface Spelling {

    /** An SSN (nine digits); null gives a blank cell. */
    Cell ssn(String digits);

    /** A payer's EIN (nine digits). */
    Cell ein(String digits);

    /** A positive amount with cents. */
    Cell amount(BigDecimal value);

    /** A transcript amount, written positive or as a credit (negative) when {@code credit}. */
    Cell transcriptAmount(BigDecimal value, boolean credit);

    /** A whole-dollar return figure. */
    Cell wholeDollars(BigDecimal value);

    /** A calendar date; null gives a blank cell. */
    Cell date(LocalDate date);

    /** A notice code in one of the spellings that normalise to {@code canonical}. */
    Cell noticeCode(String canonical);

    Cell form(FormType form);

    Cell source(boolean clientCopy);

    Cell corrected(boolean corrected);

    /** The optional tax_form column: "1040" or blank. */
    Cell taxForm();

    Cell taxYear(int year);

    Cell transactionCode(int code);

    /** A W-2/1099 box label such as "1", "1a". */
    Cell box(String box);

    /** Ids, names, descriptions: always text, written as given. */
    default Cell text(String text) {
        return Cell.text(text);
    }
}
