package io.taxrecon.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.tools.ToolsCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./reconcile bench} on a small generated firm: the report holds what the job and its floor did. */
class BenchCommandTest {

    @Test
    void theFloorWritesAsManyWorkbooksAsTheJobAndParsesEveryRowOfTheInbox(@TempDir Path out) throws IOException {
        assertThat(ToolsCommand.execute("bench", "--clients", "30", "--seed", "3", "--threads", "2", "--nights", "1",
                "--out", out.toString())).isZero();

        JsonNode report = JsonMapper.builder().build().readTree(onlyReport(out).toFile());
        long rowsInInbox = 0;
        try (Stream<Path> files = Files.list(out.resolve("bench-data/inbox"))) {
            for (Path file : files.toList()) {
                rowsInInbox += Files.readAllLines(file).size() - 1; // a clean generated CSV: one row a line
            }
        }
        long workbooks;
        try (Stream<Path> files = Files.list(out.resolve("2026-11-23/clients"))) {
            workbooks = files.filter(p -> p.toString().endsWith(".xlsx")).count();
        }
        assertThat(report.get("clients").asLong()).isEqualTo(30);
        assertThat(report.get("floor").get("rowsParsed").asLong()).isEqualTo(rowsInInbox);
        assertThat(report.get("rowsByFile").size()).isEqualTo(6);
        assertThat(report.get("job").get("workbooks").asLong()).isEqualTo(workbooks).isPositive();
        assertThat(report.get("floor").get("workbooks").asLong()).isEqualTo(workbooks);
        assertThat(report.get("machine").get("threads").asInt()).isEqualTo(2);
        assertThat(report.get("truthCheck").asString()).startsWith("identical");
        JsonNode ingest = stepNamed(report, "ingestFiles");
        assertThat(ingest.get("rows").asLong()).isEqualTo(rowsInInbox); // its partitions' rows, summed
        assertThat(ingest.get("cpuSeconds").asDouble()).isPositive();
        assertThat(report.get("jobToFloor").asDouble()).isPositive();
        assertThat(report.get("mix").asString()).isEqualTo("realistic");
        assertThat(report.get("secondNight").isNull()).isTrue();
    }

    @Test
    void aSecondNightHasTheFindingsAndWorkbookCellsOfAFullRunOfIt(@TempDir Path out) throws IOException {
        assertThat(ToolsCommand.execute("bench", "--clients", "40", "--seed", "3", "--threads", "2", "--nights", "2",
                "--changed", "10", "--out", out.toString())).isZero();

        JsonNode second = JsonMapper.builder().build().readTree(onlyReport(out).toFile()).get("secondNight");
        long workbooks;
        try (Stream<Path> files = Files.list(out.resolve("2026-11-24/clients"))) {
            workbooks = files.filter(p -> p.toString().endsWith(".xlsx")).count();
        }
        assertThat(second.get("runDate").asString()).isEqualTo("2026-11-24");
        assertThat(second.get("changedClients").asLong()).isEqualTo(3);
        assertThat(second.get("rowsAppended").asLong()).isEqualTo(2);
        assertThat(second.get("differences").asLong()).isZero();
        assertThat(second.get("identical").asBoolean()).isTrue();
        assertThat(second.get("workbooksCompared").asLong()).isEqualTo(workbooks).isPositive();
        assertThat(second.get("reconciled").asLong() + second.get("carried").asLong()).isEqualTo(40);
        assertThat(second.get("reconciled").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(second.get("toFirstNightCpu").asDouble()).isPositive();
        assertThat(second.get("truthCheck").asString()).startsWith("identical");
        assertThat(out.resolve("bench-night-2-incremental/findings.csv")).isRegularFile();
    }

    private static JsonNode stepNamed(JsonNode report, String name) {
        for (JsonNode step : report.get("job").get("steps")) {
            if (step.get("name").asString().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step " + name);
    }

    private static Path onlyReport(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().matches("bench-.*\\.json")).findFirst().orElseThrow();
        }
    }
}
