package io.taxrecon.sampledata;

import io.taxrecon.sampledata.model.NoticeRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One TIN-year's notice history being written: its transcript lines, added in date order, and
 * its notices, each for the amount its rule makes of the balance on its date (the right amount,
 * or one the IRS got wrong). Notices are numbered in date order when written, so that of two on
 * one day the one planned second has the higher id and is the later.
 */
final class TinYearStory {

    /** The right amount: the balance on the notice's date. */
    static final UnaryOperator<BigDecimal> RIGHT = b -> b;

    private record Planned(String code, LocalDate date, LocalDate printedDue, UnaryOperator<BigDecimal> amount) {}

    private final ClientDraft d;
    final String tin;
    final int year;
    private final List<Planned> planned = new ArrayList<>();

    TinYearStory(ClientDraft d, String tin, int year) {
        this.d = d;
        this.tin = tin;
        this.year = year;
    }

    BigDecimal balance(LocalDate date) {
        return d.balanceOn(tin, year, date);
    }

    void line(int code, LocalDate date, BigDecimal amount) {
        if (amount.signum() <= 0 || date.isAfter(d.runDate)) {
            throw new LayoutConflict();
        }
        d.txn(tin, year, code, date, amount);
        if (TransactionCodes.isRemittance(code)) {
            d.amounts.add(amount);
        }
    }

    /** The return assessed on {@code date} for {@code tax}, part of it paid with the return; returns what is left owing. */
    BigDecimal assess(LocalDate date, BigDecimal tax, double paidShare) {
        line(150, date, tax);
        BigDecimal paid = tax.multiply(BigDecimal.valueOf(paidShare)).setScale(2, RoundingMode.HALF_UP);
        if (paid.compareTo(BigDecimal.TEN) > 0) {
            line(610, date, paid);
        }
        return balance(date);
    }

    /** The failure-to-pay penalty and interest of the months since {@code since}, charged on {@code date}. */
    void charges(LocalDate since, LocalDate date) {
        BigDecimal owed = balance(date);
        long months = Math.max(1, ChronoUnit.DAYS.between(since, date) / 30);
        if (owed.compareTo(new BigDecimal("200")) < 0) {
            return;
        }
        line(276, date, owed.multiply(BigDecimal.valueOf(0.005 * months)).setScale(2, RoundingMode.HALF_UP));
        line(196, date, owed.multiply(BigDecimal.valueOf(0.006 * months)).setScale(2, RoundingMode.HALF_UP));
    }

    /** One payment of everything owed on {@code date}. */
    void payOff(LocalDate date) {
        line(670, date, balance(date));
    }

    /** {@code n} monthly payments from {@code first} that pay off the balance owed on {@code first}. */
    LocalDate installments(LocalDate first, int n) {
        BigDecimal owed = balance(first);
        BigDecimal each = owed.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        if (each.compareTo(new BigDecimal("25")) < 0) {
            throw new LayoutConflict();
        }
        LocalDate date = first;
        for (int i = 0; i < n - 1; i++) {
            line(670, date, each);
            date = date.plusMonths(1);
        }
        line(670, date, balance(date));
        return date;
    }

    void notice(String code, LocalDate date, LocalDate printedDue, UnaryOperator<BigDecimal> amount) {
        if (date.isAfter(d.runDate)) {
            throw new LayoutConflict();
        }
        planned.add(new Planned(code, date, printedDue, amount));
    }

    /** Writes the notices planned since the last call, in date order, and returns them in that order. */
    List<NoticeRecord> write() {
        List<Planned> sorted = new ArrayList<>(planned);
        planned.clear();
        sorted.sort((a, b) -> a.date().compareTo(b.date()));
        List<NoticeRecord> written = new ArrayList<>();
        for (Planned p : sorted) {
            BigDecimal amount = p.amount().apply(balance(p.date()));
            if (amount.signum() < 0) {
                throw new LayoutConflict();
            }
            NoticeRecord n = new NoticeRecord(d.nextNoticeId(), tin, year, p.code(), p.date(), amount, p.printedDue(),
                    null, null, null, null);
            d.notices.add(n);
            written.add(n);
        }
        return written;
    }
}
