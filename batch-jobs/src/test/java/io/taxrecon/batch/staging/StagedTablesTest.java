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
        for (StagedRecordExamples.Example<?> example : StagedRecordExamples.all()) {
            assertRoundTrip(example, (table, rows) -> jdbc.batchUpdate(table.insertSql(), rows));
        }
    }

    @Test
    void theIngestLoaderStagesEveryKindOfRecordAsItWas() {
        for (StagedRecordExamples.Example<?> example : StagedRecordExamples.all()) {
            assertRoundTrip(example, (table, rows) -> jdbc.execute((Connection c) -> {
                new BatchInsertRowLoader().load(c, table, rows);
                return null;
            }));
        }
    }

    @Test
    void indexesSetAsideForALoadIntoEmptyTablesAreAllBuiltAgain() throws Exception {
        Map<String, Map<String, List<String>>> before = indexesOfEveryTable();
        List<String> setAside = StagingIndexes.setAsideOnEmptyTables(jdbc);
        Map<String, Map<String, List<String>>> during = indexesOfEveryTable();
        for (String table : setAside) {
            assertThat(during.get(table)).as(table).isEmpty();
        }
        assertThat(StagingIndexes.buildMissing(jdbc)).isEqualTo(
                before.values().stream().mapToInt(Map::size).sum() - during.values().stream().mapToInt(Map::size).sum());
        assertThat(indexesOfEveryTable()).isEqualTo(before);
        assertThat(StagingIndexes.buildMissing(jdbc)).isZero();
    }

    private Map<String, Map<String, List<String>>> indexesOfEveryTable() throws Exception {
        Map<String, Map<String, List<String>>> indexes = new java.util.LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (StagedTable<?> table : StagedTables.all()) {
                indexes.put(table.name(), StagingIndexes.secondaryIndexes(connection, table.name()));
            }
        }
        return indexes;
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

    private <T> void assertRoundTrip(StagedRecordExamples.Example<T> example,
            java.util.function.BiConsumer<StagedTable<?>, List<Object[]>> load) {
        String sha = "7".repeat(64);
        StagedTable<T> table = example.table();
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(table.bind(example.record(), sha));
        load.accept(table, rows);
        List<T> read = jdbc.query("select * from " + table.name() + " where file_sha = ? and client_id = 'RT-C1'",
                table, sha);
        assertThat(read).as(table.name()).containsExactly(example.record());
        jdbc.update("delete from " + table.name() + " where file_sha = ?", sha);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
