package io.taxrecon.batch.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.reports.firmsummary.ClientSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code prepareRun} step alone: a night starts from nothing for its own date, and only its own. */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class PrepareRunStepTest {

    static final LocalDate NIGHT = LocalDate.of(2031, 3, 4);
    static final LocalDate OTHER_NIGHT = LocalDate.of(2031, 3, 3);

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    FindingStore findings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void forgetsTheNightsFindingsAndEmptiesItsOutputFolderButKeepsEveryOtherNight() throws IOException {
        findings.save(NIGHT, List.of(conclusion("C1")));
        findings.save(OTHER_NIGHT, List.of(conclusion("C1"), conclusion("C2")));
        Path out = TestFolders.create("prepare-step");
        Path night = Files.createDirectories(out.resolve(NIGHT.toString()).resolve("clients"));
        Files.writeString(night.resolve("C1.xlsx"), "an earlier attempt's workbook");
        Path otherNight = Files.createDirectories(out.resolve(OTHER_NIGHT.toString()));
        Files.writeString(otherNight.resolve("findings.csv"), "yesterday's findings");

        JobExecution execution = jobs.startStep("prepareRun",
                NightlyRun.parameters(NIGHT, 1, out.resolve("inbox"), out), new ExecutionContext());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rows("finding", NIGHT)).isZero();
        assertThat(rows("client_summary", NIGHT)).isZero();
        assertThat(rows("finding", OTHER_NIGHT)).isEqualTo(2);
        assertThat(rows("client_summary", OTHER_NIGHT)).isEqualTo(2);
        assertThat(out.resolve(NIGHT.toString())).doesNotExist();
        assertThat(otherNight.resolve("findings.csv")).hasContent("yesterday's findings");
    }

    private long rows(String table, LocalDate runDate) {
        return jdbc.queryForObject("select count(*) from " + table + " where run_date = ?", Long.class, runDate);
    }

    static FindingStore.Conclusion conclusion(String clientId) {
        Finding finding = new Finding(clientId, 2024, FindingType.UNPOSTED_PAYMENT, Severity.HIGH, "P1",
                new BigDecimal("0.00"), new BigDecimal("100.00"), new BigDecimal("-100.00"), null, null,
                "The payment is not on the transcript.", "Send proof of payment.", List.of());
        ClientSummary summary = new ClientSummary(clientId, "Jane Doe", "***-**-6789", null, Severity.HIGH, null,
                new BigDecimal("100.00"), Map.of(FindingType.UNPOSTED_PAYMENT, 1), 0, false, null);
        return new FindingStore.Conclusion(clientId, List.of(finding), summary);
    }
}
