package io.taxrecon.sampledata;

import static io.taxrecon.sampledata.TinYearStory.RIGHT;

import io.taxrecon.sampledata.StatuteReading.Period;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The collection-statute stories: a tax year 10 to 13 years before the run date's year, assessed
 * (TC 150, then interest, TC 196) and left owing, whose collection was suspended by an offer, a
 * bankruptcy or a CDP hearing, so that the latest CSED (the interest's) lands where the story
 * needs it. The assessments are placed backwards from that target CSED.
 */
final class StatuteStories {

    static final String BANKRUPTCY = "Bankruptcy petition filed";
    static final String BANKRUPTCY_CLOSED = "Bankruptcy case closed";
    static final String CDP = "Collection due process (CDP) hearing requested";
    static final String CDP_CLOSED = "CDP hearing closed";

    /** One suspension as planned: opened {@code offset} days after the interest's assessment, for {@code days}. */
    private record Suspension(int code, String description, int offset, int days, int closing, String closingDescription) {}

    private final OldYears w;

    StatuteStories(OldYears w) {
        this.w = w;
    }

    void write(PenaltyStory story) {
        LocalDate run = w.d.runDate;
        switch (story) {
            case CS_LOW -> {
                Owed o = owedYear(offerAndBankruptcy(), run.plusDays(w.days(40, 320)));
                requireLow(o);
                intend(o);
            }
            case CS_THIRTEEN_MONTHS -> {
                Owed o = owedYear(offerAndCdp(), run.plusMonths(12).plusDays(w.days(20, 90)));
                if (!o.latestCsed.isAfter(run.plusMonths(12).plusDays(10))) {
                    throw new LayoutConflict();
                }
            }
            case CS_PAID -> {
                Owed o = owedYear(List.of(bankruptcy(w.days(300, 900))), run.plusDays(w.days(40, 320)));
                requireLow(o);
                w.payOff(o.year, o.lastClosed.plusMonths(6).plusDays(w.days(30, 200)));
            }
            case CS_HIGH -> {
                int offset = w.days(300, 900);
                Owed o = passedYear(new Suspension(520, CDP, offset, w.days(60, 250), 521, CDP_CLOSED));
                TinYearStory s = new TinYearStory(w.d, w.tin, o.year);
                s.notice("CP14", o.assessed.plusDays(w.days(35, 50)), null, RIGHT);
                LocalDate finalBill = run.minusDays(w.days(1, 15));
                s.notice("CP504", finalBill, finalBill.plusDays(30), RIGHT);
                s.write();
                intend(o);
            }
            case CS_PASSED_NO_NOTICE -> passedYear(bankruptcy(w.days(300, 900)));
            default -> throw new IllegalArgumentException(story.name());
        }
    }

    /** The year as written: its tax year, first assessment, the interest line (latest CSED) and that CSED. */
    private record Owed(int year, LocalDate assessed, TranscriptLine latest, LocalDate latestCsed, LocalDate lastClosed) {}

    private List<Suspension> offerAndBankruptcy() {
        int offer = w.days(300, 900);
        int offerDays = w.days(150, 400);
        return List.of(new Suspension(480, TransactionCodes.description(480), offer, offerDays, 481, TransactionCodes.description(481)),
                new Suspension(520, BANKRUPTCY, offer + w.days(30, offerDays - 20), w.days(90, 300), 521, BANKRUPTCY_CLOSED));
    }

    private List<Suspension> offerAndCdp() {
        int offer = w.days(300, 900);
        int offerDays = w.days(150, 400);
        return List.of(new Suspension(480, TransactionCodes.description(480), offer, offerDays, 481, TransactionCodes.description(481)),
                new Suspension(520, CDP, offer + w.days(30, offerDays - 20), w.days(60, 250), 521, CDP_CLOSED));
    }

    private Suspension bankruptcy(int offset) {
        return new Suspension(520, BANKRUPTCY, offset, w.days(90, 300), 521, BANKRUPTCY_CLOSED);
    }

    /** A year whose interest was assessed so that, with the suspensions, its CSED is about {@code target}. */
    private Owed owedYear(List<Suspension> suspensions, LocalDate target) {
        LocalDate interest = target.minusYears(10);
        for (int pass = 0; pass < 4; pass++) {
            long days = StatuteReading.suspendedDays(periods(suspensions, interest), interest);
            interest = target.minusDays(days).minusYears(10);
        }
        return written(suspensions, interest);
    }

    /** A year assessed 12-13 years before the run date's year, every CSED before the run date. */
    private Owed passedYear(Suspension suspension) {
        LocalDate assessed = LocalDate.of(w.runYear - 12, 2, 1).plusDays(w.days(0, 200));
        Owed o = written(List.of(suspension), assessed.plusDays(w.days(60, 200)));
        if (!o.latestCsed.isBefore(w.d.runDate.minusDays(30))) {
            throw new LayoutConflict();
        }
        return o;
    }

    private Owed written(List<Suspension> suspensions, LocalDate interest) {
        LocalDate assessed = interest.minusDays(w.days(60, 200));
        int year = assessed.getYear() - 1;
        if (year < w.runYear - 13 || year > w.runYear - 10) {
            throw new LayoutConflict();
        }
        BigDecimal tax = w.cents(4_000, 30_000);
        w.line(year, 150, assessed, tax);
        w.line(year, 610, assessed, w.share(tax, 0.1, 0.5));
        TranscriptLine latest = w.line(year, 196, interest, w.share(tax, 0.02, 0.08));
        LocalDate lastClosed = interest;
        for (Suspension s : suspensions) {
            LocalDate start = interest.plusDays(s.offset());
            LocalDate end = start.plusDays(s.days());
            w.line(year, s.code(), start, ClientDraft.ZERO, s.description());
            w.line(year, s.closing(), end, ClientDraft.ZERO, s.closingDescription());
            lastClosed = end.isAfter(lastClosed) ? end : lastClosed;
        }
        List<TranscriptLine> lines = new ArrayList<>();
        for (TranscriptLine t : w.d.txns) {
            if (t.tin().equals(w.tin) && t.taxYear() == year) {
                lines.add(t);
            }
        }
        LocalDate csed = StatuteReading.cseds(lines, w.d.runDate).stream().map(StatuteReading.Csed::csed)
                .max(LocalDate::compareTo).orElseThrow();
        return new Owed(year, assessed, latest, csed, lastClosed);
    }

    private static List<Period> periods(List<Suspension> suspensions, LocalDate interest) {
        List<Period> out = new ArrayList<>();
        for (Suspension s : suspensions) {
            LocalDate start = interest.plusDays(s.offset());
            LocalDate end = start.plusDays(s.days());
            out.add(new Period(start, s.code() == 480 ? end.plusDays(30) : StatuteReading.isCdp(s.description()) ? end : end.plusMonths(6)));
        }
        return out;
    }

    private void requireLow(Owed o) {
        LocalDate run = w.d.runDate;
        if (!o.latestCsed.isAfter(run.plusDays(10)) || o.latestCsed.isAfter(run.plusMonths(12).minusDays(10))) {
            throw new LayoutConflict();
        }
    }

    private void intend(Owed o) {
        w.d.penaltyIntents.add(new PenaltyIntent(o.year, TruthRow.COLLECTION_STATUTE, null,
                w.balance(o.year, w.d.runDate), o.latest));
    }
}
