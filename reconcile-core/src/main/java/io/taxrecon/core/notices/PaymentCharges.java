package io.taxrecon.core.notices;

import io.taxrecon.core.payments.PaymentMatch;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the penalty and interest rules tell the notice bridge, so that it can net out what a payment finding caused. */
public interface PaymentCharges {

    /** No charges computed: the bridge nets nothing out. */
    PaymentCharges NONE = new PaymentCharges() {
        @Override
        public BigDecimal causedBy(PaymentMatch match, LocalDate upTo) {
            return BigDecimal.ZERO;
        }

        @Override
        public BigDecimal assessedCharges(Tin tin, int taxYear, LocalDate upTo) {
            return BigDecimal.ZERO;
        }
    };

    /** The failure-to-pay penalty and interest this payment's missing credit caused up to {@code upTo}, in cents. */
    BigDecimal causedBy(PaymentMatch match, LocalDate upTo);

    /** The FTP and interest the transcript assessed (net of abatements) on or before {@code upTo}. */
    BigDecimal assessedCharges(Tin tin, int taxYear, LocalDate upTo);
}
