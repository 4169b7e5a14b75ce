package io.taxrecon.core.accruals;

import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.notices.PaymentCharges;
import io.taxrecon.core.payments.PaymentMatch;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One client's accruals: a {@link TaxYearAccruals} per TIN-year with a TC 150 (year, then TIN, in
 * order), and the charges a single payment finding caused up to any date, which the notice bridge
 * asks for on each notice's date.
 */
public record ClientAccruals(List<TaxYearAccruals> years, BiFunction<PaymentMatch, LocalDate, BigDecimal> caused,
                             AccountBalance account) implements PaymentCharges {

    public ClientAccruals {
        years = List.copyOf(years);
    }

    /** No TIN-year computed: nothing caused. */
    public static ClientAccruals none() {
        return new ClientAccruals(List.of(), (m, d) -> BigDecimal.ZERO, null);
    }

    @Override
    public BigDecimal causedBy(PaymentMatch match, LocalDate upTo) {
        return caused.apply(match, upTo);
    }

    @Override
    public BigDecimal assessedCharges(Tin tin, int taxYear, LocalDate upTo) {
        if (account == null) {
            return BigDecimal.ZERO;
        }
        AssessedCharges assessed = AssessedCharges.of(account.transactionsOf(tin, taxYear).stream()
                .filter(t -> !t.transactionDate().isAfter(upTo)).toList());
        return assessed.ftp().add(assessed.interest());
    }

    /** The penalties.csv rows, in the order of {@link #years}. */
    public List<PenaltyFigures> figures() {
        return years.stream().map(TaxYearAccruals::figures).toList();
    }
}
