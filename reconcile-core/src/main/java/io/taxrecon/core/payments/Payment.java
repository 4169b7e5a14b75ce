package io.taxrecon.core.payments;

import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment the client's own records say was made to the IRS. Optional values are null. */
public record Payment(
        String paymentId,
        String clientId,
        Tin tin,
        int taxYear,
        LocalDate paymentDate,
        BigDecimal amount,
        String method,
        String paymentType,
        String confirmationNumber,
        String taxForm,
        SourceRef source) {
}
