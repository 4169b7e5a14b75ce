package io.taxrecon.batch.staging;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.core.clients.Client;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.ingest.Rejection;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.transcriptfiles.AccountFigures;
import io.taxrecon.core.transcriptfiles.AccountHeader;
import io.taxrecon.core.transcriptfiles.TranscriptProduct;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each staged table binds a record into its row and maps the row back into the same record. */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class StagedTablesTest {

    static final Tin TIN = Tin.of("123456789");
    static final LocalDate DAY = LocalDate.of(2025, 4, 15);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void everyKindOfRecordReadsBackFromItsTableAsItWasStaged() {
        assertRoundTrip(StagedTables.CLIENTS, new Client("RT-C1", "Jane Doe", TIN, "John Doe", Tin.of("987654321"),
                "amy", new SourceRef("clients.xlsx", "clients", 2)));
        assertRoundTrip(StagedTables.NOTICES, new Notice("RT-N1", "RT-C1", TIN, 2024, "CP14", DAY, money("812.40"),
                "1040", DAY.plusDays(21), money("700.00"), money("70.00"), money("42.40"), null,
                new SourceRef("notices.csv", "", 3)));
        assertRoundTrip(StagedTables.IRS_TRANSACTIONS, new TranscriptTransaction("RT-T1", "RT-C1", TIN, 2024, "610",
                DAY, money("-500.00"), "Payment with return", "20251605", new SourceRef("irs_transactions.csv", "", 4)));
        assertRoundTrip(StagedTables.INFORMATION_RETURNS, new InformationReturn("RT-D1", "RT-C1", TIN, 2024,
                FormType.W2, "Acme Corp", Tin.of("112223333"), "1", money("52000.00"), InformationReturn.Origin.IRS,
                true, new SourceRef("information_returns.csv", "", 5)));
        assertRoundTrip(StagedTables.RETURN_LINES, new ReturnLine("RT-C1", TIN, 2024, "1a", Category.WAGES,
                money("52000.00"), "1040", new SourceRef("return_lines.csv", "", 6)));
        assertRoundTrip(StagedTables.PAYMENTS, new Payment("RT-P1", "RT-C1", TIN, 2024, DAY, money("500.00"), "EFTPS",
                "estimated", "CONF-1", "1040", new SourceRef("payments.csv", "", 7)));
        assertRoundTrip(StagedTables.REJECTED_ROWS, new Rejection(new SourceRef("payments.csv", "", 8), "RT-C1",
                "amount", "abc", "not an amount"));
        assertRoundTrip(StagedTables.INFORMATION_RETURNS, new InformationReturn("RT-D2", "RT-C1", TIN, 2024,
                FormType.F1099_NEC, "SMIT", Tin.lastFourOnly("5555"), "1", money("7500.00"),
                InformationReturn.Origin.IRS, true, new SourceRef("RT-C1_WAID.pdf", "page 2", 13)));
        assertRoundTrip(StagedTables.ACCOUNT_HEADERS, new AccountHeader("RT-C1", TIN, 2024, "1040",
                TranscriptProduct.ACCOUNT_TRANSCRIPT, null, new AccountFigures(money("1250.40"), money("42.17"),
                        money("18.90"), DAY, money("1311.47"), money("52310.00"), null, money("4412.00"), DAY),
                new SourceRef("RT-C1_ACTR.pdf", "page 1", 17)));
    }

    @Test
    void aLoadedRowGoesToItsKindsTableAndARejectedRowToTheRejectedRows() {
        Payment payment = new Payment("P", "C", TIN, 2024, DAY, money("1.00"), null, null, null, null,
                new SourceRef("payments.csv", "", 2));
        Rejection rejection = new Rejection(new SourceRef("payments.csv", "", 3), "C", "amount", "x", "not an amount");
        assertThat(StagedTables.holding(new NormalisedRow.Loaded(payment))).isSameAs(StagedTables.PAYMENTS);
        assertThat(StagedTables.holding(new NormalisedRow.Rejected(rejection))).isSameAs(StagedTables.REJECTED_ROWS);
        assertThat(StagedTables.of(InputKind.RETURN_LINES)).isSameAs(StagedTables.RETURN_LINES);
        assertThat(StagedTables.RETURN_LINES.lineColumn()).isEqualTo("line_no");
    }

    @Test
    void theIndexesToRebuildAreThoseTheMigrationsCreated() throws Exception {
        Map<String, Map<String, List<String>>> indexes = new java.util.LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (StagedTable<?> table : StagedTables.all()) {
                indexes.put(table.name(), StagingIndexes.secondaryIndexes(connection, table.name()));
            }
        }
        assertThat(indexes).containsExactly(
                Map.entry("client", Map.of("CLIENT_BY_ID", List.of("CLIENT_ID"))),
                Map.entry("notice", Map.of("NOTICE_BY_CLIENT", List.of("CLIENT_ID"))),
                Map.entry("irs_transaction", Map.of("IRS_TRANSACTION_BY_CLIENT", List.of("CLIENT_ID"),
                        "IRS_TRANSACTION_BY_TIN", List.of("TIN"))),
                Map.entry("information_return", Map.of("INFORMATION_RETURN_BY_CLIENT", List.of("CLIENT_ID"))),
                Map.entry("return_line", Map.of("RETURN_LINE_BY_CLIENT", List.of("CLIENT_ID"))),
                Map.entry("payment", Map.of("PAYMENT_BY_CLIENT", List.of("CLIENT_ID"))),
                Map.entry("transcript_account", Map.of("TRANSCRIPT_ACCOUNT_BY_CLIENT", List.of("CLIENT_ID"))),
                Map.entry("rejected_row", Map.of("REJECTED_ROW_BY_FILE", List.of("FILE_SHA"),
                        "REJECTED_ROW_BY_CLIENT", List.of("CLIENT_ID"))));

        StagingIndexes.rebuildAfterCrash(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(StagingIndexes.secondaryIndexes(connection, "irs_transaction"))
                    .containsOnlyKeys("IRS_TRANSACTION_BY_CLIENT", "IRS_TRANSACTION_BY_TIN");
        }
    }

    private <T> void assertRoundTrip(StagedTable<T> table, T record) {
        String sha = "7".repeat(64);
        jdbc.update(table.insertSql(), table.bind(record, sha));
        List<T> read = jdbc.query("select * from " + table.name() + " where file_sha = ? and client_id = 'RT-C1'",
                table, sha);
        assertThat(read).containsExactly(record);
        jdbc.update("delete from " + table.name() + " where file_sha = ?", sha);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
