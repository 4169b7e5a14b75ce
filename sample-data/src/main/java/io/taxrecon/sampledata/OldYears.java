package io.taxrecon.sampledata;

import io.taxrecon.sampledata.model.TranscriptLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Writes a penalty story's lines on old tax years of the client's primary TIN, with the story's own
 * random stream (so that the rest of the client draws exactly what it drew before the stories
 * existed). Remittances are dated long before the first payment record of the current years, so
 * payment matching never sees them.
 */
final class OldYears {

    final ClientDraft d;
    final SplittableRandom r;
    final String tin;
    /** The run date's year: the stories count their tax years back from it. */
    final int runYear;
    private final LocalDate lastRemittance;

    OldYears(ClientDraft d, SplittableRandom r) {
        this.d = d;
        this.r = r;
        this.tin = d.primary.ssn();
        this.runYear = d.runDate.getYear();
        // Before the current years, and more than a window (5 days before, 30 after) before any payment.
        LocalDate last = LocalDate.of(runYear - 3, 1, 1).minusDays(60);
        for (PaymentLayoutCheck.PlannedPayment p : d.payments) {
            LocalDate beforeWindow = p.record().date().minusDays(40);
            last = beforeWindow.isBefore(last) ? beforeWindow : last;
        }
        this.lastRemittance = last;
    }

    TranscriptLine line(int year, int code, LocalDate date, BigDecimal amount) {
        return line(year, code, date, amount, TransactionCodes.description(code));
    }

    /** A transcript line; markers (offers, legal actions) carry 0.00. */
    TranscriptLine line(int year, int code, LocalDate date, BigDecimal amount, String description) {
        if (amount.signum() < 0 || date.isAfter(d.runDate.minusDays(1))
                || TransactionCodes.isRemittance(code) && date.isAfter(lastRemittance)) {
            throw new LayoutConflict();
        }
        TranscriptLine t = new TranscriptLine(null, tin, year, code, date, amount.setScale(2), description);
        d.txns.add(t);
        d.penaltyYears.add(year);
        return t;
    }

    /**
     * A recent remittance of everything the year owes (TC 670), for the refund statute's two years:
     * on the free day nearest {@code target} within [{@code from}, {@code to}], free being 5 days
     * before and 10 after every payment's window (P-5 .. P+30), so that payment matching cannot see it.
     */
    void recentPayoff(int year, LocalDate target, LocalDate from, LocalDate to) {
        for (int step = 0; step <= ChronoUnit.DAYS.between(from, to); step++) {
            for (LocalDate date : new LocalDate[] {target.minusDays(step), target.plusDays(step)}) {
                if (!date.isBefore(from) && !date.isAfter(to) && date.isBefore(d.runDate) && clearOfPayments(date)) {
                    BigDecimal owed = balance(year, date);
                    if (owed.signum() <= 0) {
                        throw new LayoutConflict();
                    }
                    d.txns.add(new TranscriptLine(null, tin, year, 670, date, owed, TransactionCodes.description(670)));
                    d.penaltyYears.add(year);
                    return;
                }
            }
        }
        throw new LayoutConflict();
    }

    private boolean clearOfPayments(LocalDate date) {
        for (PaymentLayoutCheck.PlannedPayment p : d.payments) {
            LocalDate paid = p.record().date();
            if (!date.isBefore(paid.minusDays(10)) && !date.isAfter(paid.plusDays(40))) {
                return false;
            }
        }
        return true;
    }

    BigDecimal balance(int year, LocalDate date) {
        return d.balanceOn(tin, year, date);
    }

    /** Pays everything the year owes on {@code date} (TC 670). */
    void payOff(int year, LocalDate date) {
        BigDecimal owed = balance(year, date);
        if (owed.signum() <= 0) {
            throw new LayoutConflict();
        }
        line(year, 670, date, owed);
    }

    BigDecimal cents(long minDollars, long maxDollars) {
        return BigDecimal.valueOf(minDollars * 100 + r.nextLong((maxDollars - minDollars) * 100 + 1), 2);
    }

    BigDecimal share(BigDecimal v, double lo, double hi) {
        return v.multiply(BigDecimal.valueOf(lo + r.nextDouble() * (hi - lo))).setScale(2, RoundingMode.HALF_UP);
    }

    int days(int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    /** Months or parts of months from {@code from} to {@code to} (how the IRS counts a penalty's months). */
    static long monthsOrPart(LocalDate from, LocalDate to) {
        long m = ChronoUnit.MONTHS.between(from, to);
        return from.plusMonths(m).isBefore(to) ? m + 1 : m;
    }
}
