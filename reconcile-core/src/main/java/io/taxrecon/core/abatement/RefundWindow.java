package io.taxrecon.core.abatement;

import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether an abatement of a TIN-year can still help on the run date (IRC 6511(a)): it still owes
 * more than 1.00 and its latest CSED is on or after the run date (IRC 6502: still collectible), or
 * a refund claim is still open, its last credit being at most 2 years old or its
 * return (TC 150) at most 3 years old. A penalty paid off long ago can no longer be refunded.
 *
 * @param reason what keeps the year open: OWED, PAID or FILED
 * @param balance the balance on the run date
 * @param date the last credit's date (PAID) or the return's (FILED); null when OWED
 */
record RefundWindow(Reason reason, BigDecimal balance, LocalDate date) {

    /** What keeps a year within reach of an abatement, in the order it is checked. */
    enum Reason { OWED, PAID, FILED }

    /** Above this the year still owes; at or below it the balance counts as paid (issue 12 addendum). */
    static final BigDecimal OWING = BigDecimal.ONE;
    static final int PAYMENT_YEARS = 2;
    static final int FILING_YEARS = 3;

    /**
     * The window that keeps the year open, or empty when an abatement could no longer help;
     * {@code latestCsed} is the latest CSED of the year's assessments, null when it has none.
     */
    static Optional<RefundWindow> of(AccountBalance account, Tin tin, int year, List<TranscriptTransaction> filings,
                                     LocalDate latestCsed, LocalDate runDate) {
        BigDecimal balance = account.balance(tin, year, runDate);
        // a balance past its statute can no longer be collected, so abating it helps nobody (addendum 2)
        boolean collectible = latestCsed != null && !latestCsed.isBefore(runDate);
        if (collectible && balance != null && balance.compareTo(OWING) > 0) {
            return Optional.of(new RefundWindow(Reason.OWED, balance, null));
        }
        // lines dated after the run date are not on the record yet, as for the balance
        Optional<LocalDate> lastCredit = account.days(tin, year).stream()
                .filter(d -> d.credits() > 0 && !d.date().isAfter(runDate))
                .map(AccountBalance.Day::date).reduce((a, b) -> b);
        if (lastCredit.isPresent() && !lastCredit.get().isBefore(runDate.minusYears(PAYMENT_YEARS))) {
            return Optional.of(new RefundWindow(Reason.PAID, balance, lastCredit.get()));
        }
        Optional<LocalDate> filed = filings.stream().map(TranscriptTransaction::transactionDate)
                .filter(d -> !d.isAfter(runDate)).max(LocalDate::compareTo);
        if (filed.isPresent() && !filed.get().isBefore(runDate.minusYears(FILING_YEARS))) {
            return Optional.of(new RefundWindow(Reason.FILED, balance, filed.get()));
        }
        return Optional.empty();
    }
}
