package io.taxrecon.core.accruals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A run of days with one rate and one pool movement at most at its start, as the workbook shows it:
 * a new period begins when the quarter's rate changes, the year's day count changes, or a
 * transaction moved the pool the day before.
 *
 * @param from first day charged
 * @param to last day charged
 * @param dayBasis 365 or 366
 * @param poolAtStart the pool at the end of the day before {@code from} (unpaid tax plus interest accrued)
 * @param interest the period's interest, unrounded
 */
public record InterestPeriod(LocalDate from, LocalDate to, long days, BigDecimal ratePercent, int dayBasis,
                             BigDecimal poolAtStart, BigDecimal interest) {
}
