package io.taxrecon.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.values.Tin;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountBalanceTest {

    private static final Tin TIN = Fixture.CLIENT_TIN;
    private final Fixture f = new Fixture();

    private AccountBalance account() {
        return new AccountBalance(f.transactions, TransactionCodeCatalog.defaults());
    }

    @Test
    void theBalanceOnADateCountsTheTransactionsDatedOnOrBeforeIt() {
        f.tx("T1", 2024, "150", "2025-04-15", "3000.00");
        f.tx("T2", 2024, "670", "2025-05-01", "-1000.00");
        f.tx("T3", 2024, "196", "2025-06-01", "25.50");
        f.tx("T4", 2024, "999", "2025-04-20", "500.00"); // not in the catalog: evidence only
        AccountBalance account = account();
        assertThat(account.balance(TIN, 2024, LocalDate.of(2025, 4, 14))).isEqualByComparingTo("0.00");
        assertThat(account.balance(TIN, 2024, LocalDate.of(2025, 4, 15))).isEqualByComparingTo("3000.00");
        assertThat(account.balance(TIN, 2024, LocalDate.of(2025, 5, 1))).isEqualByComparingTo("2000.00");
        assertThat(account.balance(TIN, 2024, LocalDate.of(2025, 9, 1))).isEqualByComparingTo("2025.50");
    }

    @Test
    void aTinYearWithoutTransactionsHasNoBalanceAtAll() {
        f.tx("T1", 2024, "150", "2025-04-15", "3000.00");
        assertThat(account().balance(TIN, 2023, LocalDate.of(2025, 9, 1))).isNull();
        assertThat(account().balance(Fixture.SPOUSE_TIN, 2024, LocalDate.of(2025, 9, 1))).isNull();
        assertThat(account().hasTranscript(TIN, 2024)).isTrue();
    }

    @Test
    void theRunningSeriesHasOneDayPerPostingDateWithWhatItChargedAndCredited() {
        f.tx("T1", 2024, "150", "2025-04-15", "3000.00");
        f.tx("T2", 2024, "670", "2025-05-01", "1000.00");
        f.tx("T3", 2024, "670", "2025-05-01", "500.00");
        f.tx("T4", 2024, "276", "2025-05-01", "10.00");
        var days = account().days(TIN, 2024);
        assertThat(days).hasSize(2);
        assertThat(days.get(1).date()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(days.get(1).charged()).isEqualByComparingTo("10.00");
        assertThat(days.get(1).credited()).isEqualByComparingTo("1500.00");
        assertThat(days.get(1).credits()).isEqualTo(2);
        assertThat(days.get(1).balance()).isEqualByComparingTo("1510.00");
    }

    @Test
    void betweenCountsWhatPostedAfterTheFirstDateUpToTheSecond() {
        f.tx("T1", 2024, "150", "2025-04-15", "3000.00");
        f.tx("T2", 2024, "670", "2025-05-01", "1000.00");
        f.tx("T3", 2024, "196", "2025-06-01", "40.00");
        f.tx("T4", 2024, "670", "2025-07-01", "500.00");
        AccountBalance.Day since = account().between(TIN, 2024, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 1));
        assertThat(since.charged()).isEqualByComparingTo("40.00");
        assertThat(since.credited()).isEqualByComparingTo("500.00");
        assertThat(since.credits()).isEqualTo(1);
        assertThat(since.balance()).isEqualByComparingTo("1540.00");
    }
}
