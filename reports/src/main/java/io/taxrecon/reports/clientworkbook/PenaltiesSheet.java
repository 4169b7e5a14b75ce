package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.abatement.UnconfirmedAbatement;
import io.taxrecon.core.accruals.CausedCharge;
import io.taxrecon.core.accruals.PenaltyFigures;
import io.taxrecon.core.accruals.TaxYearAccruals;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.statutes.YearStatute;
import io.taxrecon.core.values.Tin;
import io.taxrecon.reports.xlsx.Look;
import io.taxrecon.reports.xlsx.SheetWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Penalties &amp; interest, per TIN-year: the dates, what the transcript assessed beside what the
 * rules compute on the IRS's own credits (a gap is a note, not a finding), what the payment
 * findings caused and what is owed today; then every FTP and FTF month and every interest period,
 * so that each figure can be followed to its base, rate and days; then each assessment's collection
 * statute with the suspensions that moved it, and the First-Time Abatement years the records cannot
 * confirm. Written only when the client has such a TIN-year.
 */
final class PenaltiesSheet implements ClientSheet {

    static final String NAME = "Penalties & interest";
    static final String[] CROSS_CHECK_COLUMNS = {"Charge", "Assessed (transcript)", "Computed (rules)", "Gap (computed - assessed)"};
    static final String[] CAUSED_COLUMNS = {"Payment ID", "Finding", "Payment date", "Credit the IRS missed", "Penalty and interest caused"};
    static final String GAP_NOTE = "A gap between assessed and computed is a note for review, not a finding:"
            + " the IRS's own computation has details this one leaves out (notice dates, partial months, its own"
            + " posting of credits).";

    /** Fixed widths (characters): the tables of the sheet share these ten columns. */
    private static final int[] WIDTHS = {30, 16, 16, 16, 16, 22, 12, 12, 12, 12};
    private static final int TITLE_ROWS = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(ClientReport report) {
        return !years(report).isEmpty();
    }

    @Override
    public void write(ClientReport report, SheetWriter out) {
        out.widths(WIDTHS);
        out.printSetup(report.pageHeader(), report.pageFooter(), null);
        // the title and legend head every printed page: the tables below change columns
        out.repeatRows(0, TITLE_ROWS - 1);
        out.row().text(NAME + " - " + report.clientLabel() + " - as of " + report.context().runDate(), Look.TITLE);
        out.row().wrappedAcross("Amounts in dollars, rates in percent. Computed = the rules on the IRS's own credits"
                + " to the run date; each total below is the sum of its months or periods.", WIDTHS.length);
        out.freezeRowsAbove(TITLE_ROWS);
        PenaltyDetailTables details = new PenaltyDetailTables(out, WIDTHS.length);
        for (TinYear y : years(report)) {
            out.gap();
            out.section("Tax year " + y.taxYear() + " - TIN " + y.masked());
            if (y.accruals() != null) {
                crossCheck(out, y.accruals(), figures(report.reconciliation(), y.accruals()));
                details.months(y.accruals());
                details.interest(y.accruals());
            }
            if (y.statute() != null) {
                details.statute(y.statute());
            }
            for (UnconfirmedAbatement a : y.abatements()) {
                out.row().bold("First-Time Abatement").wrappedAcross(a.text(), WIDTHS.length - 1);
            }
        }
    }

