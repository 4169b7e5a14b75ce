package io.taxrecon.core.accruals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The failure-to-pay penalty (IRC 6651(a)(2)) by SPEC's convention: month k starts on the original
 * due date plus k months and is charged when that start is on or before the date computed to and
 * the unpaid tax on it is above zero; 0.5% of that unpaid tax, 1% from the 11th day after an
 * intent-to-levy notice (IRC 6651(d)), 0.25% while an installment agreement the transcript shows is
 * in effect on a return filed on time (IRC 6651(h)); all months together at most 25% of month 0's
 * unpaid tax.
 */
public final class FailureToPay {

    static final BigDecimal HALF = new BigDecimal("0.5");
    static final BigDecimal ONE = BigDecimal.ONE;
    static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal CAP_PERCENT = BigDecimal.valueOf(25);

    /** The penalty to {@code upTo}. */
    public PenaltyResult compute(AccountTimeline account, LocalDate upTo) {
        LocalDate due = account.originalDueDate();
        BigDecimal cap = percent(account.unpaidTax(due), CAP_PERCENT).max(BigDecimal.ZERO);
        BigDecimal charged = BigDecimal.ZERO;
        List<PenaltyMonth> months = new ArrayList<>();
        for (int k = 0; charged.compareTo(cap) < 0; k++) {
            LocalDate start = due.plusMonths(k);
            if (start.isAfter(upTo)) {
                break;
            }
            BigDecimal base = account.unpaidTax(start);
            if (base.signum() <= 0) {
                continue;
            }
            BigDecimal rate = rate(account, start);
            BigDecimal full = percent(base, rate);
            BigDecimal charge = full.min(cap.subtract(charged));
            charged = charged.add(charge);
            months.add(new PenaltyMonth(k, start, base, rate, full.subtract(charge), charge));
        }
        return new PenaltyResult(charged, months, null);
    }

    /** The rate of the month starting on {@code start}: an agreement in effect first, then a levy notice. */
    static BigDecimal rate(AccountTimeline account, LocalDate start) {
        if (account.installmentAgreement() != null && !start.isBefore(account.installmentAgreement())
                && account.filedOnTime()) {
            return QUARTER;
        }
        if (account.levyNotice() != null && !start.isBefore(account.levyNotice().plusDays(11))) {
            return ONE;
        }
        return HALF;
    }

    static BigDecimal percent(BigDecimal amount, BigDecimal ratePercent) {
        return amount.multiply(ratePercent).movePointLeft(2);
    }
}
