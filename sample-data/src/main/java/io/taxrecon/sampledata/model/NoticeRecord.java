package io.taxrecon.sampledata.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An IRS notice received for a client.
 *
 * @param code canonical code (CP14, LTR1058, ...); the writer picks how it is spelled
 * @param responseDue null when the notice gives no date and the catalog's days apply
 * @param tax null unless the notice breaks the amount down (then penalty, interest and
 *     paymentsCredited are set too)
 */
public record NoticeRecord(
        String noticeId,
        String tin,
        int taxYear,
        String code,
        LocalDate noticeDate,
        BigDecimal amountDue,
        LocalDate responseDue,
        BigDecimal tax,
        BigDecimal penalty,
        BigDecimal interest,
        BigDecimal paymentsCredited) {}
