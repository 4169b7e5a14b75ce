package io.taxrecon.batch.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.staging.ReviewEntryStore.Outcome;
import io.taxrecon.batch.staging.ReviewEntryStore.WorklistReading;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.NightComparison;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.ResolutionHints;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.core.worklist.ReviewStatus;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.worklist.WorklistWorkbook;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The {@code readWorklist} step alone: every entry stored before anything is written; nothing lost on a bad file. */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class ReadWorklistStepTest {

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    ReviewEntryStore entries;

    @Test
    void theFirstNightHasNoWorklistToReadAndSaysSo() {
        LocalDate night = LocalDate.of(2031, 5, 1);
        Path out = TestFolders.create("read-worklist-missing");
        assertThat(readOn(night, out)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(entries.lastReading(night)).contains(new WorklistReading(Outcome.MISSING, 0, null, null));
    }

    @Test
    void theReviewersEntriesAreStoredWithTheNightTheyWereReadAndReadingAgainAddsNothing() throws IOException {
        LocalDate night = LocalDate.of(2031, 5, 2);
        Path out = TestFolders.create("read-worklist-entries");
        Finding dismissed = finding("RW-1", "P1");
        Finding blank = finding("RW-1", "P2");
        worklist(out, night.minusDays(1), List.of(dismissed, blank), List.of(new ReviewEntry(FindingKey.of(dismissed),
                ReviewStatus.DISMISSED, "Ann", null, "paid by the spouse", night.minusDays(2))));

        readOn(night, out, 1);
        readOn(night, out, 2); // the night run again reads the same file again

        assertThat(entries.latestOfClients("RW-1", "RW-1")).containsExactly(new ReviewEntry(FindingKey.of(dismissed),
                ReviewStatus.DISMISSED, "Ann", null, "paid by the spouse", night));
        assertThat(entries.lastReading(night)).contains(new WorklistReading(Outcome.READ, 1, null, null));
    }

    @Test
    void aGarbledWorklistChangesNothingStoredAndIsKeptAside() throws IOException {
        LocalDate night = LocalDate.of(2031, 5, 3);
        Path out = TestFolders.create("read-worklist-garbled");
        Finding noted = finding("RW-2", "P1");
        ReviewEntry note = new ReviewEntry(FindingKey.of(noted), ReviewStatus.IN_PROGRESS, null, null, "called", night);
        entries.store(night.minusDays(1), List.of(note));
        Files.createDirectories(out);
        Files.writeString(out.resolve("worklist.xlsx"), "not a workbook");

        assertThat(readOn(night, out)).isEqualTo(BatchStatus.COMPLETED);

        String aside = "worklist.unreadable-" + night + ".xlsx";
        assertThat(entries.lastReading(night)).contains(new WorklistReading(Outcome.UNREADABLE, 0,
                "worklist.xlsx is not an Excel workbook (unknown content): the stored entries stand; "
                        + "the file is kept as " + aside, aside));
        assertThat(out.resolve(aside)).hasContent("not a workbook");
        assertThat(entries.latestOfClients("RW-2", "RW-2")).extracting(ReviewEntry::note, ReviewEntry::readOn)
                .containsExactly(tuple("called", night.minusDays(1)));
    }

    /** The step's status; not the execution: @SpringBatchTest takes a JobExecution-returning method for a factory. */
    private BatchStatus readOn(LocalDate night, Path out) {
        return readOn(night, out, 1);
    }

    private BatchStatus readOn(LocalDate night, Path out, long attempt) {
        return jobs.startStep("readWorklist", NightlyRun.parameters(night, attempt, out.resolve("inbox"), out),
                new ExecutionContext()).getStatus();
    }

    private static void worklist(Path out, LocalDate night, List<Finding> findings, List<ReviewEntry> written)
            throws IOException {
        NightView view = new NightComparison(night, List.of()).compare(findings, null, List.of(), written,
                ResolutionHints.none());
        Files.createDirectories(out);
        new WorklistWorkbook().write(view, new ReportContext(night, null), out.resolve("worklist.xlsx"));
    }

    private static Finding finding(String clientId, String paymentId) {
        return new Finding(clientId, 2024, FindingType.UNPOSTED_PAYMENT, Severity.HIGH, paymentId, null,
                new BigDecimal("100.00"), new BigDecimal("100.00"), null, null, "No credit.", "Send proof.", List.of());
    }
}
