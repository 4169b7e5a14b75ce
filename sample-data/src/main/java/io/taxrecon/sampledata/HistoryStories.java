package io.taxrecon.sampledata;

import static io.taxrecon.sampledata.HistoryPlanter.between;
import static io.taxrecon.sampledata.HistoryPlanter.fixed;
import static io.taxrecon.sampledata.TinYearStory.RIGHT;

import io.taxrecon.sampledata.model.NoticeRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The stories a TIN-year's notice history tells, each written as transcript lines and notices in
 * date order. The settled ones give no finding; the others return the notice their finding is about.
 */
final class HistoryStories {

    private static final String[] LADDER = {"CP14", "CP501", "CP503", "CP504", "LT11"};
    private static final String[] UNKNOWN = {"CP9999", "LTR9999"};

    private final ClientDraft d;
    private final LocalDate logStart;

    HistoryStories(ClientDraft d) {
        this.d = d;
        this.logStart = d.runDate.minusYears(d.historyYears).plusDays(7);
    }

    // ---------------------------------------------------------------- settled: no finding

    void settled(TinYearStory s) {
        int u = d.r.nextInt(100);
        if (u < 25) {
            installments(s);
        } else if (u < 50) {
            ladderPaid(s);
        } else if (u < 70) {
            proposalAnswered(s);
        } else if (u < 85) {
            informationAfterBill(s);
        } else if (u < 95) {
            identityThenBill(s);
        } else {
            largeBillWithPrintedDate(s);
        }
    }

    /** A CP14 paid off by 12 (or, in a short log, 6) monthly TC 670 credits: PAID. */
    private void installments(TinYearStory s) {
        int n = ChronoUnit.DAYS.between(logStart, d.runDate) > 460 ? 12 : 6;
        LocalDate bill = between(d, logStart, d.runDate.minusDays(45 + 31L * n));
        firstBill(s, bill);
        s.write();
        s.installments(bill.plusDays(25 + d.r.nextInt(16)), n);
    }

    /** CP14, CP501, CP503, CP504, LT11 (or Letter 1058), then one payment of everything: the last one PAID. */
    private void ladderPaid(TinYearStory s) {
        // One ladder in four has its CP503 and CP504 mailed the same day: the CP504 (higher id) is the later.
        int sameDayAt = d.r.nextDouble() < 0.25 ? 3 : -1;
        List<LocalDate> dates = ladderDates(LADDER.length, between(d, logStart, d.runDate.minusDays(420)), sameDayAt);
        bill(s, dates.get(0));
        int wrong = d.r.nextDouble() < 0.2 ? d.r.nextInt(LADDER.length - 1) : -1;
        int unknownAfter = d.r.nextDouble() < 0.15 ? d.r.nextInt(LADDER.length - 1) : -1;
        rungs(s, dates, LADDER.length, wrong, unknownAfter);
        s.write();
        s.payOff(between(d, dates.get(dates.size() - 1).plusDays(10), dates.get(dates.size() - 1).plusDays(60)));
    }

    /** A CP2000, the TC 290 that assessed it, a CP22A or CP14 for the new balance, then paid: PAID. */
    private void proposalAnswered(TinYearStory s) {
        LocalDate proposed = between(d, logStart, d.runDate.minusDays(380));
        s.assess(proposed.minusDays(200 + d.r.nextInt(200)), d.cents(1_500, 25_000), 1.0);
        BigDecimal tax = d.cents(300, 9_000);
        s.notice("CP2000", proposed, d.r.nextBoolean() ? proposed.plusDays(30) : null, fixed(tax));
        LocalDate assessed = proposed.plusDays(60 + d.r.nextInt(61));
        s.line(290, assessed, tax);
        s.line(196, assessed, d.fraction(tax, 0.02, 0.06));
        LocalDate bill = assessed.plusDays(21 + d.r.nextInt(15));
        s.notice(d.r.nextBoolean() ? "CP22A" : "CP14", bill, d.r.nextBoolean() ? bill.plusDays(21) : null, RIGHT);
        s.write();
        if (d.r.nextDouble() < 0.6) {
            s.payOff(bill.plusDays(10 + d.r.nextInt(31)));
        } else {
            s.installments(bill.plusDays(20 + d.r.nextInt(21)), 6);
        }
    }

    /** A CP14, then an informational CP49 (an overpayment applied) or CP71C (annual reminder), then paid: the CP14 PAID. */
    private void informationAfterBill(TinYearStory s) {
        if (d.r.nextBoolean()) {
            LocalDate bill = between(d, logStart, d.runDate.minusDays(230));
            firstBill(s, bill);
            LocalDate credited = bill.plusDays(60 + d.r.nextInt(141));
            s.line(706, credited, s.balance(credited));
            s.notice("CP49", credited.plusDays(d.r.nextInt(11)), null, RIGHT);
            s.write();
        } else {
            LocalDate bill = between(d, logStart, d.runDate.minusDays(470));
            firstBill(s, bill);
            LocalDate reminder = bill.plusDays(330 + d.r.nextInt(71));
            s.notice("CP71C", reminder, null, RIGHT);
            s.write();
            s.payOff(reminder.plusDays(20 + d.r.nextInt(41)));
        }
    }

