package io.taxrecon.core.accruals;

import io.taxrecon.core.findings.FindingType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The failure-to-pay penalty and interest one payment finding caused, to the run date: the charges
 * on the IRS's credits less the charges with this payment's missing credit posted on its date.
 *
 * @param credit what the IRS should have credited (the payment, or a short credit's shortfall)
 * @param amount rounded to the cent
 */
public record CausedCharge(String paymentId, FindingType finding, LocalDate paymentDate, BigDecimal credit,
                           BigDecimal amount) {
}
