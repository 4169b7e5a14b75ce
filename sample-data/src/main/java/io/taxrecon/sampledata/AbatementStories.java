package io.taxrecon.sampledata;

import io.taxrecon.sampledata.AbatementReading.Penalties;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The First-Time Abatement stories: runs of tax years just before the notice history (the story's
 * year 7 years before the run date's year with the default three years of history, never nearer
 * than the history nor farther than 9 years) whose returns were filed and paid, some with a
 * failure-to-file or failure-to-pay penalty. A penalty year is a finding only while an abatement can
 * still help (IRC 6511(a)): it still owes and is still collectible (its latest CSED on or after the
 * run date), or was paid off about 20 months before the run date; one paid off long ago, or owing
 * past every CSED (14 years back), is not. The owing years' CSEDs are more than 12 months away and
 * they have no notice, so the collection statute finds nothing in them.
 */
final class AbatementStories {

    private enum Kind { FTF, FTP, BOTH }

    /** How a penalty year ends: paid off soon after the charges, still owing, or paid off 20 months before the run date. */
    private enum Payoff { LONG_AGO, OWING, RECENT }

    private final OldYears w;

    AbatementStories(OldYears w) {
        this.w = w;
    }

    void write(PenaltyStory story) {
        // Before the oldest history year (runYear - 3 - historyYears), so no notice story shares it; at
        // most 9 years back, so that an owing year's latest CSED is more than 12 months away (no LOW statute).
        int y = w.runYear - 4 - Math.max(3, Math.min(5, w.d.historyYears));
        switch (story) {
            case FTA_CLEAN -> {
                clean(y - 3, y - 1);
                intend(y, penalized(y, kind(), Payoff.OWING));
            }
            case FTA_PAID_LONG_AGO -> {
                clean(y - 3, y - 1);
                penalized(y, kind(), Payoff.LONG_AGO);
            }
            case FTA_ESTIMATED_ONLY -> {
                int estimated = y - 1 - w.r.nextInt(3);
                for (int p = y - 3; p < y; p++) {
                    if (p == estimated) {
                        estimatedPenaltyOnly(p);
                    } else {
                        clean(p, p);
                    }
                }
                intend(y, penalized(y, kind(), Payoff.RECENT));
            }
            case FTA_TWO_ELIGIBLE -> {
                // The earlier year was paid off long ago: no abatement can help it, so the later one
                // (four years on, its three prior years clean) is the earliest eligible year.
                int first = y - 4;
                clean(first - 3, first - 1);
                penalized(first, kind(), Payoff.LONG_AGO);
                clean(first + 1, first + 3);
                intend(first + 4, penalized(first + 4, kind(), w.r.nextBoolean() ? Payoff.OWING : Payoff.RECENT));
            }
            case FTA_BROKEN -> {
                clean(y - 3, y - 3);
                penalized(y - 2, Kind.FTP, Payoff.LONG_AGO);
                clean(y - 1, y - 1);
                penalized(y, kind(), Payoff.OWING);
            }
            case FTA_MISSING_YEAR -> {
                int missing = y - 1 - w.r.nextInt(3);
                for (int p = y - 3; p < y; p++) {
                    if (p != missing) {
                        clean(p, p);
                    }
                }
                penalized(y, kind(), Payoff.OWING);
            }
            case FTA_PAST_CSED -> {
                // Owing, but assessed 13 years back: every CSED has passed, the IRS can no longer collect it.
                int old = w.runYear - 14;
                clean(old - 3, old - 1);
                penalized(old, kind(), Payoff.OWING);
            }
            case FTA_ABATED -> {
                clean(y - 3, y - 1);
                abated(y);
            }
            default -> throw new IllegalArgumentException(story.name());
        }
    }

    private Kind kind() {
        return Kind.values()[w.r.nextInt(Kind.values().length)];
    }

    private void intend(int year, Penalties p) {
        w.d.penaltyIntents.add(new PenaltyIntent(year, TruthRow.FIRST_TIME_ABATEMENT,
                p.reference(), p.total(), null));
    }

    /** Returns filed on time and paid in full with the return, for each year of [from, to]. */
    private void clean(int from, int to) {
        for (int y = from; y <= to; y++) {
            LocalDate assessed = onTime(y);
            BigDecimal tax = w.cents(800, 9_000);
            w.line(y, 150, assessed, tax);
            w.line(y, 610, assessed, tax);
        }
    }

