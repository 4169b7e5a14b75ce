package io.taxrecon.sampledata.model;

import io.taxrecon.core.findings.FindingType;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * One planted finding, keyed as findings.csv keys it.
 *
 * @param difference null where RULES.md says the column is blank
 */
public record TruthRow(
        String clientId, int taxYear, FindingType type, String reference, BigDecimal difference)
        implements Comparable<TruthRow> {

    /** truth.csv order: client, year, finding type name, reference (all as text, client ids padded). */
    private static final Comparator<TruthRow> ORDER = Comparator.comparing(TruthRow::clientId)
            .thenComparingInt(TruthRow::taxYear)
            .thenComparing(r -> r.type().name())
            .thenComparing(TruthRow::reference);

    @Override
    public int compareTo(TruthRow o) {
        return ORDER.compare(this, o);
    }
}
