package io.taxrecon.core.notices;

import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An IRS notice received for a client. {@code noticeCode} is in its normal form ("CP14",
 * "LT11", "LTR1058"); optional values are null when absent.
 */
public record Notice(
        String noticeId,
        String clientId,
        Tin tin,
        int taxYear,
        String noticeCode,
        LocalDate noticeDate,
        BigDecimal amountDue,
        String taxForm,
        LocalDate responseDueDate,
        BigDecimal tax,
        BigDecimal penalty,
        BigDecimal interest,
        BigDecimal paymentsCredited,
        SourceRef source) {
}
