package io.taxrecon.batch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.CommandLineRun;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No full TIN of the inbox (clients, spouses, payers, notices, transcripts) reaches a workbook, a
 * CSV output, the run summary (its provenance and file hashes included), the console or the log:
 * only the last four digits ever leave the staging store, whose file on disk is encrypted.
 */
class NoFullTinInAnyOutputIT {

    static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)(\\d{3})-?(\\d{2})-?(\\d{4})(?!\\d)|(?<!\\d)(\\d{2})-(\\d{7})(?!\\d)");
    static Path work;
    static Path out;
    static Set<String> tins;

    @BeforeAll
    static void runAFirm() throws Exception {
        work = TestFolders.create("privacy");
        SampleInboxGenerator.generate(new GeneratorOptions(300, 5, LocalDate.of(2026, 11, 23), work));
        tins = tinsIn(work.resolve("inbox"));
        out = work.resolve("out");
        Files.createDirectories(out);
        Path console = out.resolve("console.log");
        Process run = CommandLineRun.inChildJvm(console, List.of(), "--inbox", work.resolve("inbox").toString(),
                "--out", out.toString(), "--run-date", "2026-11-23");
        assertThat(run.waitFor(5, TimeUnit.MINUTES) && run.exitValue() == 0).as(Files.readString(console)).isTrue();
        assertThat(tins).hasSizeGreaterThan(300);
    }

    @Test
    void noCsvJsonOrLogLineHoldsAFullTin() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(out)) {
            texts = files.filter(p -> p.toString().matches(".*\\.(csv|json|log)$")).toList();
        }
        assertThat(texts).extracting(p -> p.getFileName().toString())
                .contains("findings.csv", "rejects.csv", "run-summary.json", "reconcile.log", "console.log");
        for (Path text : texts) {
            holdsNoTin(Files.readString(text));
        }
        // the run summary's provenance and file hashes are among what was checked
        assertThat(Files.readString(out.resolve("2026-11-23").resolve("run-summary.json")))
                .contains("\"provenance\"", "\"osUser\"", "\"host\"", "\"sha256\"");
    }

    @Test
    void theStagingStoreOnDiskShowsNoFullTinAsText() throws IOException {
        List<Path> stored;
        try (Stream<Path> files = Files.walk(out.resolve("staging"))) {
            stored = files.filter(Files::isRegularFile).toList();
        }
        assertThat(stored).extracting(p -> p.getFileName().toString()).containsExactly("taxrecon.mv.db");
        String bytes = new String(Files.readAllBytes(stored.get(0)), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String tin : tins) {
            assertThat(bytes).as("a TIN ending %s in the store's file", tin.substring(5)).doesNotContain(tin);
        }
    }

    @Test
    void noWorkbookCellHoldsAFullTin() throws IOException {
        List<Path> workbooks;
        try (Stream<Path> files = Files.walk(out)) {
            workbooks = files.filter(p -> p.toString().endsWith(".xlsx")).toList();
        }
        assertThat(workbooks).hasSizeGreaterThan(50);
        DataFormatter formatter = new DataFormatter();
        for (Path workbook : workbooks) {
            StringBuilder cells = new StringBuilder();
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            cells.append(formatter.formatCellValue(cell)).append('\n');
                        }
                    }
                }
            }
            holdsNoTin(cells.toString());
        }
    }

    private static void holdsNoTin(String text) {
        Matcher m = NINE_DIGITS.matcher(text);
        while (m.find()) {
            assertThat(tins).as("a full TIN in the output: ...%s...", m.group().substring(m.group().length() - 4))
                    .doesNotContain(m.group().replace("-", ""));
        }
    }

    /** Every TIN the inbox holds: every SSN- or EIN-shaped value of every file. */
    private static Set<String> tinsIn(Path inbox) throws IOException {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path file : files.toList()) {
                Matcher m = NINE_DIGITS.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group().replace("-", ""));
                }
            }
        }
        return found;
    }
}
