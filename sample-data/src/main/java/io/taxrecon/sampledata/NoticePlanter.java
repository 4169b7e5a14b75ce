package io.taxrecon.sampledata;

import static io.taxrecon.core.findings.FindingType.DUPLICATE_INFORMATION_RETURN;
import static io.taxrecon.core.findings.FindingType.IDENTITY_MISMATCH;
import static io.taxrecon.core.findings.FindingType.INCOME_AMOUNT_MISMATCH;
import static io.taxrecon.core.findings.FindingType.NOTICE_BALANCE_MISMATCH;
import static io.taxrecon.core.findings.FindingType.RESPONSE_DEADLINE;
import static io.taxrecon.core.findings.FindingType.UNKNOWN_NOTICE_CODE;
import static io.taxrecon.core.findings.FindingType.UNREPORTED_INCOME;
import static io.taxrecon.sampledata.ClientDraft.NOTICE_MIN_BALANCE;
import static io.taxrecon.sampledata.ClientDraft.ZERO;
import static io.taxrecon.sampledata.ClientDraft.min;

import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

/** Plants the notices of a year that are current on the run date, with the notice findings they carry. */
final class NoticePlanter {

    private static final String[] BALANCE_CODES = {"CP14", "CP14", "CP14", "CP501", "CP503", "CP504", "LT11", "LTR1058"};

    private final ClientDraft d;

    NoticePlanter(ClientDraft d) {
        this.d = d;
    }

    /**
     * The year's current notices. Under the rules of a notice log only the latest catalogued,
     * non-informational notice of a TIN-year is live (every earlier one is superseded by it), so
     * a year gets one live notice that carries its notice plants (a deadline and a wrong amount
     * may share it), an unknown code only after it, and a CP2000 only before it (superseded) or as it.
     */
    void notices(YearDraft ys) {
        String tin = d.primary.ssn();
        boolean owes = d.balanceOn(tin, ys.year, d.runDate).compareTo(NOTICE_MIN_BALANCE) > 0;
        boolean deadline = ys.plants.contains(RESPONSE_DEADLINE);
        boolean mismatch = ys.plants.contains(NOTICE_BALANCE_MISMATCH);
        boolean fifteen = ys.negative == HardNegative.DEADLINE_15_DAYS;
        NoticeRecord live = null;
        if (!deadline && !mismatch && !fifteen && owes && d.r.nextDouble() < 0.65) {
            live = balanceNotice(ys, tin, b -> b, 16 + d.r.nextInt(35), true);
            live = d.r.nextDouble() < 0.35 ? withBreakdown(live) : live;
            d.notices.add(live);
        }
        if (mismatch && !deadline) {
            live = wrongNotice(ys, tin, 20 + d.r.nextInt(31), true);
        }
        if (deadline) {
            double u = d.r.nextDouble();
            int daysLeft = u < 0.15 ? 14 : u < 0.25 ? 0 : -25 + d.r.nextInt(40);
            if (mismatch) {
                live = wrongNotice(ys, tin, daysLeft, daysLeft <= 14);
            } else {
                live = owes ? balanceNotice(ys, tin, b -> b, daysLeft, daysLeft <= 14) : proposal(ys, tin, d.cents(150, 6_000), daysLeft);
                d.notices.add(live);
            }
            d.truth.add(new TruthRow(d.clientId, ys.year, RESPONSE_DEADLINE, live.noticeId(), null));
        }
        if (fifteen) {
            live = owes ? balanceNotice(ys, tin, b -> b, 15, true) : proposal(ys, tin, d.cents(150, 6_000), 15);
            d.notices.add(live);
        }
        if (ys.plants.contains(IDENTITY_MISMATCH)) {
            String foreign = foreignTin();
            BigDecimal amount = d.cents(150, 6_000);
            NoticeRecord n = d.r.nextBoolean()
                    ? balanceNotice(ys, foreign, b -> amount, 17 + d.r.nextInt(34), true)
                    : proposal(ys, foreign, amount, 20 + d.r.nextInt(31));
            d.notices.add(n);
            d.truth.add(new TruthRow(d.clientId, ys.year, IDENTITY_MISMATCH, n.noticeId(), null));
        }
        boolean incomePlant = ys.plants.contains(UNREPORTED_INCOME) || ys.plants.contains(INCOME_AMOUNT_MISMATCH)
                || ys.plants.contains(DUPLICATE_INFORMATION_RETURN);
        if (incomePlant && d.r.nextDouble() < 0.6) {
            if (live == null) {
                live = proposal(ys, tin, d.cents(300, 9_000), 20 + d.r.nextInt(31));
                d.notices.add(live);
            } else {
                // The proposal came first; the live notice that followed supersedes it.
                LocalDate dated = live.noticeDate().minusDays(45 + d.r.nextInt(150));
                d.notices.add(new NoticeRecord(d.nextNoticeId(), tin, ys.year, "CP2000", dated, d.cents(300, 9_000),
                        dated.plusDays(30), null, null, null, null));
            }
        }
        if (ys.plants.contains(UNKNOWN_NOTICE_CODE)) {
            String code = d.r.nextDouble() < 0.7 ? "CP9999" : "LTR9999";
            // After the live notice (the same day is enough: its id is higher), so nothing supersedes it.
            LocalDate dated = live == null ? d.runDate.minusDays(1 + d.r.nextInt(40))
                    : live.noticeDate().plusDays(d.r.nextLong(ChronoUnit.DAYS.between(live.noticeDate(), d.runDate) + 1));
            NoticeRecord n = new NoticeRecord(d.nextNoticeId(), tin, ys.year, code, dated,
                    d.cents(100, 4_000), null, null, null, null, null);
            d.notices.add(n);
            d.truth.add(new TruthRow(d.clientId, ys.year, UNKNOWN_NOTICE_CODE, n.noticeId(), null));
        }
    }

