package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.RunScope;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The client ranges reconcile is partitioned by, and the reader that walks one range a batch at a time. */
class ClientRangesTest {

    static final String SHA = "a".repeat(64);

    JdbcTemplate jdbc;

    @BeforeEach
    void stagingStoreWithTenClients() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        // the staging store as the product builds it: every common migration, in order
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into input_file (file_sha, file_name, kind, loaded_on, status) values (?,?,?,?,?)",
                SHA, "clients.csv", "clients", LocalDate.of(2026, 11, 23), "LOADED");
        for (int i = 0; i < 10; i++) {
            jdbc.update("insert into client (client_id, name, tin, file_sha, file_name, sheet, line) "
                    + "values (?,?,?,?,?,?,?)", "C" + i, "Client " + i, "10000000" + i, SHA, "clients.csv", "", i + 2);
        }
    }

    @Test
    void theRangesCoverEveryClientOnceWithTheirCounts() {
        Map<String, ExecutionContext> ranges = new ClientRangePartitioner(jdbc, RunScope.everything()).partition(3);

        assertThat(ranges).hasSize(3);
        List<String> seen = new ArrayList<>();
        long counted = 0;
        for (ExecutionContext range : ranges.values()) {
            ClientBatchReader reader = reader(range, 2);
            reader.open(new ExecutionContext());
            List<String> ids = readAll(reader);
            assertThat(ids).hasSize((int) range.getLong(ClientRangePartitioner.CLIENT_COUNT));
            seen.addAll(ids);
            counted += range.getLong(ClientRangePartitioner.CLIENT_COUNT);
        }
        assertThat(seen).containsExactly("C0", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
        assertThat(counted).isEqualTo(10);
    }

    @Test
    void moreRangesThanClientsGivesOneRangePerClient() {
        assertThat(new ClientRangePartitioner(jdbc, RunScope.everything()).partition(50)).hasSize(10);
    }

    @Test
    void aRestartedReaderResumesAfterTheLastClientItSaved() {
        ClientBatchReader first = new ClientBatchReader(jdbc, RunScope.everything(), new ClientRecordsAssembler(jdbc, RunScope.everything()), null, null, 3);
        ExecutionContext saved = new ExecutionContext();
        first.open(saved);
        first.read();
        first.read();
        first.read();
        first.read();
        first.update(saved); // the commit after four clients; then the process dies

        ClientBatchReader restarted = new ClientBatchReader(jdbc, RunScope.everything(), new ClientRecordsAssembler(jdbc, RunScope.everything()), null, null, 3);
        restarted.open(saved);
        assertThat(readAll(restarted)).containsExactly("C4", "C5", "C6", "C7", "C8", "C9");
    }

    @Test
    void aClientStagedTwiceIsReadOnceAndTheBatchesStillCoverEveryClient() {
        // C3 exported again in a second clients file: two staged rows, one client
        String later = "b".repeat(64);
        jdbc.update("insert into input_file (file_sha, file_name, kind, loaded_on, status) values (?,?,?,?,?)",
                later, "clients-again.csv", "clients", LocalDate.of(2026, 11, 24), "LOADED");
        jdbc.update("insert into client (client_id, name, tin, file_sha, file_name, sheet, line) values (?,?,?,?,?,?,?)",
                "C3", "Client 3 renamed", "100000003", later, "clients-again.csv", "", 2);

        ClientBatchReader reader = new ClientBatchReader(jdbc, RunScope.everything(),
                new ClientRecordsAssembler(jdbc, RunScope.everything()), null, null, 2);
        reader.open(new ExecutionContext());
        List<ClientRecords> clients = new ArrayList<>();
        for (ClientRecords r = reader.read(); r != null; r = reader.read()) {
            clients.add(r);
        }

        assertThat(clients).extracting(r -> r.client().clientId())
                .containsExactly("C0", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
        assertThat(clients.get(3).client().name()).isEqualTo("Client 3 renamed");
    }

    @Test
    void transcriptLinesFiledUnderAnotherClientReachTheClientWhoseTinTheyBear() {
        // C7's TIN with its last two digits swapped, filed under C9: only visible by TIN
        jdbc.update("update client set tin = '100000098' where client_id = 'C9'");
        jdbc.update("insert into irs_transaction (transaction_id, client_id, tin, tax_year, transaction_code, "
                + "transaction_date, amount, file_sha, file_name, sheet, line) values (?,?,?,?,?,?,?,?,?,?,?)",
                "T1", "C9", "100000070", 2024, "670", LocalDate.of(2025, 3, 1), 100, SHA, "irs.csv", "", 2);

        ClientBatchReader reader = new ClientBatchReader(jdbc, RunScope.everything(), new ClientRecordsAssembler(jdbc, RunScope.everything()), null, "C9", 4);
        reader.open(new ExecutionContext());
        List<ClientRecords> clients = new ArrayList<>();
        for (ClientRecords r = reader.read(); r != null; r = reader.read()) {
            clients.add(r);
        }

        ClientRecords c7 = clients.stream().filter(r -> r.client().clientId().equals("C7")).findFirst().orElseThrow();
        assertThat(c7.transactions()).extracting(TranscriptTransaction::transactionId).containsExactly("T1");
        assertThat(clients).extracting(r -> r.client().clientId()).doesNotContain("C9");
    }

    private ClientBatchReader reader(ExecutionContext range, int batchSize) {
        return new ClientBatchReader(jdbc, RunScope.everything(), new ClientRecordsAssembler(jdbc, RunScope.everything()),
                range.containsKey(ClientRangePartitioner.FROM_CLIENT_ID)
                        ? range.getString(ClientRangePartitioner.FROM_CLIENT_ID) : null,
                range.containsKey(ClientRangePartitioner.TO_CLIENT_ID)
                        ? range.getString(ClientRangePartitioner.TO_CLIENT_ID) : null,
                batchSize);
    }

    private static List<String> readAll(ClientBatchReader reader) {
        List<String> ids = new ArrayList<>();
        for (ClientRecords r = reader.read(); r != null; r = reader.read()) {
            ids.add(r.client().clientId());
        }
        return ids;
    }
}
