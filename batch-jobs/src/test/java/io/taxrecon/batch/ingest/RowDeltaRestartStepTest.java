package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.staging.RowLoader;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.formats.inbox.InboxScanner;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A re-exported file's load that fails part way (the database gone at its second chunk) is
 * restarted and ends with the staged view, counts and kept row identities of an uninterrupted
 * load: the first pass runs whole again and finds the same, the chunks already committed are not
 * staged twice.
 */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
@TestPropertySource(properties = "taxrecon.ingest-chunk-size=2")
class RowDeltaRestartStepTest {

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InputFileLedger ledger;
    @MockitoSpyBean
    RowLoader rowLoader;

    @Test
    void aReExportKilledMidFileAndRestartedStagesWhatAnUninterruptedLoadWould() throws Exception {
        LocalDate night1 = LocalDate.of(2032, 8, 1);
        LocalDate night2 = night1.plusDays(1);
        String name = "payments-rowdelta-restart.csv";
        Path first = RowDeltaIngestStepTest.inbox("rowdelta-restart-1", name,
                RowDeltaIngestStepTest.HEADER + RowDeltaIngestStepTest.NIGHT_1_ROWS.replace("P", "R"));
        Path second = RowDeltaIngestStepTest.inbox("rowdelta-restart-2", name,
                RowDeltaIngestStepTest.HEADER + RowDeltaIngestStepTest.NIGHT_2_ROWS.replace("P", "R"));
        String sha2 = InboxScanner.sha256(second.resolve(name));
        assertThat(step("scanInbox", parameters(night1, 1, first))).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step("ingestFiles", parameters(night1, 2, first))).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step("scanInbox", parameters(night2, 3, second))).isEqualTo(BatchStatus.COMPLETED);

        AtomicInteger loads = new AtomicInteger();
        doAnswer(call -> {
            if (loads.incrementAndGet() == 2) {
                throw new SQLException("the database went away");
            }
            return call.callRealMethod();
        }).when(rowLoader).load(any(), any(), any());
        assertThat(step("ingestFiles", parameters(night2, 4, second))).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.queryForList("select payment_id from payment where file_sha = ?", String.class, sha2))
                .as("the first chunk (two rows to stage: inherited rows are never read into a chunk) committed "
                        + "before the failure").containsExactly("R2", "R6");
        reset(rowLoader);
        assertThat(step("ingestFiles", parameters(night2, 4, second))).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("select payment_id || ':' || amount || ':' || line from payment where "
                + "file_name = ? and " + RunScope.of(night2).rows() + " order by line", String.class, name))
                .containsExactly("R1:100.00:2", "R2:11.00:3", "R3:30.00:4", "R6:60.00:6", "R7:70.00:7", "R8:80.00:8");
        assertThat(jdbc.queryForList("select payment_id from payment where file_sha = ? order by line", String.class,
                sha2)).containsExactly("R2", "R6", "R7", "R8");
        assertThat(jdbc.queryForList("select payment_id || ':' || line from payment where file_name = ? and "
                + RunScope.of(night1).rows() + " order by line", String.class, name))
                .containsExactly("R1:2", "R2:3", "R3:4", "R5:6", "R6:7", "R7:8");
        assertThat(ledger.deltaCounts(sha2)).containsExactly(3, 4);
        assertThat(ledger.counts(sha2, night2)).containsExactly(6, 1);
        assertThat(jdbc.queryForObject("select rows_loaded || '/' || rows_rejected from input_file where file_sha = ?",
                String.class, sha2)).as("the counts the rejected-share check judged").isEqualTo("6/1");
        assertThat(RowDeltaIngestStepTest.identities(jdbc, sha2)).as("each row's identity kept once, restart or not")
                .containsExactly("2:C1", "3:C2", "4:C1", "5:C1:rejected", "6:C5", "7:C5", "8:C5");
    }

    private static JobParameters parameters(LocalDate night, long attempt, Path inbox) {
        return NightlyRun.parameters(night, attempt, inbox, inbox.resolveSibling("rowdelta-restart-out"));
    }

    private BatchStatus step(String name, JobParameters parameters) {
        return jobs.startStep(name, parameters, new ExecutionContext()).getStepExecutions().iterator().next().getStatus();
    }
}
