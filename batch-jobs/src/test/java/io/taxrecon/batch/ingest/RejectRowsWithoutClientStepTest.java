package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.staging.FileClients;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.core.clients.Client;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code rejectRowsWithoutClient} step alone: a night's rows whose client no clients file of that night names. */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class RejectRowsWithoutClientStepTest {

    static final LocalDate NIGHT = LocalDate.of(2031, 3, 6);
    static final String CLIENTS_SHA = "c".repeat(64);
    static final String PAYMENTS_SHA = "d".repeat(64);
    static final Tin TIN = Tin.of("123456789");

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rejectsThePaymentOfAnUnknownClientWithTheNightsDateAndARerunRejectsItOnce() {
        inInbox(0, CLIENTS_SHA, "clients.csv", "clients");
        inInbox(1, PAYMENTS_SHA, "payments.csv", "payments");
        jdbc.update(StagedTables.CLIENTS.insertSql(), StagedTables.CLIENTS.bind(
                new Client("RW-C1", "Jane Doe", TIN, null, null, null, new SourceRef("clients.csv", "", 2)), CLIENTS_SHA));
        stagePayment("RW-P1", "RW-C1", 2);
        stagePayment("RW-P2", "RW-C9", 3);

        List<StepExecution> first = stepsOf(1);
        List<StepExecution> again = stepsOf(2);

        assertThat(first).singleElement().satisfies(step -> {
            assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(step.getWriteCount()).isEqualTo(1);
        });
        assertThat(again).singleElement().satisfies(step -> assertThat(step.getWriteCount()).isEqualTo(1));
        assertThat(jdbc.queryForList("select file_name || ':' || line || ':' || client_id || ':' || column_name || ':' "
                + "|| bad_value || ':' || reason from rejected_row where run_date = ?", String.class, NIGHT))
                .containsExactly("payments.csv:3:RW-C9:client_id:RW-C9:no client with this client_id in any clients file");
        assertThat(jdbc.queryForObject("select count(*) from payment where file_sha = ?", Long.class, PAYMENTS_SHA))
                .as("the row stays staged: a clients file a night late makes it good").isEqualTo(2);
    }

    @Test
    void rejectsEveryRowOfAClientsFileThatArrivedWithoutItsClientsOneRejectPerRow() {
        LocalDate night = LocalDate.of(2031, 3, 9);
        String payments = "e".repeat(64);
        jdbc.update("insert into run_input (run_date, position, file_sha, file_name, kind, newly_loaded) "
                + "values (?, 0, ?, 'payments.csv', 'payments', true)", night, payments);
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1_300; i++) {
            // 1,200 unknown clients (more than one statement binds), the last hundred with a second row
            String client = "RW-U" + (i % 1_200);
            rows.add(StagedTables.PAYMENTS.bind(new Payment("RW-UP" + i, client, TIN, 2024, LocalDate.of(2025, 4, 15),
                    new BigDecimal("10.00"), null, null, null, null, new SourceRef("payments.csv", "", i + 2)), payments));
        }
        jdbc.batchUpdate(StagedTables.PAYMENTS.insertSql(), rows);
        new FileClients(jdbc).record(payments, rows.stream().map(StagedTables.PAYMENTS::clientIdOf).distinct().toList());

        StepExecution step = jobs.startStep("rejectRowsWithoutClient",
                NightlyRun.parameters(night, 1, Path.of("inbox"), Path.of("out")), new ExecutionContext())
                .getStepExecutions().iterator().next();

        assertThat(step.getWriteCount()).isEqualTo(1_300);
        assertThat(jdbc.queryForObject("select count(distinct line) from rejected_row where run_date = ?", Long.class,
                night)).isEqualTo(1_300);
    }

    /** Runs the step for the night (a list, not an execution: the test listeners take such methods for factories). */
    private List<StepExecution> stepsOf(long attempt) {
        return List.copyOf(jobs.startStep("rejectRowsWithoutClient",
                NightlyRun.parameters(NIGHT, attempt, Path.of("inbox"), Path.of("out")), new ExecutionContext())
                .getStepExecutions());
    }

    private void inInbox(int position, String sha, String name, String kind) {
        jdbc.update("insert into run_input (run_date, position, file_sha, file_name, kind, newly_loaded) "
                + "values (?, ?, ?, ?, ?, true)", NIGHT, position, sha, name, kind);
    }

    private void stagePayment(String id, String clientId, long line) {
        Payment payment = new Payment(id, clientId, TIN, 2024, LocalDate.of(2025, 4, 15), new BigDecimal("10.00"),
                null, null, null, null, new SourceRef("payments.csv", "", line));
        jdbc.update(StagedTables.PAYMENTS.insertSql(), StagedTables.PAYMENTS.bind(payment, PAYMENTS_SHA));
        new FileClients(jdbc).record(PAYMENTS_SHA, List.of(clientId)); // as the staging writer does
    }
}