    /** Filed on time and paid, with the estimated-tax penalty (TC 176) assessed and paid with it. */
    private void estimatedPenaltyOnly(int y) {
        LocalDate assessed = onTime(y);
        BigDecimal tax = w.cents(2_000, 12_000);
        BigDecimal penalty = w.cents(25, 350);
        w.line(y, 150, assessed, tax);
        w.line(y, 176, assessed, penalty);
        w.line(y, 610, assessed, tax.add(penalty));
    }

    /** Part paid with the return; FTF when filed late, FTP and interest charged later; then {@code payoff}. */
    private Penalties penalized(int y, Kind kind, Payoff payoff) {
        boolean late = kind != Kind.FTP;
        LocalDate due = LocalDate.of(y + 1, 4, 15);
        LocalDate assessed = late ? LocalDate.of(y + 1, 6, 1).plusDays(w.days(0, 120)) : onTime(y);
        BigDecimal tax = w.cents(3_000, 20_000);
        BigDecimal paid = w.share(tax, 0.2, 0.7);
        BigDecimal unpaid = tax.subtract(paid);
        w.line(y, 150, assessed, tax);
        w.line(y, 610, assessed, paid);
        BigDecimal ftf = ClientDraft.ZERO;
        if (late) {
            long months = Math.min(5, OldYears.monthsOrPart(due, assessed));
            ftf = rate(unpaid, (kind == Kind.BOTH ? 0.045 : 0.05) * months);
            w.line(y, 166, assessed, ftf);
        }
        // FTP runs from the due date: charged at least a month after it, so that it is never nothing.
        LocalDate charged = kind == Kind.FTF ? assessed.plusDays(w.days(20, 40)) : later(assessed, due).plusDays(w.days(30, 200));
        BigDecimal ftp = ClientDraft.ZERO;
        if (kind != Kind.FTF) {
            ftp = rate(unpaid, 0.005 * OldYears.monthsOrPart(due, charged));
            w.line(y, 276, charged, ftp);
        }
        w.line(y, 196, charged, w.share(unpaid, 0.01, 0.04));
        LocalDate settled = charged.plusDays(w.days(20, 120));
        switch (payoff) {
            case LONG_AGO -> w.payOff(y, settled);
            // Nothing paid since, or a part of it: either way more than a dollar is left owing.
            case OWING -> {
                if (w.r.nextBoolean()) {
                    w.line(y, 670, settled, w.share(w.balance(y, settled), 0.2, 0.7));
                }
            }
            case RECENT -> {
                // About 20 months back; a client paying every month pushes it anywhere in 16..23 months.
                LocalDate run = w.d.runDate;
                w.recentPayoff(y, run.minusMonths(20).plusDays(w.days(-25, 25)), run.minusMonths(23), run.minusMonths(16));
            }
            default -> throw new IllegalArgumentException(payoff.name());
        }
        return new Penalties(ftf, ftp, true);
    }

    /** An FTP charged and then abated in full (TC 277), the rest still owing: no penalty left to abate. */
    private void abated(int y) {
        LocalDate assessed = onTime(y);
        BigDecimal tax = w.cents(3_000, 20_000);
        BigDecimal unpaid = tax.subtract(w.share(tax, 0.2, 0.7));
        w.line(y, 150, assessed, tax);
        w.line(y, 610, assessed, tax.subtract(unpaid));
        LocalDate due = LocalDate.of(y + 1, 4, 15);
        LocalDate charged = later(assessed, due).plusDays(w.days(30, 200));
        BigDecimal ftp = rate(unpaid, 0.005 * OldYears.monthsOrPart(due, charged));
        w.line(y, 276, charged, ftp);
        w.line(y, 196, charged, w.share(unpaid, 0.01, 0.04));
        LocalDate abated = charged.plusDays(w.days(20, 60));
        w.line(y, 277, abated, ftp);
    }

    private LocalDate onTime(int y) {
        return LocalDate.of(y + 1, 2, 1).plusDays(w.days(0, 70));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static BigDecimal rate(BigDecimal base, double rate) {
        return base.multiply(BigDecimal.valueOf(rate)).setScale(2, RoundingMode.HALF_UP);
    }
}
