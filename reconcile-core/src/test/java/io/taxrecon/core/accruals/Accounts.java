package io.taxrecon.core.accruals;

import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.time.LocalDate;

/** The accrual rules on a {@link Fixture}'s records, to any run date: one TIN-year at a time. */
final class Accounts {

    final Fixture f = new Fixture();

    /** A transcript line with a description (TC 971's installment agreement). */
    void described(String id, int year, String code, String date, String amount, String description) {
        f.transactions.add(new TranscriptTransaction(id, "C1", Fixture.CLIENT_TIN, year, code, Fixture.date(date),
                Fixture.money(amount), description, null, new SourceRef("irs_transactions.csv", "", 2)));
    }

    AccountTimeline timeline(int year) {
        return AccountTimeline.of(Fixture.CLIENT_TIN, year, f.transactions, f.notices,
                Fixture.CATALOGS.transactionCodes(), Fixture.CATALOGS.calendar());
    }

    /** The client's TIN-year computed to {@code runDate}, with no payment findings. */
    TaxYearAccruals accrue(int year, String runDate) {
        LocalDate run = Fixture.date(runDate);
        AccountBalance account = new AccountBalance(f.transactions, Fixture.CATALOGS.transactionCodes());
        AccrualRules rules = new AccrualRules(Fixture.CATALOGS.accruals(), Fixture.CATALOGS.transactionCodes(),
                Fixture.CATALOGS.calendar(), Fixture.CATALOGS.texts(), run);
        return rules.accrue("C1", timeline(year), account.transactionsOf(Fixture.CLIENT_TIN, year), java.util.List.of(),
                account.balance(Fixture.CLIENT_TIN, year, run), account);
    }
}
