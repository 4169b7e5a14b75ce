package io.taxrecon.batch.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.staging.ReviewEntryStore.Outcome;
import io.taxrecon.batch.staging.ReviewEntryStore.WorklistReading;
import io.taxrecon.core.worklist.NightComparison;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.ResolutionHints;
import io.taxrecon.reports.clientworkbook.ReportContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * When the night writes the worklist, and when it leaves the reviewer's file alone. The store is
 * shared with the other step tests: the nights here are far from theirs, so that no later night
 * of theirs makes one of these a re-run.
 */
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class WorklistOutputTest {

    @Autowired
    FindingStore findings;
    @Autowired
    ReviewEntryStore entries;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private WorklistOutput.Result publish(LocalDate night, Path worklist) {
        NightView view = new NightComparison(night, List.of()).compare(List.of(), null, List.of(), List.of(),
                ResolutionHints.none());
        return new WorklistOutput(findings, entries, worklist, new ReportContext(night, null),
                new PrintStream(console, true)).publish(view);
    }

    @Test
    void theLatestNightWritesTheWorklist() throws IOException {
        Path worklist = TestFolders.create("worklist-latest").resolve("worklist.xlsx");
        WorklistOutput.Result result = publish(LocalDate.of(2099, 1, 5), worklist);
        assertThat(result.written()).isEqualTo("written");
        assertThat(worklist).isRegularFile();
    }

    @Test
    void aRerunOfAPastNightLeavesTheWorklistOfTheLatestNightAlone() throws IOException {
        LocalDate past = LocalDate.of(2097, 2, 1);
        Path worklist = TestFolders.create("worklist-rerun").resolve("worklist.xlsx");
        Files.writeString(worklist, "the latest night's worklist");
        WorklistOutput.Result result;
        findings.completeNight(past.plusDays(1));
        try {
            result = publish(past, worklist);
        } finally {
            findings.forgetNight(past.plusDays(1)); // the other step tests' nights compare with none of these
        }

        assertThat(result.written()).isEqualTo("not written: a later night completed, and the worklist reflects "
                + "the latest night");
        assertThat(worklist).hasContent("the latest night's worklist");
    }

    @Test
    void anUnreadableWorklistThatCouldNotBeKeptAsideIsNotWrittenOver() throws IOException {
        LocalDate night = LocalDate.of(2098, 3, 1);
        Path worklist = TestFolders.create("worklist-locked").resolve("worklist.xlsx");
        Files.writeString(worklist, "what the reviewer typed, unreadable tonight");
        entries.recordReading(night, new WorklistReading(Outcome.UNREADABLE, 0, "locked", null));

        WorklistOutput.Result result = publish(night, worklist);

        assertThat(result.written()).isEqualTo("not written: the unreadable worklist could not be kept aside");
        assertThat(result.reading()).isEqualTo(new WorklistReading(Outcome.UNREADABLE, 0, "locked", null));
        assertThat(worklist).hasContent("what the reviewer typed, unreadable tonight");
    }
}
