package io.taxrecon.sampledata;

import static io.taxrecon.sampledata.ClientDraft.METHODS;
import static io.taxrecon.sampledata.ClientDraft.ZERO;
import static io.taxrecon.sampledata.ClientDraft.min;

import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.sampledata.PaymentLayoutCheck.PlannedPayment;
import io.taxrecon.sampledata.model.DocumentBox;
import io.taxrecon.sampledata.model.TranscriptLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Plants the most common client of a real practice (the realistic {@link Mix}): one to four recent
 * tax years, each with its W-2s and 1099s, a return whose lines are their sums, and an account
 * that ends at zero: withholding and estimates, the rest paid with the return by the due date and
 * credited on the day paid, an overpayment refunded. No notice, no balance, nothing to find: the
 * truth is empty, which holds because every amount the return states is the sum of the forms it
 * reports (rounded as the return rounds) and every payment has its own credit alone in its window
 * ({@link PaymentLayoutCheck}).
 *
 * <p>About a third have a notice log of letters that bill nothing and need no answer
 * ({@link PaidUpNoticeLog}). None has the settled stories of {@link HistoryStories} (a bill paid, a
 * CP2000 answered): they are filed late and leave failure-to-file and failure-to-pay penalties and
 * interest the IRS never assessed, which the product counts as owed today; on a 20,000-client firm
 * they made 9% of the paid-up clients owe.
 */
final class PaidUpPlanter {

    /** Clients who pay quarterly estimates every year: the self-employed, retirees with investments. */
    private static final double ESTIMATOR_SHARE = 0.40;

    private final ClientDraft d;
    private final IncomePlanter income;
    private final ReturnLinePlanter returns;

    PaidUpPlanter(ClientDraft d) {
        this.d = d;
        this.income = new IncomePlanter(d);
        this.returns = new ReturnLinePlanter(d);
    }

    /** Plants the client; false when this attempt's payments could not be laid out unambiguously. */
    boolean plant() {
        try {
            new PeoplePlanter(d).people();
            chooseYears();
            boolean estimator = d.r.nextDouble() < ESTIMATOR_SHARE;
            for (YearDraft ys : d.years) {
                income.income(ys);
                moreForms(ys);
                returns.incomeLines(ys);
            }
            for (YearDraft ys : d.years) {
                account(ys, estimator);
            }
            for (YearDraft ys : d.years) {
                refund(ys);
                returns.otherReturnLines(ys);
            }
            return PaymentLayoutCheck.unambiguous(d.payments, d.txns, d.primary.ssn(),
                    d.spouse == null ? null : d.spouse.ssn());
        } catch (LayoutConflict e) {
            return false;
        }
    }

    /** The latest one to four years (mostly two or three) whose returns are filed by the run date. */
    private void chooseYears() {
        double u = d.r.nextDouble();
        int count = u < 0.20 ? 1 : u < 0.55 ? 2 : u < 0.95 ? 3 : 4;
        // an extended return is filed by October and posted weeks later: the year is complete once November is
        int last = d.runDate.isAfter(LocalDate.of(d.runDate.getYear(), 11, 15))
                ? d.runDate.getYear() - 1 : d.runDate.getYear() - 2;
        for (int y = last - count + 1; y <= last; y++) {
            YearDraft ys = new YearDraft(y);
            ys.lineNumbers = (y == 2023 || y == 2024) && d.r.nextDouble() < 0.3;
            d.years.add(ys);
        }
    }

    /** The forms a household with savings and a brokerage account also gets: more banks, funds, a second job. */
    private void moreForms(YearDraft ys) {
        String p = d.primary.ssn();
        if (d.r.nextDouble() < 0.45) {
            income.w2(ys, p, 0.4);
        }
        int banks = d.r.nextDouble() < 0.75 ? 1 + d.r.nextInt(4) : 0;
        for (int i = 0; i < banks; i++) {
            income.simple(ys, income.recipient(), FormType.F1099_INT, "1", d.cents(3, 1_800), null);
        }
        int funds = d.r.nextDouble() < 0.85 ? 1 + d.r.nextInt(3) : 0;
        for (int i = 0; i < funds; i++) {
            BigDecimal ordinary = d.cents(40, 6_000);
            income.document(ys, income.recipient(), FormType.F1099_DIV, List.of(
                    new DocumentBox("1a", ordinary), new DocumentBox("1b", d.fraction(ordinary, 0.4, 1.0))),
                    false, false, true);
        }
    }

