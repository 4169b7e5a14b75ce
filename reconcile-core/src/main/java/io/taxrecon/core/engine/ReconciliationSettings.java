package io.taxrecon.core.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The knobs of one run. The run date is a parameter, never the clock, so that a run is
 * reproducible.
 *
 * @param windowDaysBefore how many days before a payment an IRS credit may be dated (default 5)
 * @param windowDaysAfter how many days after a payment an IRS credit may be dated (default 30)
 * @param tolerance the amount within which whole-dollar return figures agree (default $1.00)
 * @param reversalDays how long after a credit a reversal still dishonours it (default 180)
 * @param deadlineSoonDays a response due within this many days (or overdue) is flagged (default 14)
 */
public record ReconciliationSettings(
        LocalDate runDate,
        int windowDaysBefore,
        int windowDaysAfter,
        BigDecimal tolerance,
        int reversalDays,
        int deadlineSoonDays) {

    public static ReconciliationSettings defaults(LocalDate runDate) {
        return new ReconciliationSettings(runDate, 5, 30, new BigDecimal("1.00"), 180, 14);
    }
}
