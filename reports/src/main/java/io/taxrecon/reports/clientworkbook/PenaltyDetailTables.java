package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.accruals.DailyInterest;
import io.taxrecon.core.accruals.InterestPeriod;
import io.taxrecon.core.accruals.PenaltyMonth;
import io.taxrecon.core.accruals.PenaltyResult;
import io.taxrecon.core.accruals.TaxYearAccruals;
import io.taxrecon.core.statutes.AssessmentStatute;
import io.taxrecon.core.statutes.Suspension;
import io.taxrecon.core.statutes.YearStatute;
import io.taxrecon.reports.xlsx.Look;
import io.taxrecon.reports.xlsx.RowWriter;
import io.taxrecon.reports.xlsx.SheetWriter;

/**
 * The detail tables of the "Penalties &amp; interest" sheet for one TIN-year: FTP and FTF month by
 * month, interest period by period (on the tax, on the FTF, on the assessed FTP), and each
 * assessment's collection statute with its suspensions. Rates are numbers in percent, charges
 * unrounded until the cell, so that a reviewer can redo a row with a calculator.
 */
final class PenaltyDetailTables {

    static final String[] MONTH_COLUMNS = {"Month", "Start", "Base", "Rate %", "Offset", "Charge"};
    static final String[] INTEREST_COLUMNS = {"From", "To", "Days", "Rate %", "Day basis", "Pool at start", "Interest"};
    static final String[] STATUTE_COLUMNS = {"Assessment", "TC", "Assessed on", "Amount", "Base date (+10 years)",
        "Suspension", "From", "Until (excl.)", "Days", "CSED"};

    private final SheetWriter out;
    private final int columns;

    PenaltyDetailTables(SheetWriter out, int columns) {
        this.out = out;
        this.columns = columns;
    }

    /** Failure to pay, then failure to file, month by month with their totals. */
    void months(TaxYearAccruals a) {
        penalty("Failure to pay, month by month (base: unpaid tax on the month's start; offset: the part the 25% cap cut)",
                a.ftp());
        penalty("Failure to file, month by month (base: tax unpaid by the original due date; offset: that month's FTP)",
                a.ftf());
        if (a.ftf().minimumApplied() != null) {
            out.row().wrappedAcross("Filed more than 60 days late: the minimum of " + a.ftf().minimumApplied().toPlainString()
                    + " replaced the sum of the months (IRC 6651(a)).", columns);
        }
    }

    /** Interest on the tax, on the FTF and on the assessed FTP, period by period. */
    void interest(TaxYearAccruals a) {
        interest("Interest on the unpaid tax, compounded daily", a.interest());
        interest("Interest on the failure-to-file penalty, from the filing due date", a.interestOnFtf());
        interest("Interest on the assessed failure-to-pay penalty not paid within 21 days", a.interestOnFtp());
    }

    /** Each assessment with its base date and CSED, and beneath it the suspensions that moved it. */
    void statute(YearStatute s) {
        out.section("Collection statute (10 years from each assessment, plus suspended days counted once)");
        if (s.assessments().isEmpty()) {
            out.row().text("No assessment on the transcript.");
            return;
        }
        out.header(STATUTE_COLUMNS);
        for (AssessmentStatute a : s.assessments()) {
            out.row().text(a.reference()).text(a.code()).date(a.assessedOn()).money(a.amount()).date(a.baseDate())
                    .skip().skip().skip().number(a.suspendedDays()).date(a.csed());
            for (Suspension p : a.suspensions()) {
                out.row().skip().skip().skip().skip().skip()
                        .text(p.kind()).date(p.start()).date(p.end()).number(p.daysFrom(a.assessedOn()));
            }
        }
        for (Suspension p : s.suspensions()) {
            if (p.open()) {
                out.row().wrappedAcross(p.kind() + " from " + p.start() + " has no closing line yet: counted to the run date.",
                        columns);
            }
        }
    }

    private void penalty(String title, PenaltyResult result) {
        out.section(title);
        if (result.months().isEmpty()) {
            out.row().text("No month charged.");
            return;
        }
        out.header(MONTH_COLUMNS);
        for (PenaltyMonth m : result.months()) {
            RowWriter row = out.row().number(m.index()).date(m.start()).money(m.base());
            row.money(m.ratePercent(), Look.RATE).money(m.offset()).money(m.charge());
        }
        out.row().bold("Total").skip().skip().skip().skip().money(result.total(), Look.CURRENCY_BOLD);
    }

    private void interest(String title, DailyInterest.Result result) {
        if (result.periods().isEmpty()) {
            return;
        }
        out.section(title);
        out.header(INTEREST_COLUMNS);
        for (InterestPeriod p : result.periods()) {
            out.row().date(p.from()).date(p.to()).number(p.days()).money(p.ratePercent(), Look.RATE)
                    .number(p.dayBasis()).money(p.poolAtStart()).money(p.interest());
        }
        out.row().bold("Total").skip().number(days(result)).skip().skip().skip()
                .money(result.total(), Look.CURRENCY_BOLD);
    }

    private static Long days(DailyInterest.Result result) {
        return result.periods().stream().mapToLong(InterestPeriod::days).sum();
    }
}
