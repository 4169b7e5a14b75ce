package io.taxrecon.sampledata.xlsx;

import io.taxrecon.core.income.FormType;
import io.taxrecon.sampledata.csv.ValueStyle;
import io.taxrecon.sampledata.inbox.Cell;
import io.taxrecon.sampledata.inbox.Spelling;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * How a firm's Excel export holds values: amounts as numeric cells, dates as real date cells,
 * tax years and codes as numbers, and now and then a number stored as text (in one of
 * {@link ValueStyle}'s spellings), as happens when a column was pasted or typed by hand. TINs are
 * sometimes numeric cells, which lose their leading zeros: the product left-pads them, and about
 * one SSN in nine starts with 0, so those are written numeric more often.
 */
public final class ExcelSpelling implements Spelling {

    private final ValueStyle style;
    private final SplittableRandom r;

    /**
     * @param style the text spellings, for cells stored as text
     * @param random chooses the cell types; a stream of its own, so the text spellings do not depend on it
     */
    public ExcelSpelling(ValueStyle style, SplittableRandom random) {
        this.style = style;
        this.r = random;
    }

    @Override
    public Cell ssn(String digits) {
        if (digits == null) {
            return Cell.BLANK;
        }
        int numericShare = digits.charAt(0) == '0' ? 60 : 25;
        return r.nextInt(100) < numericShare ? Cell.number(Cell.Type.TIN, new BigDecimal(digits)) : Cell.text(style.ssn(digits));
    }

    @Override
    public Cell ein(String digits) {
        return r.nextInt(100) < 20 ? Cell.number(Cell.Type.TIN, new BigDecimal(digits)) : Cell.text(style.ein(digits));
    }

    @Override
    public Cell amount(BigDecimal value) {
        return r.nextInt(100) < 85 ? Cell.number(Cell.Type.AMOUNT, value) : Cell.text(style.amount(value));
    }

    @Override
    public Cell transcriptAmount(BigDecimal value, boolean credit) {
        if (r.nextInt(100) < 15) {
            return Cell.text(style.transcriptAmount(value, credit));
        }
        return Cell.number(Cell.Type.AMOUNT, credit && r.nextBoolean() ? value.negate() : value);
    }

    @Override
    public Cell wholeDollars(BigDecimal value) {
        return r.nextInt(100) < 85 ? Cell.number(Cell.Type.AMOUNT, value) : Cell.text(style.wholeDollars(value));
    }

    @Override
    public Cell date(LocalDate date) {
        if (date == null) {
            return Cell.BLANK;
        }
        int u = r.nextInt(100);
        if (u < 60) {
            return Cell.date(Cell.Type.DATE, date);
        }
        if (u < 85) {
            return Cell.date(Cell.Type.DATE_US, date);
        }
        return u < 95 ? Cell.text(style.date(date)) : Cell.date(Cell.Type.DATE_SERIAL, date);
    }

    @Override
    public Cell noticeCode(String canonical) {
        return Cell.text(style.noticeCode(canonical));
    }

    @Override
    public Cell form(FormType form) {
        return Cell.text(style.form(form));
    }

    @Override
    public Cell source(boolean clientCopy) {
        return Cell.text(style.source(clientCopy));
    }

    @Override
    public Cell corrected(boolean corrected) {
        if (r.nextInt(100) < 30) {
            return new Cell(Cell.Type.BOOLEAN, Boolean.toString(corrected));
        }
        return Cell.text(style.corrected(corrected));
    }

    @Override
    public Cell taxForm() {
        String form = style.taxForm();
        return !form.isEmpty() && r.nextInt(100) < 30 ? Cell.number(Cell.Type.NUMBER, new BigDecimal(form)) : Cell.text(form);
    }

    @Override
    public Cell taxYear(int year) {
        return r.nextInt(100) < 80 ? Cell.number(Cell.Type.NUMBER, BigDecimal.valueOf(year)) : Cell.text(Integer.toString(year));
    }

    @Override
    public Cell transactionCode(int code) {
        return r.nextInt(100) < 70 ? Cell.number(Cell.Type.NUMBER, BigDecimal.valueOf(code)) : Cell.text(Integer.toString(code));
    }

    @Override
    public Cell box(String box) {
        boolean digits = box.chars().allMatch(Character::isDigit);
        return digits && r.nextInt(100) < 40 ? Cell.number(Cell.Type.NUMBER, new BigDecimal(box)) : Cell.text(box);
    }
}