    /** An identity letter (the return held), the return then assessed, a CP14, paid: the letter SUPERSEDED, the CP14 PAID. */
    private void identityThenBill(TinYearStory s) {
        LocalDate letter = between(d, logStart, d.runDate.minusDays(220));
        s.notice(d.r.nextDouble() < 0.7 ? "LTR5071C" : "LTR4883C", letter, letter.plusDays(30), fixed(ClientDraft.ZERO));
        LocalDate assessed = letter.plusDays(30 + d.r.nextInt(31));
        owing(s, assessed);
        LocalDate bill = assessed.plusDays(35 + d.r.nextInt(16));
        s.notice("CP14", bill, d.r.nextBoolean() ? bill.plusDays(21) : null, RIGHT);
        s.write();
        s.payOff(bill.plusDays(10 + d.r.nextInt(51)));
    }

    /** A bill of $100,000 or more whose printed date (21 days) is 15-20 days away: open, no deadline yet. */
    private void largeBillWithPrintedDate(TinYearStory s) {
        LocalDate bill = d.runDate.minusDays(1 + d.r.nextInt(6));
        s.assess(bill.minusDays(35 + d.r.nextInt(26)), d.cents(100_500, 400_000), 0.0);
        s.notice("CP14", bill, bill.plusDays(21), RIGHT);
        s.write();
    }

    // ---------------------------------------------------------------- planted: one finding each

    /** A bill that claimed more (a payment it missed) or less (a charge it missed) than the balance on its date, since paid. */
    NoticeRecord wrongThenPaid(TinYearStory s) {
        boolean ladder = d.r.nextDouble() < 0.4;
        LocalDate first = between(d, logStart, d.runDate.minusDays(ladder ? 420 : 240));
        List<LocalDate> dates = ladderDates(ladder ? 3 : 1, first, -1);
        LocalDate wrongOn = dates.get(dates.size() - 1);
        bill(s, first);
        if (ladder) {
            rungs(s, dates.subList(0, 2), 2, -1, -1);
        }
        if (ladder) {
            s.charges(dates.get(1), wrongOn.minusDays(6));
        }
        UnaryOperator<BigDecimal> rule;
        if (d.r.nextDouble() < 0.7) {
            BigDecimal owed = s.balance(wrongOn.minusDays(11));
            BigDecimal missed = d.cents(100, Math.max(101, Math.min(3_000, owed.longValue() / 2)));
            s.line(670, wrongOn.minusDays(3 + d.r.nextInt(8)), missed);
            rule = b -> b.add(missed);
        } else {
            BigDecimal charge = d.cents(25, 400);
            s.line(196, wrongOn.minusDays(1 + d.r.nextInt(5)), charge);
            rule = b -> b.subtract(charge);
        }
        s.notice(LADDER[dates.size() - 1], wrongOn, d.r.nextBoolean() ? wrongOn.plusDays(days(dates.size() - 1)) : null, rule);
        List<NoticeRecord> written = s.write();
        if (d.r.nextBoolean()) {
            s.payOff(wrongOn.plusDays(10 + d.r.nextInt(51)));
        } else {
            s.installments(wrongOn.plusDays(20 + d.r.nextInt(21)), 6);
        }
        return written.get(written.size() - 1);
    }

    /** A notice still open and due within 14 days or overdue: the last rung of a ladder, a large bill, a bill after a reminder, a letter. */
    NoticeRecord openItem(TinYearStory s) {
        int u = d.r.nextInt(100);
        if (u < 20) {
            return largeBill(s);
        }
        if (u < 40) {
            LocalDate bill = between(d, logStart, d.runDate.minusDays(410));
            firstBill(s, bill);
            s.notice("CP71C", bill.plusDays(330 + d.r.nextInt(71)), null, RIGHT);
            return s.write().get(0);
        }
        if (u < 60) {
            LocalDate due = d.runDate.plusDays(-10 + d.r.nextInt(25));
            s.notice(d.r.nextDouble() < 0.7 ? "LTR5071C" : "LTR4883C", due.minusDays(30), due, fixed(ClientDraft.ZERO));
            return s.write().get(0);
        }
        int k = 1 + d.r.nextInt(LADDER.length);
        LocalDate last;
        if (d.r.nextBoolean()) {
            last = d.runDate.plusDays(-20 + d.r.nextInt(35) - days(k - 1)); // due between 20 days ago and 14 days ahead
        } else {
            last = between(d, logStart.plusDays(75L * k), d.runDate.minusDays(days(k - 1) + 30));
        }
        List<LocalDate> dates = new ArrayList<>();
        LocalDate at = last;
        for (int i = 0; i < k; i++) {
            dates.add(0, at);
            at = at.minusDays(35 + d.r.nextInt(36));
        }
        if (dates.get(0).isBefore(logStart) || last.isAfter(d.runDate)) {
            throw new LayoutConflict();
        }
        bill(s, dates.get(0));
        if (k >= 2 && d.r.nextDouble() < 0.2) {
            dates.set(k - 1, dates.get(k - 2)); // the last two on one day: the later id is the live one
        }
        rungs(s, dates, k, -1, -1);
        List<NoticeRecord> written = s.write();
        return written.get(written.size() - 1);
    }

