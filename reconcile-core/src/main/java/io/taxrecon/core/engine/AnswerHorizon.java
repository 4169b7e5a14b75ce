package io.taxrecon.core.engine;

import io.taxrecon.core.accruals.DailyInterest;
import io.taxrecon.core.accruals.InterestPeriod;
import io.taxrecon.core.accruals.PenaltyFigures;
import io.taxrecon.core.accruals.TaxYearAccruals;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.statutes.AssessmentStatute;
import io.taxrecon.core.statutes.Suspension;
import io.taxrecon.core.statutes.YearStatute;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * The earliest date after the run date on which the same records, catalogs and settings could give
 * a client a different answer (see docs/RULES.md "The next date an answer can change"). Every rule
 * that reads the run date compares it with a date of the records, or one derived from them, so the
 * answer can only change on one of those dates: each becomes a candidate, and the earliest one after
 * the run date is the horizon. A candidate too early only costs a needless reconciliation; one too
 * late would carry a stale answer, so where a boundary is fuzzy (month and year arithmetic) the
 * candidate is taken a few days early.
 *
 * <p>What changes every day makes the horizon tomorrow: penalties and interest still accruing (a
 * balance owed, an interest pool that earns), charges a missing credit is still causing, and a
 * collection-statute suspension still open (it runs to the run date). A response deadline is not
 * one of them: its text names the due date, and its severity changes only on the thresholds the
 * deadline candidates cover. Two things are not part of the answer but the date of the data, which
 * a carried workbook states ("data as of"): a notice's days left (a formula counting to its due
 * date) and the end of an interest period that earns nothing (it runs to that date).
 */
final class AnswerHorizon {

    /** Slack for boundaries computed with plusMonths/plusYears (month ends, leap days). */
    private static final int FUZZY_DAYS = 3;

    private final ReconciliationSettings settings;
    private final SortedSet<Long> daysLeftThresholds;

    AnswerHorizon(ReconciliationSettings settings, SortedSet<Long> daysLeftThresholds) {
        this.settings = settings;
        this.daysLeftThresholds = daysLeftThresholds;
    }

    LocalDate after(ClientReconciliation rec) {
        LocalDate runDate = settings.runDate();
        if (changesDaily(rec)) {
            return runDate.plusDays(1);
        }
        Earliest earliest = new Earliest(runDate);
        ClientRecords records = rec.records();
        for (Notice n : records.notices()) {
            earliest.consider(n.noticeDate());         // a notice enters the log on its date
            deadline(earliest, n.responseDueDate());
        }
        for (NoticeAssessment a : rec.notices()) {
            deadline(earliest, a.dueDate());
        }
        for (Finding f : rec.findings()) {
            deadline(earliest, f.dueDate());
        }
        for (Payment p : records.payments()) {
            earliest.consider(p.paymentDate());
            earliest.consider(p.paymentDate().plusDays(settings.windowDaysAfter() + 1L)); // pending until the day before
        }
        for (TranscriptTransaction t : records.transactions()) {
            LocalDate date = t.transactionDate();
            earliest.consider(date);                    // balances and credits "as of the run date"
            earliest.consider(date.plusDays(settings.reversalDays()));
            // the refund windows of IRC 6511(a): two years from a payment, three from the return
            earliest.consider(date.plusYears(2).minusDays(FUZZY_DAYS));
            earliest.consider(date.plusYears(3).minusDays(FUZZY_DAYS));
        }
        for (YearStatute year : rec.statutes()) {
            for (AssessmentStatute a : year.assessments()) {
                earliest.consider(a.csed());
                // a CSED within twelve months is flagged
                earliest.consider(a.csed().minusMonths(12).minusDays(FUZZY_DAYS));
            }
        }
        return earliest.date();
    }

    private void deadline(Earliest earliest, LocalDate due) {
        if (due == null) {
            return;
        }
        earliest.consider(due);
        earliest.consider(due.minusDays(settings.deadlineSoonDays()));
        for (long days : daysLeftThresholds) {
            earliest.consider(due.minusDays(days));
        }
    }

    private static boolean changesDaily(ClientReconciliation rec) {
        for (TaxYearAccruals year : rec.accruals().years()) {
            PenaltyFigures p = year.figures();
            if (p.owedToday().signum() > 0 || p.causedByFindings().signum() != 0
                    || accruing(year.interest()) || accruing(year.interestOnFtf()) || accruing(year.interestOnFtp())) {
                return true;
            }
        }
        return rec.statutes().stream().flatMap(y -> y.suspensions().stream()).anyMatch(Suspension::open);
    }

    /**
     * Interest still running: its last period (which always ends on the run date) has a pool that
     * earns. A last period with nothing to earn on only stretches to the date of the data, which is
     * how a carried workbook shows it.
     */
    private static boolean accruing(DailyInterest.Result interest) {
        List<InterestPeriod> periods = interest.periods();
        return !periods.isEmpty() && periods.get(periods.size() - 1).poolAtStart().signum() > 0;
    }

    /** The earliest candidate after the run date; a candidate on the run date itself counts from the next day. */
    private static final class Earliest {

        private final LocalDate runDate;
        private LocalDate date = LocalDate.MAX;

        Earliest(LocalDate runDate) {
            this.runDate = runDate;
        }

        void consider(LocalDate candidate) {
            if (candidate == null || candidate.isBefore(runDate)) {
                return;
            }
            LocalDate next = candidate.isAfter(runDate) ? candidate : runDate.plusDays(1);
            if (next.isBefore(date)) {
                date = next;
            }
        }

        LocalDate date() {
            return date;
        }
    }
}
