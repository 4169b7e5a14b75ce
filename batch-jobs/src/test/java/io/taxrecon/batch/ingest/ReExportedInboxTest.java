package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.CommandLineRun;
import io.taxrecon.reports.csv.FindingsCsv;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second night whose exports changed 1% of their rows in place, loaded on the first night's
 * store as re-exports (issue 15), concludes what the same inbox run on a fresh store concludes:
 * the same findings, penalties and rejects.
 */
class ReExportedInboxTest {

    static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 23);
    static final LocalDate NIGHT_2 = NIGHT_1.plusDays(1);

    @Test
    void aNightOfReExportsConcludesWhatAFreshStoreConcludesFromTheSameFiles() throws IOException {
        Path work = TestFolders.create("re-exported-inbox");
        SampleInboxGenerator.generate(new GeneratorOptions(60, 2026, NIGHT_1, work));
        Path inbox1 = work.resolve("inbox");
        Path inbox2 = work.resolve("inbox-2");
        Files.createDirectories(inbox2);
        try (Stream<Path> files = Files.list(inbox1)) {
            for (Path file : files.toList()) {
                changeOneRowInAHundred(file, inbox2.resolve(file.getFileName()));
            }
        }
        Path store = work.resolve("out");
        Path fresh = work.resolve("out-fresh");

        assertThat(run(inbox1, store, NIGHT_1).exitCode).isZero();
        CommandLineRun night2 = run(inbox2, store, NIGHT_2);
        assertThat(night2.exitCode).as(night2.err).isZero();
        assertThat(run(inbox2, fresh, NIGHT_2).exitCode).isZero();

        JsonNode files = JsonMapper.builder().build()
                .readTree(Files.readString(store.resolve(NIGHT_2.toString()).resolve("run-summary.json"))).get("files");
        for (JsonNode file : files) {
            assertThat(file.get("rowsInherited").asLong()).as(file.get("name").asString())
                    .isGreaterThan(file.get("rowsRead").asLong() * 9 / 10);
        }
        assertThat(night2.out).contains("irs_transactions.csv: ").contains(" inherited from the previous export, ");
        assertThat(contractColumns(store.resolve(NIGHT_2.toString()).resolve("findings.csv")))
                .isEqualTo(contractColumns(fresh.resolve(NIGHT_2.toString()).resolve("findings.csv")));
        for (String output : List.of("penalties.csv", "rejects.csv")) {
            assertThat(Files.readString(store.resolve(NIGHT_2.toString()).resolve(output))).as(output)
                    .isEqualTo(Files.readString(fresh.resolve(NIGHT_2.toString()).resolve(output)));
        }
    }

    /** Copies a CSV export, its amount (or name) changed in rows 37, 137, 237...: lines stay where they were. */
    private static void changeOneRowInAHundred(Path from, Path to) throws IOException {
        if (!from.toString().endsWith(".csv")) {
            Files.copy(from, to);
            return;
        }
        try (Reader in = Files.newBufferedReader(from); CSVParser csv = CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(in); Writer out = Files.newBufferedWriter(to);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            List<String> header = csv.getHeaderNames();
            printer.printRecord(header);
            int column = Stream.of("amount", "amount_due", "name").filter(header::contains).findFirst()
                    .map(header::indexOf).orElse(-1);
            int row = 0;
            for (CSVRecord record : csv) {
                List<String> values = new ArrayList<>(record.toList());
                if (++row % 100 == 37 && column >= 0 && column < values.size()) {
                    String value = values.get(column);
                    values.set(column, value.matches("-?\\d+(\\.\\d+)?")
                            ? new BigDecimal(value).add(BigDecimal.ONE).toPlainString() : value + " Q");
                }
                printer.printRecord(values);
            }
        }
    }

    /** findings.csv without the night-over-night columns, which a fresh store cannot know. */
    private static List<String> contractColumns(Path findings) throws IOException {
        List<String> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(findings);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord record : csv) {
                rows.add(String.join("|", record.toList().subList(0, FindingsCsv.HEADER.length)));
            }
        }
        return rows;
    }

    private static CommandLineRun run(Path inbox, Path out, LocalDate night) {
        return CommandLineRun.of("--inbox", inbox.toString(), "--out", out.toString(), "--run-date", night.toString());
    }
}
