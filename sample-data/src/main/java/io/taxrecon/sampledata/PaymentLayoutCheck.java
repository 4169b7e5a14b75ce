package io.taxrecon.sampledata;

import io.taxrecon.sampledata.model.PaymentRecord;
import io.taxrecon.sampledata.model.TranscriptLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Guards the generator's own layout, not the engine's logic: a client is accepted only if every
 * payment's matching window (P-5 .. P+30) can see no IRS credit but the ones planted for it, and
 * every reversal can belong to one credit only. Under that condition each planted payment outcome
 * is the only possible one, whatever order an engine takes payments or steps in. A rejected
 * client is rebuilt from another random stream.
 */
final class PaymentLayoutCheck {

    /** A client payment and the credits (transcript lines) planted for it, by identity. */
    record PlannedPayment(PaymentRecord record, List<TranscriptLine> credits) {
        PlannedPayment(PaymentRecord record) {
            this(record, new ArrayList<>());
        }
    }

    private PaymentLayoutCheck() {}

    static boolean unambiguous(List<PlannedPayment> payments, List<TranscriptLine> txns, String primary, String spouse) {
        for (PlannedPayment p : payments) {
            PaymentRecord pay = p.record();
            LocalDate from = pay.date().minusDays(5);
            LocalDate to = pay.date().plusDays(30);
            for (TranscriptLine t : txns) {
                if (!TransactionCodes.isRemittance(t.code()) || t.date().isBefore(from) || t.date().isAfter(to)) {
                    continue;
                }
                boolean own = containsSame(p.credits(), t);
                if (t.tin().equals(pay.tin()) && t.taxYear() == pay.taxYear()) {
                    // Same account: exact, split, duplicate and amount-mismatch candidates.
                    if (!own) {
                        return false;
                    }
                } else if (t.amount().compareTo(pay.amount()) == 0 && !own
                        && (t.tin().equals(pay.tin()) || t.taxYear() == pay.taxYear())) {
                    // Another year of the same TIN, or another TIN of the same year: misapplied candidates.
                    return false;
                }
            }
        }
        for (TranscriptLine reversal : txns) {
            if (!TransactionCodes.isRemittanceReversal(reversal.code())) {
                continue;
            }
            int candidates = 0;
            for (TranscriptLine t : txns) {
                if (TransactionCodes.isRemittance(t.code()) && t.tin().equals(reversal.tin())
                        && t.taxYear() == reversal.taxYear() && t.amount().compareTo(reversal.amount()) == 0
                        && !t.date().isAfter(reversal.date()) && !t.date().isBefore(reversal.date().minusDays(180))) {
                    candidates++;
                }
            }
            if (candidates != 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsSame(List<TranscriptLine> list, TranscriptLine t) {
        for (TranscriptLine x : list) {
            if (x == t) {
                return true;
            }
        }
        return false;
    }
}
