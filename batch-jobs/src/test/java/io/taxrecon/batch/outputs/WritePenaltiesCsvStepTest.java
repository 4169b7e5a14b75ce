package io.taxrecon.batch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.NightlyRun;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import io.taxrecon.batch.staging.FindingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code writeRunOutputs} step writes the night's stored penalty figures, and only that night's, to penalties.csv. */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class WritePenaltiesCsvStepTest {

    static final LocalDate NIGHT = LocalDate.of(2031, 4, 5);
    static final String INSERT = "insert into penalty_figure (run_date, client_id, position, tax_year, tin_last4, filed,"
            + " tax_assessed, ftf_assessed, ftp_assessed, interest_assessed, ftf_computed, ftp_computed,"
            + " interest_computed, caused_by_findings, owed_today, csed) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FindingStore findings;

    /** The outputs step marks its night complete; the other step tests share this store and must not see a later night. */
    @AfterEach
    void forgetTheNight() {
        findings.forgetNight(NIGHT);
    }

    @Test
    void writesTheNightsPenaltyFiguresByClientThenPositionWithTwoDecimalsAndIsoDates() throws Exception {
        BigDecimal zero = new BigDecimal("0.00");
        jdbc.update(INSERT, NIGHT, "C2", 0, 2024, "4321", LocalDate.of(2025, 4, 1), new BigDecimal("900.00"), zero, zero,
                zero, zero, zero, zero, zero, zero, LocalDate.of(2035, 4, 1));
        jdbc.update(INSERT, NIGHT, "C1", 1, 2024, "6789", LocalDate.of(2025, 7, 10), new BigDecimal("10000.00"),
                new BigDecimal("540.00"), zero, new BigDecimal("50.00"), new BigDecimal("540.00"), new BigDecimal("80.00"),
                new BigDecimal("83.71"), new BigDecimal("12.30"), new BigDecimal("4703.71"), LocalDate.of(2035, 8, 14));
        jdbc.update(INSERT, NIGHT, "C1", 0, 2023, "6789", null, new BigDecimal("1.00"), zero, zero, zero, zero, zero,
                zero, zero, new BigDecimal("-5.00"), null);
        jdbc.update(INSERT, NIGHT.minusDays(1), "C1", 0, 2023, "6789", null, zero, zero, zero, zero, zero, zero, zero,
                zero, zero, null);
        Path out = TestFolders.create("penalties-csv-step");

        JobExecution execution = jobs.startStep("writeRunOutputs",
                NightlyRun.parameters(NIGHT, 1, out.resolve("inbox"), out), new ExecutionContext());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readAllLines(out.resolve(NIGHT.toString()).resolve(PenaltiesOutput.FILE_NAME))).containsExactly(
                "run_date,client_id,tax_year,tin_last4,filed,tax_assessed,ftf_assessed,ftp_assessed,interest_assessed,"
                        + "ftf_computed,ftp_computed,interest_computed,caused_by_findings,owed_today,csed",
                "2031-04-05,C1,2023,6789,,1.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,-5.00,",
                "2031-04-05,C1,2024,6789,2025-07-10,10000.00,540.00,0.00,50.00,540.00,80.00,83.71,12.30,4703.71,2035-08-14",
                "2031-04-05,C2,2024,4321,2025-04-01,900.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,2035-04-01");
    }
}
