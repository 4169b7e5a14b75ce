package io.taxrecon.sampledata;

import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generator's own reading of the collection statute (IRC 6502, penalties-rules.md) over a
 * client's transcript lines and notice log: each assessment's CSED (10 years plus the days an
 * offer, a CDP hearing or a bankruptcy suspended collection, overlaps counted once) and the
 * COLLECTION_STATUTE findings. Never the engine's code: it is what the truth is.
 */
final class StatuteReading {

    /** Assessment codes (the decisions' list): debits whose date starts a 10-year statute. */
    static final Set<Integer> ASSESSMENTS = Set.of(150, 290, 300, 160, 166, 170, 176, 270, 276, 196, 336, 340,
            180, 186, 234, 238, 240, 280, 286, 320);
    static final int OFFER = 480;
    static final Set<Integer> OFFER_CLOSED = Set.of(481, 482, 483);
    static final int LEGAL_ACTION = 520;
    static final Set<Integer> LEGAL_ACTION_CLOSED = Set.of(521, 522);

    /** A suspension: collection stopped on [start, end). */
    record Period(LocalDate start, LocalDate end) {}

    /** An assessment and its collection statute expiration date. */
    record Csed(TranscriptLine assessment, LocalDate csed) {}

    private StatuteReading() {}

    static boolean isCdp(String description) {
        String d = description == null ? "" : description.toLowerCase(Locale.ROOT);
        return d.contains("cdp") || d.contains("collection due process");
    }

    /** The suspension periods of one TIN-year's lines, each as [start, end + what the law adds). */
    static List<Period> suspensions(List<TranscriptLine> lines, LocalDate runDate) {
        List<TranscriptLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(TranscriptLine::date));
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TranscriptLine t = sorted.get(i);
            if (t.code() == OFFER) {
                LocalDate end = closing(sorted, i, OFFER_CLOSED);
                periods.add(new Period(t.date(), end == null ? runDate : end.plusDays(30)));
            } else if (t.code() == LEGAL_ACTION) {
                LocalDate end = closing(sorted, i, LEGAL_ACTION_CLOSED);
                boolean cdp = isCdp(t.description());
                periods.add(new Period(t.date(), end == null ? runDate : cdp ? end : end.plusMonths(6)));
            }
        }
        return periods;
    }

    /** Days of the union of the periods on or after {@code from}. */
    static long suspendedDays(List<Period> periods, LocalDate from) {
        List<Period> clipped = new ArrayList<>();
        for (Period p : periods) {
            LocalDate start = p.start().isBefore(from) ? from : p.start();
            if (p.end().isAfter(start)) {
                clipped.add(new Period(start, p.end()));
            }
        }
        clipped.sort(Comparator.comparing(Period::start));
        long days = 0;
        LocalDate covered = null;
        for (Period p : clipped) {
            LocalDate start = covered != null && covered.isAfter(p.start()) ? covered : p.start();
            if (p.end().isAfter(start)) {
                days += ChronoUnit.DAYS.between(start, p.end());
                covered = p.end();
            }
        }
        return days;
    }

    static List<Csed> cseds(List<TranscriptLine> lines, LocalDate runDate) {
        List<Period> periods = suspensions(lines, runDate);
        List<Csed> out = new ArrayList<>();
        for (TranscriptLine t : lines) {
            if (ASSESSMENTS.contains(t.code()) && t.amount().signum() > 0) {
                out.add(new Csed(t, t.date().plusYears(10).plusDays(suspendedDays(periods, t.date()))));
            }
        }
        return out;
    }

    /** The latest CSED; ties: the later assessment date, then the transaction id in natural order. */
    static Csed latest(List<Csed> cseds) {
        return cseds.stream().max(Comparator.comparing(Csed::csed).thenComparing(c -> c.assessment().date())
                .thenComparing((a, b) -> NaturalIds.compare(a.assessment().transactionId(), b.assessment().transactionId())))
                .orElseThrow();
    }

    static List<TruthRow> findings(String clientId, List<TranscriptLine> lines, List<NoticeRecord> notices, LocalDate runDate) {
        Map<String, List<TranscriptLine>> byTinYear = new TreeMap<>();
        for (TranscriptLine t : lines) {
            byTinYear.computeIfAbsent(t.tin() + "|" + t.taxYear(), k -> new ArrayList<>()).add(t);
        }
        NoticeLog log = new NoticeLog(notices, lines, runDate);
        List<TruthRow> rows = new ArrayList<>();
        for (List<TranscriptLine> year : byTinYear.values()) {
            TranscriptLine any = year.get(0);
            BigDecimal balance = NoticeLog.balanceOn(lines, any.tin(), any.taxYear(), runDate);
            List<Csed> cseds = cseds(year, runDate);
            if (balance.compareTo(BigDecimal.ONE) <= 0 || cseds.isEmpty()) {
                continue; // a year with no assessment has no statute to run out
            }
            Csed latest = latest(cseds);
            boolean allPassed = latest.csed().isBefore(runDate);
            boolean high = allPassed && openBill(log, notices, any.tin(), any.taxYear());
            boolean low = !high && latest.csed().isAfter(runDate) && !latest.csed().isAfter(runDate.plusMonths(12));
            if (high || low) {
                rows.add(new TruthRow(clientId, any.taxYear(), TruthRow.COLLECTION_STATUTE,
                        latest.assessment().transactionId(), balance));
            }
        }
        return rows;
    }

    private static boolean openBill(NoticeLog log, List<NoticeRecord> notices, String tin, int year) {
        for (NoticeRecord n : notices) {
            if (n.tin().equals(tin) && n.taxYear() == year
                    && NoticeCodes.find(n.code()).map(f -> f.stage().balance()).orElse(false)
                    && log.judge(n).status() == NoticeLog.Status.OPEN) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate closing(List<TranscriptLine> sorted, int from, Set<Integer> codes) {
        for (int j = from + 1; j < sorted.size(); j++) {
            if (codes.contains(sorted.get(j).code()) && sorted.get(j).date().isAfter(sorted.get(from).date())) {
                return sorted.get(j).date();
            }
        }
        return null;
    }
}
