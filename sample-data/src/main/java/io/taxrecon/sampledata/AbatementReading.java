package io.taxrecon.sampledata;

import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generator's own reading of FIRST_TIME_ABATEMENT (penalties-rules.md) over a client's
 * transcript lines: per TIN, the earliest tax year with failure-to-file and/or failure-to-pay
 * assessed and not abated whose three preceding years each have a TC 150 and no penalty left
 * unabated but the estimated-tax penalty. Never the engine's code: it is what the truth is.
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

    static List<TruthRow> findings(String clientId, List<TranscriptLine> lines) {
        Map<String, Map<Integer, Penalties>> byTin = new TreeMap<>();
        for (TranscriptLine t : lines) {
            byTin.computeIfAbsent(t.tin(), k -> new TreeMap<>()).merge(t.taxYear(), of(t), AbatementReading::plus);
        }
        List<TruthRow> rows = new ArrayList<>();
        for (Map<Integer, Penalties> years : byTin.values()) {
            for (Map.Entry<Integer, Penalties> e : years.entrySet()) {
                if (e.getValue().any() && eligible(years, e.getKey())) {
                    rows.add(new TruthRow(clientId, e.getKey(), TruthRow.FIRST_TIME_ABATEMENT, e.getValue().reference(),
                            e.getValue().total()));
                    break; // only the earliest eligible year of a TIN
                }
            }
        }
        return rows;
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
