package io.taxrecon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.staging.FileRowIdentities;
import io.taxrecon.formats.inbox.InboxScanner;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the nightly job on a generated inbox whose planted findings are known, and checks that
 * the run finds exactly those (precision and recall of 1.0) and writes workbooks a reviewer can open.
 * Each subclass runs it on one database, each on a staging store of its own.
 */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NightlyReconciliationJobTest {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);

    final Path work = workFolder();
    final Path inbox = work.resolve("inbox");
    final Path out = work.resolve("out");

    /** The folder the subclass's staging store (if it is a file) and the run's files go to. */
    abstract Path workFolder();

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    JobExecution execution;

    @BeforeAll
    void runTheJobOnAGeneratedFirm() throws Exception {
        SampleInboxGenerator.generate(new GeneratorOptions(1000, 42, RUN_DATE, work));
        execution = jobs.startJob(NightlyRun.parameters(RUN_DATE, 1, inbox, out));
    }

    @Test
    void theRunCompletes() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void findsExactlyThePlantedFindings() throws IOException {
        Set<String> truth = TruthFile.truth(TestFolders.truthOf(inbox));
        Set<String> found = TruthFile.findings(out.resolve(RUN_DATE.toString()).resolve("findings.csv"));
        assertThat(truth).isNotEmpty();
        assertThat(found).as("findings that were not planted (precision)").isSubsetOf(truth);
        assertThat(truth).as("planted findings that were missed (recall)").isSubsetOf(found);
    }

    @Test
    void writesTheRunsOutputs() {
        Path runFolder = out.resolve(RUN_DATE.toString());
        assertThat(runFolder.resolve("findings.csv")).isRegularFile();
        assertThat(runFolder.resolve("rejects.csv")).isRegularFile();
        assertThat(runFolder.resolve("run-summary.json")).isRegularFile();
        assertThat(runFolder.resolve("firm-summary.xlsx")).isRegularFile();
        assertThat(runFolder.resolve("clients")).isDirectory();
    }

    @Test
    void aClientWorkbookOpensWithItsFindingsAndAMaskedTin() throws IOException {
        Path workbookFile;
        try (Stream<Path> files = Files.list(out.resolve(RUN_DATE.toString()).resolve("clients"))) {
            workbookFile = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().findFirst().orElseThrow();
        }
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
            assertThat(workbook.getSheet("Findings")).isNotNull();
            StringBuilder all = new StringBuilder();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.append(text.formatCellValue(cell)).append('\n');
                    }
                }
            }
            assertThat(all).contains("***-**-");
            assertThat(all.toString()).doesNotContainPattern("(?<!\\d)\\d{3}-?\\d{2}-?\\d{4}(?!\\d)");
        }
    }

    @Test
    void aPaymentsFileReExportedNextNightWithOneRowChangedStagesThatRowAndKeepsEveryRowsIdentity()
            throws Exception {
        Path nextInbox = TestFolders.create(work.getFileName() + "-next-night");
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, nextInbox.resolve(file.getFileName()));
            }
        }
        Path payments = nextInbox.resolve("payments.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(payments));
        lines.set(1, lines.get(1).replaceFirst("^([^,]*)", "$1X")); // line 2: another payment id
        Files.write(payments, lines);
        String sha = InboxScanner.sha256(payments);

        JobExecution next = jobs.startJob(NightlyRun.parameters(RUN_DATE.plusDays(1), 1, nextInbox,
                work.resolve("out-next-night")));

        assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("select payment_id from payment where file_sha = ?", String.class, sha))
                .singleElement().satisfies(id -> assertThat(id).endsWith("X"));
        assertThat(jdbc.queryForObject("select rows_vanished from input_file where file_sha = ?", Long.class, sha))
                .isEqualTo(1);
        FileRowIdentities identities = new FileRowIdentities(jdbc);
        assertThat(identities.kept(sha)).isTrue();
        List<Long> kept = new ArrayList<>();
        identities.read(sha, (line, hash, rejected, client) -> kept.add(line));
        assertThat(kept).hasSize(lines.size() - 1).doesNotHaveDuplicates();
    }

    @Test
    void penaltiesCsvHasOneRowPerClientTinYearWithAReturnFiled() throws IOException {
        // what the night staged: every TC 150 filed under a client's or spouse's TIN, whoever's file held it
        Set<String> filed = new HashSet<>(jdbc.query("select distinct c.client_id, t.tax_year, t.tin, t.transaction_code"
                + " from client c join irs_transaction t on t.tin = c.tin or t.tin = c.spouse_tin",
                (rs, i) -> rs.getString(4).trim().toUpperCase().replaceFirst("^TC\\s*", "").replaceFirst("^0+(?=\\d)", "")
                        .equals("150") ? rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3).substring(5) : ""));
        filed.remove("");
        List<String> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(out.resolve(RUN_DATE.toString()).resolve("penalties.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                assertThat(r.get("run_date")).isEqualTo(RUN_DATE.toString());
                assertThat(r.get("filed")).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(r.get("owed_today")).matches("-?\\d+\\.\\d{2}");
                rows.add(r.get("client_id") + "|" + r.get("tax_year") + "|" + r.get("tin_last4"));
            }
        }
        assertThat(filed).isNotEmpty();
        assertThat(rows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(filed);
    }
}
