package io.taxrecon.core.accruals;

import java.math.BigDecimal;
import java.util.List;

/**
 * A penalty computed month by month.
 *
 * @param total unrounded
 * @param minimumApplied FTF only: the 60-day minimum that replaced the monthly sum, or null when it did not apply
 */
public record PenaltyResult(BigDecimal total, List<PenaltyMonth> months, BigDecimal minimumApplied) {

    public PenaltyResult {
        months = List.copyOf(months);
    }

    static PenaltyResult none() {
        return new PenaltyResult(BigDecimal.ZERO, List.of(), null);
    }
}