    /** A real notice since paid, then a well-formed code no catalog knows. */
    NoticeRecord paidThenUnknown(TinYearStory s) {
        LocalDate bill = between(d, logStart, d.runDate.minusDays(130));
        firstBill(s, bill);
        s.write();
        LocalDate paid = bill.plusDays(10 + d.r.nextInt(51));
        s.payOff(paid);
        LocalDate odd = between(d, paid.plusDays(5), d.runDate.minusDays(1));
        s.notice(UNKNOWN[d.r.nextInt(UNKNOWN.length)], odd, null, fixed(d.cents(100, 4_000)));
        return s.write().get(0);
    }

    /** A bill of $100,000 or more with no printed date, due in 10 business days, within 14 days of the run date. */
    private NoticeRecord largeBill(TinYearStory s) {
        List<LocalDate> candidates = new ArrayList<>();
        for (int back = 0; back <= 6; back++) {
            LocalDate on = d.runDate.minusDays(back);
            LocalDate due = BusinessDays.plus(on, 10);
            if (ChronoUnit.DAYS.between(d.runDate, due) <= 14 && BusinessDays.clear(on, due.plusDays(2))) {
                candidates.add(on);
            }
        }
        if (candidates.isEmpty()) {
            throw new LayoutConflict();
        }
        LocalDate bill = candidates.get(d.r.nextInt(candidates.size()));
        if (d.r.nextBoolean()) {
            s.assess(bill.minusDays(35 + d.r.nextInt(26)), d.cents(100_500, 400_000), 0.0);
            s.notice("CP14", bill, null, RIGHT);
        } else {
            s.assess(bill.minusDays(300 + d.r.nextInt(200)), d.cents(20_000, 90_000), 1.0);
            s.line(290, bill.minusDays(21 + d.r.nextInt(15)), d.cents(100_500, 300_000));
            s.notice("CP22A", bill, null, RIGHT);
        }
        return s.write().get(0);
    }

    // ---------------------------------------------------------------- parts

    /** The return assessed, owing, and 5-8 weeks later the CP14 for what it owes. */
    private void firstBill(TinYearStory s, LocalDate on) {
        bill(s, on);
        s.notice("CP14", on, d.r.nextBoolean() ? on.plusDays(21) : null, RIGHT);
    }

    /** The return assessed 5-8 weeks before the first bill, owing. */
    private void bill(TinYearStory s, LocalDate first) {
        owing(s, first.minusDays(35 + d.r.nextInt(26)));
    }

    private void owing(TinYearStory s, LocalDate assessed) {
        BigDecimal owed = s.assess(assessed, d.cents(1_500, 25_000), d.r.nextDouble() * 0.4);
        if (owed.compareTo(new BigDecimal("300")) < 0) {
            throw new LayoutConflict();
        }
    }

    /** Rung dates 5-10 weeks apart from {@code first}; rung {@code sameDayAt} on the day of the one before. */
    private List<LocalDate> ladderDates(int rungs, LocalDate first, int sameDayAt) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate at = first;
        for (int i = 0; i < rungs; i++) {
            if (i > 0) {
                at = i == sameDayAt ? at : at.plusDays(35 + d.r.nextInt(36));
            }
            dates.add(at);
        }
        return dates;
    }

    /**
     * The ladder's notices, with the penalty and interest charged before each rung; rung {@code wrong}
     * claims too much, and a notice of unknown code comes after rung {@code unknownAfter}.
     */
    private void rungs(TinYearStory s, List<LocalDate> dates, int k, int wrong, int unknownAfter) {
        for (int i = 0; i < k; i++) {
            LocalDate on = dates.get(i);
            if (i > 0 && on.isAfter(dates.get(i - 1).plusDays(7))) {
                s.charges(dates.get(i - 1), on.minusDays(1 + d.r.nextInt(5)));
            }
            String code = i == LADDER.length - 1 && d.r.nextBoolean() ? "LTR1058" : LADDER[i];
            BigDecimal extra = d.cents(30, 900);
            s.notice(code, on, d.r.nextBoolean() ? on.plusDays(days(i)) : null, i == wrong ? b -> b.add(extra) : RIGHT);
            if (i == unknownAfter && i + 1 < k && dates.get(i + 1).isAfter(on.plusDays(2))) {
                s.notice(UNKNOWN[d.r.nextInt(UNKNOWN.length)], between(d, on.plusDays(1), dates.get(i + 1).minusDays(1)), null,
                        fixed(d.cents(100, 4_000)));
            }
        }
    }

    /** The response days of ladder rung {@code i} (the catalog's: CP14 21, CP501/CP503 10, CP504/LT11 30). */
    private static int days(int i) {
        return NoticeCodes.find(LADDER[i]).orElseThrow().responseDays();
    }
}
