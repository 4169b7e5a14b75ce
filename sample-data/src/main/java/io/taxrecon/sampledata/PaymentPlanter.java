package io.taxrecon.sampledata;

import static io.taxrecon.core.findings.FindingType.DISHONORED_PAYMENT;
import static io.taxrecon.core.findings.FindingType.DUPLICATE_POSTING;
import static io.taxrecon.core.findings.FindingType.MISAPPLIED_PAYMENT_TIN;
import static io.taxrecon.core.findings.FindingType.MISAPPLIED_PAYMENT_YEAR;
import static io.taxrecon.core.findings.FindingType.PAYMENT_AMOUNT_MISMATCH;
import static io.taxrecon.core.findings.FindingType.UNPOSTED_PAYMENT;
import static io.taxrecon.sampledata.ClientDraft.METHODS;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.sampledata.PaymentLayoutCheck.PlannedPayment;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Plants the payment findings and the payment hard negatives of a year, each with the credits that make it true. */
final class PaymentPlanter {

    private final ClientDraft d;

    PaymentPlanter(ClientDraft d) {
        this.d = d;
    }

    void paymentPlant(YearDraft ys, FindingType type) {
        if (!EnumSet.of(UNPOSTED_PAYMENT, MISAPPLIED_PAYMENT_YEAR, MISAPPLIED_PAYMENT_TIN, PAYMENT_AMOUNT_MISMATCH,
                DISHONORED_PAYMENT, DUPLICATE_POSTING).contains(type)) {
            return;
        }
        String tin = d.primary.ssn();
        int y = ys.year;
        BigDecimal amount = d.uniqueAmount(300, 9_000);
        LocalDate date;
        LocalDate edge = d.runDate.minusDays(31);
        if (type == UNPOSTED_PAYMENT && d.r.nextDouble() < 0.25 && d.spaced(edge)) {
            date = edge; // the first day on which the window is closed
        } else {
            date = d.pickDate(LocalDate.of(y + 1, 5, 1), d.runDate.minusDays(60));
        }
        String method = METHODS[d.r.nextInt(METHODS.length)];
        PlannedPayment p = d.payment(tin, y, date, amount, method, d.r.nextDouble() < 0.85 ? "BALANCE_DUE" : "INSTALLMENT");
        LocalDate posted = date.plusDays(d.postingDelay(method));
        BigDecimal difference = amount;
        switch (type) {
            case UNPOSTED_PAYMENT -> { }
            case MISAPPLIED_PAYMENT_YEAR -> {
                int other = d.years.get(0).year == y ? d.years.get(1).year : d.years.get(0).year;
                d.credit(p, tin, other, 670, posted, amount);
            }
            case MISAPPLIED_PAYMENT_TIN -> {
                String wrong = d.spouse != null && d.r.nextBoolean() ? d.spouse.ssn() : transposed(tin);
                d.credit(p, wrong, y, 670, posted, amount);
            }
            case PAYMENT_AMOUNT_MISMATCH -> {
                BigDecimal credited = mismatchedCredit(amount);
                d.credit(p, tin, y, 670, posted, credited);
                difference = amount.subtract(credited).abs();
            }
            case DISHONORED_PAYMENT -> {
                TranscriptLine c = d.credit(p, tin, y, 670, posted, amount);
                d.txn(tin, y, 671, c.date().plusDays(7 + d.r.nextInt(39)), amount);
            }
            case DUPLICATE_POSTING -> {
                int first = (int) ChronoUnit.DAYS.between(date, posted);
                d.credit(p, tin, y, 670, posted, amount);
                d.credit(p, tin, y, 670, date.plusDays(first + 1 + d.r.nextInt(30 - first)), amount);
            }
            default -> throw new IllegalStateException(type.name());
        }
        d.truth.add(new TruthRow(d.clientId, y, type, p.record().paymentId(), difference));
    }

    /** The amount the IRS credited instead: a digit slip or a round difference, never the payment. */
    BigDecimal mismatchedCredit(BigDecimal amount) {
        for (int tries = 0; tries < 20; tries++) {
            BigDecimal credited = d.r.nextBoolean()
                    ? amount.subtract(BigDecimal.valueOf(d.r.nextLong(10, Math.max(11, amount.longValue() / 2))))
                    : amount.add(BigDecimal.valueOf(d.r.nextLong(10, 1_000)));
            if (credited.signum() > 0 && d.amounts.add(credited)) {
                return credited;
            }
        }
        throw new LayoutConflict();
    }

    void paymentNegative(YearDraft ys) {
        HardNegative n = ys.negative;
        if (n != HardNegative.WINDOW_START_EDGE && n != HardNegative.WINDOW_END_EDGE && n != HardNegative.SPLIT_CREDITS) {
            return;
        }
        String tin = d.primary.ssn();
        int y = ys.year;
        LocalDate date = d.pickDate(LocalDate.of(y + 1, 5, 1), d.runDate.minusDays(60));
        if (n == HardNegative.SPLIT_CREDITS) {
            BigDecimal amount = d.uniqueAmount(900, 12_000);
            PlannedPayment p = d.payment(tin, y, date, amount, METHODS[d.r.nextInt(METHODS.length)], "BALANCE_DUE");
            int parts = d.r.nextBoolean() ? 2 : 3;
            List<BigDecimal> pieces = splitInto(amount, parts);
            for (BigDecimal piece : pieces) {
                d.credit(p, tin, y, 670, date.plusDays(d.r.nextInt(26)), piece);
            }
            return;
        }
        BigDecimal amount = d.uniqueAmount(300, 9_000);
        String method = n == HardNegative.WINDOW_END_EDGE ? "CHECK" : "EFTPS";
        PlannedPayment p = d.payment(tin, y, date, amount, method, "BALANCE_DUE");
        d.credit(p, tin, y, 670, n == HardNegative.WINDOW_END_EDGE ? date.plusDays(30) : date.minusDays(5), amount);
    }

    List<BigDecimal> splitInto(BigDecimal amount, int parts) {
        for (int tries = 0; tries < 50; tries++) {
            long total = amount.movePointRight(2).longValueExact();
            List<BigDecimal> pieces = new ArrayList<>();
            long left = total;
            boolean ok = true;
            for (int i = 0; i < parts - 1; i++) {
                long share = (long) (left * (0.2 + d.r.nextDouble() * 0.5));
                pieces.add(BigDecimal.valueOf(share, 2));
                left -= share;
            }
            pieces.add(BigDecimal.valueOf(left, 2));
            Set<BigDecimal> distinct = new HashSet<>();
            for (BigDecimal piece : pieces) {
                ok &= piece.compareTo(new BigDecimal("100")) >= 0 && distinct.add(piece) && !d.amounts.contains(piece);
            }
            if (ok) {
                d.amounts.addAll(pieces);
                return pieces;
            }
        }
        throw new LayoutConflict();
    }

    /** The client's TIN with two adjacent, different digits swapped, and not the spouse's. */
    String transposed(String tin) {
        List<String> options = new ArrayList<>();
        char[] c = tin.toCharArray();
        for (int i = 0; i < 8; i++) {
            if (c[i] != c[i + 1]) {
                char[] t = c.clone();
                t[i] = c[i + 1];
                t[i + 1] = c[i];
                String s = new String(t);
                if (d.spouse == null || !s.equals(d.spouse.ssn())) {
                    options.add(s);
                }
            }
        }
        if (options.isEmpty()) {
            throw new LayoutConflict();
        }
        return options.get(d.r.nextInt(options.size()));
    }
}
