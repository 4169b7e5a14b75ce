package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.staging.FileRowIdentities;
import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.formats.inbox.InboxScanner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code scanInbox} and {@code ingestFiles} steps on a file exported again the next night
 * (issue 15): the rows identical at the same line are inherited from the earlier file, only the
 * changed and new ones are staged, and the earlier file's rows it no longer has vanish for it,
 * not for the earlier night.
 */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class RowDeltaIngestStepTest {

    static final String HEADER = "payment_id,client_id,tin,tax_year,payment_date,amount\n";
    static final String NIGHT_1_ROWS = """
            P1,C1,123456789,2024,2025-04-15,100.00
            P2,C2,123456789,2024,2025-04-15,10.00
            P3,C1,123456789,2024,2025-04-15,30.00
            P4,C1,123456789,2024,someday,40.00
            P5,C3,123456789,2024,2025-04-15,50.00
            P6,C5,123456789,2024,2025-04-15,60.00
            P7,C5,123456789,2024,2025-04-15,70.00
            """;
    /** P2 changed in place, P5 removed (the lines after it move up one), P8 appended. */
    static final String NIGHT_2_ROWS = """
            P1,C1,123456789,2024,2025-04-15,100.00
            P2,C2,123456789,2024,2025-04-15,11.00
            P3,C1,123456789,2024,2025-04-15,30.00
            P4,C1,123456789,2024,someday,40.00
            P6,C5,123456789,2024,2025-04-15,60.00
            P7,C5,123456789,2024,2025-04-15,70.00
            P8,C5,123456789,2024,2025-04-15,80.00
            """;

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InputFileLedger ledger;

    long attempt;

    @Test
    void aReExportStagesTheChangedAndNewRowsInheritsTheRestAndLeavesTheEarlierNightAsItWas() throws IOException {
        LocalDate night1 = LocalDate.of(2032, 7, 1);
        LocalDate night2 = night1.plusDays(1);
        String name = "payments-rowdelta.csv";
        Path first = inbox("rowdelta-1", name, HEADER + NIGHT_1_ROWS);
        Path second = inbox("rowdelta-2", name, HEADER + NIGHT_2_ROWS);

        ingest(first, night1);
        assertThat(ingest(second, night2)).as("the step reads only the rows it stages, kept from the first pass")
                .containsExactly(Map.entry(name, 4L));
        String sha2 = InboxScanner.sha256(second.resolve(name));

        assertThat(payments(night2, name)).containsExactly("P1:100.00:2", "P2:11.00:3", "P3:30.00:4", "P6:60.00:6",
                "P7:70.00:7", "P8:80.00:8");
        assertThat(rejects(night2, name)).containsExactly("5:someday");
        assertThat(jdbc.queryForList("select payment_id from payment where file_sha = ? order by line", String.class,
                sha2)).as("staged under tonight's file: only what changed").containsExactly("P2", "P6", "P7", "P8");
        assertThat(ledger.deltaCounts(sha2)).containsExactly(3, 4);
        assertThat(ledger.counts(sha2, night2)).containsExactly(6, 1);
        ChangedClients changed = new ChangedClients(jdbc, new ReviewEntryStore(jdbc));
        assertThat(changed.between(night1, night2)).as("C1's rows are all inherited").containsExactly("C2", "C3",
                "C5");
        assertThat(changed.between(night1.minusDays(1), night1)).containsExactly("C1", "C2", "C3", "C5");

        List<String> night1View = List.of("P1:100.00:2", "P2:10.00:3", "P3:30.00:4", "P5:50.00:6", "P6:60.00:7",
                "P7:70.00:8");
        assertThat(payments(night1, name)).isEqualTo(night1View);
        assertThat(rejects(night1, name)).containsExactly("5:someday");
        ingest(first, night1); // the earlier night run again: its file is known, its view unchanged
        assertThat(payments(night1, name)).isEqualTo(night1View);
        assertThat(payments(night2, name)).hasSize(6);
    }

    @Test
    void aLoadedFileKeepsItsRowsIdentitiesAndDropsThoseOfTheFileItReplaced() throws IOException {
        LocalDate night1 = LocalDate.of(2034, 3, 1);
        Reexport files = reexport("identities", "I");
        FileRowIdentities identities = new FileRowIdentities(jdbc);

        ingest(files.first(), night1);
        assertThat(identities.kept(files.sha1())).isTrue();
        assertThat(identities(files.sha1())).containsExactly("2:C1", "3:C2", "4:C1", "5:C1:rejected", "6:C3", "7:C5",
                "8:C5");

        ingest(files.second(), night1.plusDays(1));
        assertThat(identities.kept(files.sha2())).isTrue();
        assertThat(identities(files.sha2())).as("inherited and staged: every row of tonight's file")
                .containsExactly("2:C1", "3:C2", "4:C1", "5:C1:rejected", "6:C5", "7:C5", "8:C5");
        assertThat(identities.kept(files.sha1())).isFalse();
        assertThat(identities(files.sha1())).as("nothing compares with the replaced file again").isEmpty();
    }

    @Test
    void aReExportOfAFileLoadedBeforeIdentitiesWereKeptIsComparedWithItsStagedRows() throws IOException {
        LocalDate night1 = LocalDate.of(2034, 3, 11);
        Reexport files = reexport("legacy", "L");

        ingest(files.first(), night1);
        new FileRowIdentities(jdbc).forget(files.sha1()); // as a store of the last release left it
        ingest(files.second(), night1.plusDays(1));

        assertThat(payments(night1.plusDays(1), files.name())).containsExactly("L1:100.00:2", "L2:11.00:3",
                "L3:30.00:4", "L6:60.00:6", "L7:70.00:7", "L8:80.00:8");
        assertThat(jdbc.queryForList("select payment_id from payment where file_sha = ? order by line", String.class,
                files.sha2())).containsExactly("L2", "L6", "L7", "L8");
        assertThat(ledger.deltaCounts(files.sha2())).containsExactly(3, 4);
        assertThat(identities(files.sha2())).containsExactly("2:C1", "3:C2", "4:C1", "5:C1:rejected", "6:C5", "7:C5",
                "8:C5");
    }

    @Test
    void aReExportWithMoreChangedRowsThanTheFirstPassKeepsReadsThemFromTheFileAgainPassingOverTheRest()
            throws IOException {
        LocalDate night1 = LocalDate.of(2034, 4, 1);
        String name = "payments-rowdelta-many.csv";
        int changed = RowDelta.KEPT_ROWS + 1;
        int unchanged = 10;
        StringBuilder before = new StringBuilder(HEADER);
        StringBuilder after = new StringBuilder(HEADER);
        for (int i = 0; i < unchanged + changed; i++) {
            String row = "M" + i + ",C" + (i % 50) + ",123456789,2024,2025-04-15,";
            before.append(row).append("10.00\n");
            after.append(row).append(i < unchanged ? "10.00\n" : "12.00\n");
        }
        ingest(inbox("rowdelta-many-1", name, before.toString()), night1);
        Path second = inbox("rowdelta-many-2", name, after.toString());

        assertThat(ingest(second, night1.plusDays(1))).containsExactly(Map.entry(name, (long) changed));
        String sha2 = InboxScanner.sha256(second.resolve(name));
        assertThat(ledger.deltaCounts(sha2)).containsExactly(unchanged, changed);
        assertThat(jdbc.queryForObject("select count(*) from payment where file_sha = ? and amount = 12.00", Long.class,
                sha2)).isEqualTo(changed);
        assertThat(payments(night1.plusDays(1), name)).hasSize(unchanged + changed)
                .filteredOn(p -> p.contains(":10.00:")).hasSize(unchanged);
    }

    /** The two nights' payments files of the first test, under a name of their own and payment ids starting with a letter. */
    record Reexport(String name, Path first, Path second, String sha1, String sha2) {
    }

    static Reexport reexport(String label, String idLetter) throws IOException {
        String name = "payments-rowdelta-" + label + ".csv";
        Path first = inbox("rowdelta-" + label + "-1", name, HEADER + NIGHT_1_ROWS.replace("P", idLetter));
        Path second = inbox("rowdelta-" + label + "-2", name, HEADER + NIGHT_2_ROWS.replace("P", idLetter));
        return new Reexport(name, first, second, InboxScanner.sha256(first.resolve(name)),
                InboxScanner.sha256(second.resolve(name)));
    }

    /** A file's kept identities as line:client[:rejected], by line (one kept twice would show twice). */
    static List<String> identities(JdbcTemplate jdbc, String sha) {
        List<long[]> lines = new ArrayList<>();
        List<String> identities = new ArrayList<>();
        new FileRowIdentities(jdbc).read(sha, (line, hash, rejected, client) -> {
            lines.add(new long[] {line, identities.size()});
            identities.add(line + ":" + client + (rejected ? ":rejected" : ""));
        });
        lines.sort(Comparator.comparingLong((long[] l) -> l[0]));
        return lines.stream().map(l -> identities.get((int) l[1])).toList();
    }

    List<String> identities(String sha) {
        return identities(jdbc, sha);
    }

    @Test
    void theSameNameWithAnotherHeaderLoadsInFullAndTheSameBytesAreNotLoadedAgain() throws IOException {
        LocalDate night1 = LocalDate.of(2032, 7, 11);
        String name = "payments-rowdelta-header.csv";
        // other payment ids: the same bytes as another test's file would be that file, loaded already
        Path first = inbox("rowdelta-header-1", name, HEADER + NIGHT_1_ROWS.replace("P", "H"));
        ingest(first, night1);
        String reordered = "client_id,payment_id,tin,tax_year,payment_date,amount\n"
                + NIGHT_2_ROWS.replace("P", "H").replaceAll("(?m)^(H\\d),(C\\d),", "$2,$1,");
        Path second = inbox("rowdelta-header-2", name, reordered);
        String sha2 = InboxScanner.sha256(second.resolve(name));

        ingest(second, night1.plusDays(1));
        assertThat(jdbc.queryForObject("select count(*) from payment where file_sha = ?", Long.class, sha2))
                .as("every loadable row staged again").isEqualTo(6);
        assertThat(ledger.deltaCounts(sha2)).isNull();
        assertThat(payments(night1.plusDays(1), name)).containsExactly("H1:100.00:2", "H2:11.00:3", "H3:30.00:4",
                "H6:60.00:6", "H7:70.00:7", "H8:80.00:8");
        assertThat(identities(sha2)).hasSize(7);
        assertThat(identities(InboxScanner.sha256(first.resolve(name)))).as("the replaced file is never continued")
                .isEmpty();

        ingest(second, night1.plusDays(2));
        assertThat(ledger.runInputs(night1.plusDays(2))).singleElement()
                .satisfies(input -> assertThat(input.newlyLoaded()).isFalse());
        assertThat(payments(night1.plusDays(2), name)).hasSize(6);
    }

    @Test
    void anExcelReExportIsComparedRowByRowLikeACsv() throws IOException {
        LocalDate night1 = LocalDate.of(2032, 7, 21);
        String name = "payments-rowdelta.xlsx";
        Path first = TestFolders.create("rowdelta-xlsx-1");
        workbook(first.resolve(name), 10.0);
        Path second = TestFolders.create("rowdelta-xlsx-2");
        workbook(second.resolve(name), 11.0);
        String sha2 = InboxScanner.sha256(second.resolve(name));

        ingest(first, night1);
        ingest(second, night1.plusDays(1));

        assertThat(payments(night1.plusDays(1), name)).containsExactly("X1:100.00:2", "X2:11.00:3", "X3:30.00:4");
        assertThat(payments(night1, name)).containsExactly("X1:100.00:2", "X2:10.00:3", "X3:30.00:4");
        assertThat(ledger.deltaCounts(sha2)).containsExactly(2, 1);
        assertThat(jdbc.queryForList("select payment_id || ':' || sheet from payment where file_sha = ?", String.class,
                sha2)).containsExactly("X2:payments");
    }

    private static void workbook(Path file, double secondAmount) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("payments");
            Object[][] rows = {
                    {"payment_id", "client_id", "tin", "tax_year", "payment_date", "amount"},
                    {"X1", "C1", 123456789, 2024, "2025-04-15", 100.0},
                    {"X2", "C1", 123456789, 2024, "2025-04-15", secondAmount},
                    {"X3", "C1", 123456789, 2024, "2025-04-15", 30.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
        }
    }

    static Path inbox(String folder, String name, String content) throws IOException {
        Path inbox = TestFolders.create(folder);
        Files.writeString(inbox.resolve(name), content);
        return inbox;
    }

    /** The payments of one file name a night sees: id, amount and line. */
    List<String> payments(LocalDate night, String name) {
        return jdbc.queryForList("select payment_id || ':' || amount || ':' || line from payment where file_name = ? "
                + "and " + RunScope.of(night).rows() + " order by line", String.class, name);
    }

    /** The rows of one file name a night sees as rejected on reading: line and value. */
    List<String> rejects(LocalDate night, String name) {
        return jdbc.queryForList("select line || ':' || bad_value from rejected_row where file_name = ? "
                + "and run_date is null and " + RunScope.of(night).rows() + " order by line", String.class, name);
    }

    /**
     * Runs {@code scanInbox} and {@code ingestFiles} for the night on the folder, each to completion.
     *
     * @return the rows each file's step read after its first pass (its reader's), by file name
     */
    Map<String, Long> ingest(Path inbox, LocalDate night) {
        Map<String, Long> read = new TreeMap<>();
        for (String step : List.of("scanInbox", "ingestFiles")) {
            // one job instance per step run: the attempt tells them apart
            List<StepExecution> steps = List.copyOf(jobs.startStep(step,
                    NightlyRun.parameters(night, ++attempt, inbox, inbox.resolveSibling("rowdelta-out")),
                    new ExecutionContext()).getStepExecutions());
            assertThat(steps).first().satisfies(s -> assertThat(s.getStatus()).as(step + " " + s.getFailureExceptions())
                    .isEqualTo(BatchStatus.COMPLETED));
            steps.stream().filter(s -> s.getStepName().startsWith("ingestFile:")).forEach(
                    s -> read.put(s.getExecutionContext().getString("fileName"),
                            s.getReadCount() - RowDelta.inheritedRows(s.getExecutionContext())));
        }
        return read;
    }
}
