package io.taxrecon.core.statutes;

import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.values.Tin;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The collection statute of one TIN-year: each assessment with its CSED, and every suspension the
 * transcript shows. The workbook's statute table and penalties.csv's {@code csed} column read it.
 */
public record YearStatute(Tin tin, int taxYear, List<AssessmentStatute> assessments, List<Suspension> suspensions) {

    /** The assessment that decides: the latest CSED; ties the later assessment date, then the first id in natural order. */
    static final Comparator<AssessmentStatute> DECIDING = Comparator.comparing(AssessmentStatute::csed)
            .thenComparing(AssessmentStatute::assessedOn)
            .thenComparing(AssessmentStatute::reference, NaturalOrder.INSTANCE.reversed());

    public YearStatute {
        assessments = List.copyOf(assessments);
        suspensions = List.copyOf(suspensions);
    }

    /** The assessment with the latest CSED; empty when the year has no assessment. */
    public Optional<AssessmentStatute> deciding() {
        return assessments.stream().max(DECIDING);
    }

    /** The latest CSED of the year's assessments (penalties.csv's csed); empty when it has none. */
    public Optional<LocalDate> latestCsed() {
        return deciding().map(AssessmentStatute::csed);
    }

    /** True when the year has assessments and every one of them is past its CSED on {@code date}. */
    public boolean expiredOn(LocalDate date) {
        return !assessments.isEmpty() && assessments.stream().allMatch(a -> a.csed().isBefore(date));
    }
}
