package io.taxrecon.core.accruals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One month of a failure-to-file or failure-to-pay penalty, as the workbook shows it.
 *
 * @param index month k (FTP counts from 0 at the original due date; FTF from 1 at the filing due date)
 * @param base the tax the rate applies to (FTP: unpaid tax on {@code start}; FTF: tax unpaid by the original due date)
 * @param ratePercent the month's rate, in percent
 * @param offset what reduced the charge (FTF: that month's FTP; FTP: the part cut by the 25% cap), zero when none
 * @param charge what the month adds, unrounded
 */
public record PenaltyMonth(int index, LocalDate start, BigDecimal base, BigDecimal ratePercent, BigDecimal offset,
                           BigDecimal charge) {
}
