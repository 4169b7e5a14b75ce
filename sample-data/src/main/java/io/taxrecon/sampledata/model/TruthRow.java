package io.taxrecon.sampledata.model;

import io.taxrecon.core.findings.FindingType;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * One planted finding, keyed as findings.csv keys it.
 *
 * @param type the finding_type as findings.csv spells it: a {@link FindingType} name, or one the
 *     contract has that core's enum may not have yet ({@code FIRST_TIME_ABATEMENT}, {@code COLLECTION_STATUTE})
 * @param difference null where RULES.md says the column is blank
 */
public record TruthRow(
        String clientId, int taxYear, String type, String reference, BigDecimal difference)
        implements Comparable<TruthRow> {

    /** The finding_type of First-Time Abatement findings (SPEC.md, issue 12). */
    public static final String FIRST_TIME_ABATEMENT = "FIRST_TIME_ABATEMENT";
    /** The finding_type of collection statute findings (SPEC.md, issue 12). */
    public static final String COLLECTION_STATUTE = "COLLECTION_STATUTE";

    public TruthRow(String clientId, int taxYear, FindingType type, String reference, BigDecimal difference) {
        this(clientId, taxYear, type.name(), reference, difference);
    }

    /** True when this row is of the given core finding type. */
    public boolean is(FindingType t) {
        return type.equals(t.name());
    }

    /** truth.csv order: client, year, finding type name, reference (all as text, client ids padded). */
    private static final Comparator<TruthRow> ORDER = Comparator.comparing(TruthRow::clientId)
            .thenComparingInt(TruthRow::taxYear)
            .thenComparing(TruthRow::type)
            .thenComparing(TruthRow::reference);

    @Override
    public int compareTo(TruthRow o) {
        return ORDER.compare(this, o);
    }
}
