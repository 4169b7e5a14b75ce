package io.taxrecon.sampledata;

import static io.taxrecon.sampledata.ClientDraft.METHODS;
import static io.taxrecon.sampledata.ClientDraft.NOTICE_MIN_BALANCE;
import static io.taxrecon.sampledata.ClientDraft.ZERO;
import static io.taxrecon.sampledata.ClientDraft.min;

import io.taxrecon.core.income.Category;
import io.taxrecon.sampledata.PaymentLayoutCheck.PlannedPayment;
import io.taxrecon.sampledata.model.TranscriptLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Plants a year's account transcript and the client's routine payments: assessment, withholding, payments, refunds and charges. */
final class AccountPlanter {

    private final ClientDraft d;

    AccountPlanter(ClientDraft d) {
        this.d = d;
    }

    void account(YearDraft ys) {
        String tin = d.primary.ssn();
        int y = ys.year;
        BigDecimal income = ZERO;
        for (Map.Entry<Category, BigDecimal> e : ys.irs.entrySet()) {
            if (e.getKey() != Category.FEDERAL_WITHHOLDING && e.getKey() != Category.QUALIFIED_DIVIDENDS) {
                income = income.add(e.getValue());
            }
        }
        ys.totalTax = Math.round(income.doubleValue() * (0.05 + d.r.nextDouble() * 0.12));
        ys.extended = d.r.nextDouble() < 0.22;
        ys.filed = ys.extended
                ? LocalDate.of(y + 1, 10, 1 + d.r.nextInt(15))
                : LocalDate.of(y + 1, 3, 1).plusDays(d.r.nextInt(46));
        d.txn(tin, y, 150, ys.filed.plusDays(14 + d.r.nextInt(21)), BigDecimal.valueOf(ys.totalTax).setScale(2));
        if (ys.irsWithholding.signum() > 0) {
            d.txn(tin, y, 806, LocalDate.of(y + 1, 4, 15), ys.irsWithholding);
        }
        if (d.r.nextDouble() < 0.08) {
            ys.refundableCredit = d.cents(400, 3_500);
            d.txn(tin, y, 766, ys.filed.plusDays(14), ys.refundableCredit);
        }
        BigDecimal remaining = BigDecimal.valueOf(ys.totalTax).setScale(2)
                .subtract(ys.withholding()).subtract(ys.refundableCredit);
        if (remaining.compareTo(BigDecimal.ONE) <= 0) {
            return;
        }
        double mode = d.r.nextDouble();
        BigDecimal target = mode < 0.55 ? remaining
                : mode < 0.80 ? d.fraction(remaining, 0.3, 0.85) : ZERO;
        if (target.compareTo(new BigDecimal("800")) >= 0 && d.r.nextDouble() < 0.4) {
            long quarter = (long) (target.doubleValue() * (0.5 + d.r.nextDouble() * 0.5) / 4);
            if (quarter >= 50) {
                BigDecimal q = BigDecimal.valueOf(quarter).setScale(2);
                String method = d.r.nextBoolean() ? "EFTPS" : "DIRECT_PAY";
                LocalDate[] dates = {LocalDate.of(y, 4, 15), LocalDate.of(y, 6, 15), LocalDate.of(y, 9, 15), LocalDate.of(y + 1, 1, 15)};
                int code = d.r.nextDouble() < 0.75 ? 660 : 430;
                for (LocalDate date : dates) {
                    PlannedPayment p = d.payment(tin, y, date, q, method, "ESTIMATED");
                    d.credit(p, tin, y, code, date.plusDays(d.postingDelay(method)), q);
                }
                d.amounts.add(q);
                ys.estimatedPaid = q.multiply(BigDecimal.valueOf(4));
                target = target.subtract(ys.estimatedPaid);
            }
        }
        if (target.compareTo(BigDecimal.ONE) >= 0) {
            String method = METHODS[d.r.nextInt(METHODS.length)];
            LocalDate date = ys.extended ? LocalDate.of(y + 1, 4, 15) : ys.filed;
            String type = ys.extended ? "EXTENSION" : "WITH_RETURN";
            int code = ys.extended ? 670 : 610;
            PlannedPayment p = d.payment(tin, y, date, target, method, type);
            d.credit(p, tin, y, code, date.plusDays(d.postingDelay(method)), target);
            d.amounts.add(target);
        }
    }

    void refundsAndCharges(YearDraft ys) {
        String tin = d.primary.ssn();
        BigDecimal balance = d.balance(tin, ys.year);
        LocalDate last = ys.filed;
        for (TranscriptLine t : d.txns) {
            if (t.tin().equals(tin) && t.taxYear() == ys.year && t.date().isAfter(last)) {
                last = t.date();
            }
        }
        if (balance.compareTo(BigDecimal.ONE.negate()) < 0 && d.r.nextDouble() < 0.85) {
            d.txn(tin, ys.year, 846, min(last.plusDays(14 + d.r.nextInt(30)), d.runDate.minusDays(1)), balance.negate());
        } else if (balance.compareTo(NOTICE_MIN_BALANCE) > 0 && d.r.nextDouble() < 0.8) {
            LocalDate charged = min(last.plusDays(30 + d.r.nextInt(150)), d.runDate.minusDays(20));
            d.txn(tin, ys.year, 276, charged, d.fraction(balance, 0.01, 0.05));
            d.txn(tin, ys.year, 196, charged, d.fraction(balance, 0.02, 0.06));
            if (ys.extended && d.r.nextDouble() < 0.2) {
                d.txn(tin, ys.year, 166, charged, d.fraction(balance, 0.02, 0.08));
            }
        }
    }

    void pending(YearDraft ys) {
        String tin = d.primary.ssn();
        BigDecimal balance = d.balance(tin, ys.year);
        BigDecimal amount = balance.compareTo(NOTICE_MIN_BALANCE) > 0 && d.amounts.add(balance) ? balance : d.uniqueAmount(200, 6_000);
        int daysAgo = d.r.nextDouble() < 0.25 ? 30 : 1 + d.r.nextInt(29);
        d.payment(tin, ys.year, d.runDate.minusDays(daysAgo), amount, d.r.nextBoolean() ? "DIRECT_PAY" : "EFTPS", "BALANCE_DUE");
    }
}
