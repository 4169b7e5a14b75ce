package io.taxrecon.sampledata.csv;

import io.taxrecon.core.income.FormType;
import io.taxrecon.sampledata.inbox.Cell;
import io.taxrecon.sampledata.inbox.Spelling;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The CSV spelling: the text {@link ValueStyle} chooses, as text cells. Years, codes and boxes
 * are written plainly and draw no random number, so a clean CSV inbox is byte for byte what it was
 * before Excel output existed.
 */
public final class CsvSpelling implements Spelling {

    private final ValueStyle style;

    public CsvSpelling(ValueStyle style) {
        this.style = style;
    }

    @Override
    public Cell ssn(String digits) {
        return Cell.text(style.ssn(digits));
    }

    @Override
    public Cell ein(String digits) {
        return Cell.text(style.ein(digits));
    }

    @Override
    public Cell amount(BigDecimal value) {
        return Cell.text(style.amount(value));
    }

    @Override
    public Cell transcriptAmount(BigDecimal value, boolean credit) {
        return Cell.text(style.transcriptAmount(value, credit));
    }

    @Override
    public Cell wholeDollars(BigDecimal value) {
        return Cell.text(style.wholeDollars(value));
    }

    @Override
    public Cell date(LocalDate date) {
        return Cell.text(style.date(date));
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
        return Cell.text(style.corrected(corrected));
    }

    @Override
    public Cell taxForm() {
        return Cell.text(style.taxForm());
    }

    @Override
    public Cell taxYear(int year) {
        return Cell.text(Integer.toString(year));
    }

    @Override
    public Cell transactionCode(int code) {
        return Cell.text(Integer.toString(code));
    }

    @Override
    public Cell box(String box) {
        return Cell.text(box);
    }
}
