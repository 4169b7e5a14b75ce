package io.taxrecon.batch.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.CommandLineRun;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.reports.worklist.WorklistRead;
import io.taxrecon.reports.worklist.WorklistReader;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

/**
 * A night killed (SIGKILL) while it writes the worklist, then started again with the same command,
 * loses no word the reviewer typed, before the night or between the kill and the restart: the
 * entries are stored before any output is written (and read again on restart), and the worklist
 * is written through a temporary file and a rename.
 */
class WorklistAfterKillIT {

    static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 23);
    static final LocalDate NIGHT_2 = NIGHT_1.plusDays(1);
    static final int NOTES = 60;

    @Test
    void aNightKilledWhileWritingTheWorklistIsRestartedAndLosesNoEntryTypedBeforeOrAfterTheKill() throws Exception {
        Path work = TestFolders.create("worklist-kill");
        SampleInboxGenerator.generate(new GeneratorOptions(2500, 11, NIGHT_1, work));
        Path inbox = work.resolve("inbox");
        Path out = work.resolve("out");
        CommandLineRun first = CommandLineRun.of("--inbox", inbox.toString(), "--out", out.toString(), "--run-date",
                NIGHT_1.toString());
        assertThat(first.exitCode).as(first.err).isZero();

        Path worklist = out.resolve("worklist.xlsx");
        Map<String, String> typed = new LinkedHashMap<>();
        try (Reviewer reviewer = new Reviewer(worklist)) {
            int key = reviewer.column("Key");
            for (Row row : reviewer.workbook().getSheet("Open")) {
                if (row.getRowNum() > 0 && typed.size() < NOTES) {
                    typed.put(row.getCell(key).getStringCellValue(), "note " + row.getRowNum());
                }
            }
            typed.forEach((k, note) -> reviewer.set(k, "Note", note));
            reviewer.reverseRows();
        }

        String[] night2 = {"--inbox", inbox.toString(), "--out", out.toString(), "--run-date", NIGHT_2.toString()};
        Process process = CommandLineRun.inChildJvm(out.resolve("killed-run.console"), List.of(), night2);
        Path log = out.resolve("reconcile.log");
        long writtenBefore = worklistWrites(log); // the log is the first night's too
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        try {
            while (Instant.now().isBefore(deadline) && process.isAlive()) {
                if (worklistWrites(log) > writtenBefore) {
                    break;
                }
                Thread.sleep(5);
            }
            assertThat(process.isAlive()).as("the night was still going when killed").isTrue();
        } finally {
            process.destroyForcibly().waitFor();
        }

        // the reviewer opens the worklist the killed night left (the old one or the new one, each whole) and types
        String afterKill;
        try (Reviewer reviewer = new Reviewer(worklist)) {
            afterKill = reviewer.workbook().getSheet("Open").getRow(1).getCell(reviewer.column("Key"))
                    .getStringCellValue();
            reviewer.set(afterKill, "Note", "typed after the kill");
        }
        typed.put(afterKill, "typed after the kill");

        CommandLineRun restart = CommandLineRun.of(night2);
        assertThat(restart.exitCode).as(restart.err).isZero();
        assertThat(restart.out).contains("Restarting the interrupted run of " + NIGHT_2);

        WorklistRead back = new WorklistReader().read(worklist, null, NIGHT_2.plusDays(1));
        assertThat(back).isInstanceOf(WorklistRead.Entries.class);
        Map<String, String> notes = ((WorklistRead.Entries) back).entries().stream().filter(e -> e.note() != null)
                .collect(Collectors.toMap(e -> e.key().text(), ReviewEntry::note));
        assertThat(notes).containsAllEntriesOf(typed);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no half-written worklist is left")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    /** How many times the log says a worklist write began. */
    private static long worklistWrites(Path log) throws java.io.IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return Files.readAllLines(log).stream().filter(line -> line.contains("writing the worklist")).count();
    }
}
