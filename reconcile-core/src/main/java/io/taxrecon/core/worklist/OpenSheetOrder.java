package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.ordering.NaturalOrder;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The order of the Open sheet: follow-ups that have come first (earliest date first), then what
 * the reviewer should act on, NEW before OPEN, each by urgency (severity HIGH to LOW, due date
 * soonest first with none last, the larger amount first, then client, tax year, type and
 * reference as a person reads them); dismissed rows and answered deadlines, out of the ranking,
 * close the sheet in the same order. Total, so the sheet reads the same every night.
 */
public final class OpenSheetOrder {

    private static final Comparator<WorklistRow> ORDER = Comparator
            .comparing((WorklistRow r) -> !r.followUpDue())
            .thenComparing(r -> r.followUpDue() ? r.entry().followUp() : null,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> !r.followUpDue() && !r.actionable())
            .thenComparing(r -> r.nightStatus() != NightStatus.NEW)
            .thenComparing(r -> r.finding().severity(), Comparator.nullsLast(Comparator.<Severity>naturalOrder()))
            .thenComparing(r -> r.finding().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.amount() == null ? null : r.amount().abs(),
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(r -> r.key().clientId(), NaturalOrder.INSTANCE)
            .thenComparingInt(r -> r.key().taxYear())
            .thenComparing(r -> r.key().findingType())
            .thenComparing(r -> r.key().reference(), NaturalOrder.INSTANCE);

    private OpenSheetOrder() {
    }

    /** The Open sheet's comparator. */
    public static Comparator<WorklistRow> comparator() {
        return ORDER;
    }
}
