package io.taxrecon.sampledata;

import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generator's own reading of FIRST_TIME_ABATEMENT (penalties-rules.md) over a client's
 * transcript lines: per TIN, the earliest tax year with failure-to-file and/or failure-to-pay
 * assessed and not abated whose three preceding years each have a TC 150 and no penalty left
 * unabated but the estimated-tax penalty, and where an abatement can still help (IRC 6511(a)): the
 * year still owes on the run date and is still collectible (its latest CSED, per {@link
 * StatuteReading}, on or after the run date), or its last credit is within 2 years of it, or its
 * return within 3. A year that cannot be helped is no finding and does not count as the earliest. Never the
 * engine's code: it is what the truth is.
 */
final class AbatementReading {

    static final Set<Integer> FTF = Set.of(160, 166);
    static final Set<Integer> FTF_ABATED = Set.of(161, 167);
    static final Set<Integer> FTP = Set.of(270, 276);
    static final Set<Integer> FTP_ABATED = Set.of(271, 277);
    // The estimated-tax penalty (TC 170/176) never stands in the way, and the generator writes no
    // other penalty code, so FTF and FTP are all a prior year is read for.

    private AbatementReading() {}

    /** The year's penalties as assessed net of abatements (magnitudes). */
    record Penalties(BigDecimal ftf, BigDecimal ftp, boolean filed) {

        boolean any() {
            return ftf.signum() > 0 || ftp.signum() > 0;
        }

        String reference() {
            return ftf.signum() > 0 && ftp.signum() > 0 ? "FTF+FTP" : ftf.signum() > 0 ? "FTF" : "FTP";
        }

        BigDecimal total() {
            return ftf.max(ClientDraft.ZERO).add(ftp.max(ClientDraft.ZERO));
        }
    }

    /** What the refund statute reads of a TIN-year: its balance on the run date, its last credit and latest return. */
    private record Refundable(BigDecimal balance, LocalDate lastCredit, LocalDate filed) {
        static final Refundable NONE = new Refundable(ClientDraft.ZERO, null, null);

        Refundable plus(TranscriptLine t, LocalDate runDate) {
            if (t.date().isAfter(runDate)) {
                return this;
            }
            boolean credit = TransactionCodes.isCredit(t.code());
            return new Refundable(credit ? balance.subtract(t.amount()) : balance.add(t.amount()),
                    credit ? latest(lastCredit, t.date()) : lastCredit, t.code() == 150 ? latest(filed, t.date()) : filed);
        }

        /** Still owes more than a dollar and is collectible, or paid within 2 years, or filed within 3 (IRC 6511(a)). */
        boolean canBeHelped(LocalDate runDate, boolean collectible) {
            return balance.compareTo(BigDecimal.ONE) > 0 && collectible
                    || lastCredit != null && !lastCredit.isBefore(runDate.minusYears(2))
                    || filed != null && !filed.isBefore(runDate.minusYears(3));
        }

        private static LocalDate latest(LocalDate a, LocalDate b) {
            return a == null || b.isAfter(a) ? b : a;
        }
    }

    static List<TruthRow> findings(String clientId, List<TranscriptLine> lines, LocalDate runDate) {
        Map<String, Map<Integer, Penalties>> byTin = new TreeMap<>();
        Map<String, Map<Integer, Refundable>> refunds = new TreeMap<>();
        Map<String, Map<Integer, List<TranscriptLine>>> tinYears = new TreeMap<>();
        for (TranscriptLine t : lines) {
            tinYears.computeIfAbsent(t.tin(), k -> new TreeMap<>()).computeIfAbsent(t.taxYear(), k -> new ArrayList<>()).add(t);
            byTin.computeIfAbsent(t.tin(), k -> new TreeMap<>()).merge(t.taxYear(), of(t), AbatementReading::plus);
            Map<Integer, Refundable> years = refunds.computeIfAbsent(t.tin(), k -> new TreeMap<>());
            years.put(t.taxYear(), years.getOrDefault(t.taxYear(), Refundable.NONE).plus(t, runDate));
        }
        List<TruthRow> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Penalties>> tin : byTin.entrySet()) {
            Map<Integer, Penalties> years = tin.getValue();
            for (Map.Entry<Integer, Penalties> e : years.entrySet()) {
                // A year no abatement can help is passed over: a later year may still be the earliest.
                if (e.getValue().any() && eligible(years, e.getKey())
                        && refunds.get(tin.getKey()).get(e.getKey())
                                .canBeHelped(runDate, collectible(tinYears.get(tin.getKey()).get(e.getKey()), runDate))) {
                    rows.add(new TruthRow(clientId, e.getKey(), TruthRow.FIRST_TIME_ABATEMENT, e.getValue().reference(),
                            e.getValue().total()));
                    break; // only the earliest eligible year of a TIN
                }
            }
        }
        return rows;
    }

    /** The TIN-year's latest CSED (StatuteReading's reading of IRC 6502) is on or after the run date. */
    static boolean collectible(List<TranscriptLine> year, LocalDate runDate) {
        // Only the latest date matters here, not which assessment carries it (ids may not be given yet).
        return StatuteReading.cseds(year, runDate).stream().map(StatuteReading.Csed::csed)
                .anyMatch(csed -> !csed.isBefore(runDate));
    }

    /** Each of the three preceding years has a transcript, a filed return and no FTF or FTP left unabated. */
    static boolean eligible(Map<Integer, Penalties> years, int year) {
        for (int k = 1; k <= 3; k++) {
            Penalties prior = years.get(year - k);
            if (prior == null || !prior.filed() || prior.any()) {
                return false;
            }
        }
        return true;
    }

    private static Penalties of(TranscriptLine t) {
        BigDecimal a = t.amount();
        BigDecimal z = ClientDraft.ZERO;
        int c = t.code();
        return new Penalties(FTF.contains(c) ? a : FTF_ABATED.contains(c) ? a.negate() : z,
                FTP.contains(c) ? a : FTP_ABATED.contains(c) ? a.negate() : z, c == 150);
    }

    private static Penalties plus(Penalties a, Penalties b) {
        return new Penalties(a.ftf().add(b.ftf()), a.ftp().add(b.ftp()), a.filed() || b.filed());
    }
}
