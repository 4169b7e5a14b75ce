package io.taxrecon.sampledata.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment from the client's own records. */
public record PaymentRecord(
        String paymentId,
        String tin,
        int taxYear,
        LocalDate date,
        BigDecimal amount,
        String method,
        String type,
        String confirmation) {}