    /** A balance notice whose amount is not the balance on its date, planted with its NOTICE_BALANCE_MISMATCH. */
    private NoticeRecord wrongNotice(YearDraft ys, String tin, int daysLeft, boolean mayOmitDate) {
        BigDecimal delta = d.cents(25, 1_500);
        boolean up = d.r.nextDouble() < 0.6;
        BigDecimal unrelated = d.cents(200, 5_000);
        NoticeRecord n = balanceNotice(ys, tin, b -> b.compareTo(NOTICE_MIN_BALANCE) <= 0 ? unrelated
                : up || b.subtract(delta).compareTo(BigDecimal.TEN) < 0 ? b.add(delta) : b.subtract(delta), daysLeft, mayOmitDate);
        d.notices.add(n);
        BigDecimal balance = d.balanceOn(tin, ys.year, n.noticeDate());
        d.truth.add(new TruthRow(d.clientId, ys.year, NOTICE_BALANCE_MISMATCH, n.noticeId(), n.amountDue().subtract(balance)));
        return n;
    }

    /**
     * A balance-type notice due {@code daysLeft} days after the run date, for the amount
     * {@code amountOf} makes of the TIN-year's balance on its date. A CP14 may leave the date out
     * (the catalog's 21 days then apply), dated so that it falls on the same day.
     */
    NoticeRecord balanceNotice(YearDraft ys, String tin, UnaryOperator<BigDecimal> amountOf, int daysLeft, boolean mayOmitDate) {
        String code = BALANCE_CODES[d.r.nextInt(BALANCE_CODES.length)];
        LocalDate due = d.runDate.plusDays(daysLeft);
        LocalDate dated;
        LocalDate printed;
        if (code.equals("CP14") && mayOmitDate && daysLeft <= 21 && d.r.nextDouble() < 0.5) {
            dated = due.minusDays(21);
            printed = null;
        } else {
            int days = code.equals("CP14") ? 21 : 30;
            dated = min(due.minusDays(days), d.runDate.minusDays(1 + d.r.nextInt(5)));
            printed = due;
        }
        BigDecimal amount = amountOf.apply(d.balanceOn(tin, ys.year, dated));
        if (amount.compareTo(NOTICE_MIN_BALANCE) <= 0) {
            throw new LayoutConflict(); // the year owed nothing worth a bill on that date
        }
        return new NoticeRecord(d.nextNoticeId(), tin, ys.year, code, dated, amount, printed, null, null, null, null);
    }

    /** A CP2000 proposal (never balance-checked), due {@code daysLeft} after the run date. */
    NoticeRecord proposal(YearDraft ys, String tin, BigDecimal amountDue, int daysLeft) {
        LocalDate due = d.runDate.plusDays(daysLeft);
        boolean implicit = daysLeft <= 30 && d.r.nextDouble() < 0.4;
        LocalDate dated = min(due.minusDays(30), d.runDate.minusDays(implicit ? 0 : 1 + d.r.nextInt(5)));
        if (implicit) {
            return new NoticeRecord(d.nextNoticeId(), tin, ys.year, "CP2000", due.minusDays(30), amountDue, null,
                    null, null, null, null);
        }
        return new NoticeRecord(d.nextNoticeId(), tin, ys.year, "CP2000", dated, amountDue, due, null, null, null, null);
    }

    /** The notice with the tax, penalty, interest and credits behind its amount, as of its date. */
    NoticeRecord withBreakdown(NoticeRecord n) {
        BigDecimal tax = ZERO;
        BigDecimal penalty = ZERO;
        BigDecimal interest = ZERO;
        for (TranscriptLine t : d.txns) {
            if (t.tin().equals(n.tin()) && t.taxYear() == n.taxYear() && !t.date().isAfter(n.noticeDate())) {
                switch (t.code()) {
                    case 150 -> tax = tax.add(t.amount());
                    case 166, 276 -> penalty = penalty.add(t.amount());
                    case 196 -> interest = interest.add(t.amount());
                    default -> { }
                }
            }
        }
        BigDecimal credited = tax.add(penalty).add(interest).subtract(n.amountDue());
        if (credited.signum() < 0) {
            return n;
        }
        return new NoticeRecord(n.noticeId(), n.tin(), n.taxYear(), n.code(), n.noticeDate(), n.amountDue(),
                n.responseDue(), tax, penalty, interest, credited);
    }

    /** A TIN nobody at the firm has, and not one digit swap away from the client's or spouse's. */
    String foreignTin() {
        for (int j = 0; j < 3; j++) {
            String t = d.ssns.ssn(d.foreignBase + 3L * d.index + j);
            if (!related(t, d.primary.ssn()) && (d.spouse == null || !related(t, d.spouse.ssn()))) {
                return t;
            }
        }
        throw new LayoutConflict();
    }

    /** Same TIN, or one adjacent-digit swap away. */
    static boolean related(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        for (int i = 0; i < 8; i++) {
            if (a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(0, i).equals(b.substring(0, i)) && a.substring(i + 2).equals(b.substring(i + 2))) {
                return true;
            }
        }
        return false;
    }
}