    /** The assessment, withholding, estimates and the payment with the return: at the due date nothing is owed. */
    private void account(YearDraft ys, boolean estimator) {
        String tin = d.primary.ssn();
        int y = ys.year;
        BigDecimal gross = ZERO;
        for (Map.Entry<Category, BigDecimal> e : ys.irs.entrySet()) {
            if (e.getKey() != Category.FEDERAL_WITHHOLDING
                    && e.getKey() != Category.QUALIFIED_DIVIDENDS) {
                gross = gross.add(e.getValue());
            }
        }
        ys.totalTax = Math.round(gross.doubleValue() * (0.05 + d.r.nextDouble() * 0.12));
        ys.extended = d.r.nextDouble() < 0.15;
        LocalDate due = LocalDate.of(y + 1, 4, 15);
        ys.filed = ys.extended
                ? LocalDate.of(y + 1, 9, 1 + d.r.nextInt(30))
                : LocalDate.of(y + 1, 2, 1).plusDays(d.r.nextInt(70));
        d.txn(tin, y, 150, min(ys.filed.plusDays(14 + d.r.nextInt(21)), d.runDate.minusDays(2)),
                BigDecimal.valueOf(ys.totalTax).setScale(2));
        if (ys.irsWithholding.signum() > 0) {
            d.txn(tin, y, 806, due, ys.irsWithholding);
        }
        BigDecimal remaining = BigDecimal.valueOf(ys.totalTax).setScale(2).subtract(ys.withholding());
        if (estimator) {
            long quarter = Math.max(100, (long) (remaining.max(new BigDecimal("2000")).doubleValue()
                    * (0.6 + d.r.nextDouble() * 0.6) / 4));
            BigDecimal q = BigDecimal.valueOf(quarter).setScale(2);
            String method = d.r.nextBoolean() ? "EFTPS" : "DIRECT_PAY";
            LocalDate[] dates = {LocalDate.of(y, 4, 15), LocalDate.of(y, 6, 15), LocalDate.of(y, 9, 15), LocalDate.of(y + 1, 1, 15)};
            for (LocalDate date : dates) {
                PlannedPayment p = d.payment(tin, y, date, q, method, "ESTIMATED");
                d.credit(p, tin, y, 660, date.plusDays(d.postingDelay(method)), q);
            }
            d.amounts.add(q);
            ys.estimatedPaid = q.multiply(BigDecimal.valueOf(4));
            remaining = remaining.subtract(ys.estimatedPaid);
        }
        if (remaining.signum() > 0) {
            // Paid by the due date and credited on the day paid, as the IRS dates an electronic payment.
            String method = METHODS[d.r.nextInt(METHODS.length)];
            LocalDate date = ys.extended ? due : min(ys.filed, due);
            PlannedPayment p = d.payment(tin, y, date, remaining, method, ys.extended ? "EXTENSION" : "WITH_RETURN");
            d.credit(p, tin, y, ys.extended ? 670 : 610, date, remaining);
            d.amounts.add(remaining);
        }
    }

    /** An overpayment comes back as a refund after the return posts: the account ends at zero. */
    private void refund(YearDraft ys) {
        String tin = d.primary.ssn();
        BigDecimal balance = d.balance(tin, ys.year);
        if (balance.signum() >= 0) {
            return;
        }
        LocalDate last = ys.filed;
        for (TranscriptLine t : d.txns) {
            if (t.tin().equals(tin) && t.taxYear() == ys.year && t.date().isAfter(last)) {
                last = t.date();
            }
        }
        d.txn(tin, ys.year, 846, min(last.plusDays(7 + d.r.nextInt(21)), d.runDate.minusDays(1)), balance.negate());
    }
}