    private static void crossCheck(SheetWriter out, TaxYearAccruals a, PenaltyFigures f) {
        var t = a.timeline();
        out.row().bold("Original due date").date(t.originalDueDate());
        out.row().bold("Filing due date").date(t.filingDueDate());
        out.row().bold("Filed (TC 150)").date(t.filed());
        out.header(CROSS_CHECK_COLUMNS);
        out.row().text("Tax assessed").money(f.taxAssessed());
        compared(out, "Failure to file (FTF)", f.ftfAssessed(), f.ftfComputed());
        compared(out, "Failure to pay (FTP)", f.ftpAssessed(), f.ftpComputed());
        compared(out, "Interest", f.interestAssessed(), f.interestComputed());
        out.row().bold("Caused by the payment findings").skip().money(f.causedByFindings(), Look.CURRENCY_BOLD);
        out.row().bold("Owed today (balance plus charges not yet assessed)").skip()
                .money(f.owedToday(), Look.CURRENCY_BOLD);
        if (gap(f.ftfAssessed(), f.ftfComputed()).signum() != 0 || gap(f.ftpAssessed(), f.ftpComputed()).signum() != 0
                || gap(f.interestAssessed(), f.interestComputed()).signum() != 0) {
            out.row().wrappedAcross(GAP_NOTE, WIDTHS.length);
        }
        if (!a.caused().isEmpty()) {
            out.header(CAUSED_COLUMNS);
            for (CausedCharge c : a.caused()) {
                out.row().text(c.paymentId()).text(c.finding() == null ? null : c.finding().name())
                        .date(c.paymentDate()).money(c.credit()).money(c.amount());
            }
        }
        for (String note : a.notes()) {
            out.row().wrappedAcross(note, WIDTHS.length);
        }
    }

    private static void compared(SheetWriter out, String label, BigDecimal assessed, BigDecimal computed) {
        BigDecimal gap = gap(assessed, computed);
        out.row().text(label).money(assessed).money(computed)
                .money(gap, gap.signum() == 0 ? Look.CURRENCY : Look.CURRENCY_BOLD);
    }

    private static BigDecimal gap(BigDecimal assessed, BigDecimal computed) {
        return nz(computed).subtract(nz(assessed)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    // The figures row as penalties.csv writes it, with the CSED the statute rules found.
    private static PenaltyFigures figures(ClientReconciliation rec, TaxYearAccruals a) {
        return a.figures().withCsed(rec.latestCsed(a.timeline().tin(), a.timeline().taxYear()).orElse(null));
    }

    /** One TIN-year of the sheet: what the rules computed, its statute and its abatement notes, any of them absent. */
    record TinYear(int taxYear, Tin tin, String lastFour, TaxYearAccruals accruals, YearStatute statute,
                   List<UnconfirmedAbatement> abatements) {

        String masked() {
            return tin != null ? tin.masked() : "***-**-" + lastFour;
        }
    }

    /** The client's and spouse's TIN-years with accruals, a statute or an abatement note: year, then TIN. */
    static List<TinYear> years(ClientReport report) {
        ClientReconciliation rec = report.reconciliation();
        List<TinYear> years = new ArrayList<>();
        for (TaxYearAccruals a : rec.accruals().years()) {
            if (report.owns(a.timeline().tin())) {
                years.add(new TinYear(a.timeline().taxYear(), a.timeline().tin(), a.timeline().tin().lastFour(), a,
                        null, List.of()));
            }
        }
        for (YearStatute s : rec.statutes()) {
            if (!report.owns(s.tin())) {
                continue;
            }
            int i = indexOf(years, s.taxYear(), s.tin().lastFour());
            if (i < 0) {
                years.add(new TinYear(s.taxYear(), s.tin(), s.tin().lastFour(), null, s, List.of()));
            } else {
                TinYear y = years.get(i);
                years.set(i, new TinYear(y.taxYear(), y.tin(), y.lastFour(), y.accruals(), s, y.abatements()));
            }
        }
        for (UnconfirmedAbatement u : rec.unconfirmedAbatements()) {
            int i = indexOf(years, u.taxYear(), u.tinLast4());
            if (i < 0) {
                years.add(new TinYear(u.taxYear(), null, u.tinLast4(), null, null, List.of(u)));
            } else {
                TinYear y = years.get(i);
                List<UnconfirmedAbatement> notes = new ArrayList<>(y.abatements());
                notes.add(u);
                years.set(i, new TinYear(y.taxYear(), y.tin(), y.lastFour(), y.accruals(), y.statute(), List.copyOf(notes)));
            }
        }
        years.sort(Comparator.comparingInt(TinYear::taxYear).thenComparing(TinYear::lastFour));
        return years;
    }

    private static int indexOf(List<TinYear> years, int taxYear, String lastFour) {
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).taxYear() == taxYear && Objects.equals(years.get(i).lastFour(), lastFour)) {
                return i;
            }
        }
        return -1;
    }
}
