package io.taxrecon.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A later night costs what changed, and says what a full run would (issue 15): a generated firm
 * runs three nights (the second on the same inbox a day later, the third with 1% of its clients'
 * return lines changed and another day on), and night 3 is then run again in full (a re-run
 * reconciles everyone). findings.csv and every client workbook's cells must be the same, except the
 * cells that state the date of a carried workbook's data ({@link WorkbookCells}). A client planted
 * with a deadline that enters its 14-day window on night 3 is reconciled that night although
 * nothing of it changed.
 */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaterNightTest {

    static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 23);
    static final LocalDate NIGHT_2 = NIGHT_1.plusDays(1);
    static final LocalDate NIGHT_3 = NIGHT_2.plusDays(1);
    static final int CLIENTS = 100;
    static final String WINDOW_CLIENT = "C000007";
    static final String WINDOW_NOTICE = "N-WINDOW-1";
    static final Path WORK = TestFolders.create("later-night");

    @DynamicPropertySource
    static void stagingDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("staging").resolve("taxrecon"));
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    final Path out = WORK.resolve("out");
    final Path incremental = WORK.resolve("night-3-incremental");
    final Set<String> changedClients = new TreeSet<>();
    /** The night each client was last really reconciled, as the incremental night 3 stored it. */
    final Map<String, LocalDate> reconciledOnNight3 = new LinkedHashMap<>();
    final List<BatchStatus> statuses = new ArrayList<>();

    @BeforeAll
    void threeNightsThenNightThreeInFull() throws Exception {
        SampleInboxGenerator.generate(new GeneratorOptions(CLIENTS, 2026, NIGHT_1, WORK));
        Path inbox = WORK.resolve("inbox");
        plantADeadlineEnteringItsWindowOnNightThree(inbox);
        run(NIGHT_1, 1, inbox);
        run(NIGHT_2, 1, inbox);
        Path inbox3 = WORK.resolve("inbox-3");
        copyFolder(inbox, inbox3);
        changeOnePercentOfClients(inbox3.resolve("return_lines.csv"));
        run(NIGHT_3, 1, inbox3);
        copyFolder(out.resolve(NIGHT_3.toString()), incremental);
        jdbc.query("select client_id, reconciled_on from client_night where run_date = ?",
                rs -> {
                    reconciledOnNight3.put(rs.getString(1), rs.getDate(2).toLocalDate());
                }, NIGHT_3);
        run(NIGHT_3, 2, inbox3); // a re-run: everyone reconciled
    }

    @Test
    void everyRunCompletes() {
        assertThat(statuses).containsExactly(BatchStatus.COMPLETED, BatchStatus.COMPLETED, BatchStatus.COMPLETED,
                BatchStatus.COMPLETED);
    }

    @Test
    void nightThreeCarriesMostClientsAndReconcilesTheChangedOnes() throws IOException {
        JsonNode carrying = JsonMapper.builder().build()
                .readTree(Files.readString(incremental.resolve("run-summary.json"))).get("carrying");
        long carried = carrying.get("carried").asLong();
        long reconciled = carrying.get("reconciled").asLong();
        assertThat(carried + reconciled).isEqualTo(CLIENTS);
        assertThat(reconciledOnNight3.values().stream().filter(NIGHT_3::isAfter).count()).isEqualTo(carried);
        // carried: known on night 2 with no new finding, an answer that holds on night 3, inputs unchanged
        long carriable = jdbc.queryForList("select client_id from client_night where run_date = ? and settled "
                + "and (next_change is null or next_change > ?)", String.class, NIGHT_2, NIGHT_3).stream()
                .filter(c -> !changedClients.contains(c)).count();
        assertThat(carriable).isPositive();
        assertThat(carried).isEqualTo(carriable);
        for (String client : changedClients) {
            assertThat(reconciledOn(client)).as(client).isEqualTo(NIGHT_3);
        }
        JsonNode full = JsonMapper.builder().build()
                .readTree(Files.readString(out.resolve(NIGHT_3.toString()).resolve("run-summary.json"))).get("carrying");
        assertThat(full.get("carried").asLong()).as("a re-run carries nothing").isZero();
    }

    @Test
    void aNightOnTheSameFilesCarriesTheSettledClientsBeforeReadingAnyAndReadsOnlyTheRest() {
        long settledOnNight1 = jdbc.queryForObject("select count(*) from client_night where run_date = ? and settled "
                + "and (next_change is null or next_change > ?)", Long.class, NIGHT_1, NIGHT_2);
        assertThat(settledOnNight1).isPositive();
        // the second job execution is night 2: the carry step wrote every settled client, the reconcile step read the rest
        assertThat(stepCount("carryUnchangedClients", 2, "write_count")).isEqualTo(settledOnNight1);
        assertThat(stepCount("reconcileClients", 2, "read_count")).isEqualTo(CLIENTS - settledOnNight1);
        assertThat(stepCount("carryUnchangedClients", 1, "write_count")).as("a first night carries nothing").isZero();
    }

    private long stepCount(String step, int execution, String column) {
        return jdbc.queryForObject("select s." + column + " from batch_step_execution s join batch_job_execution j "
                + "on j.job_execution_id = s.job_execution_id where s.step_name = ? order by j.job_execution_id "
                + "offset ? rows fetch next 1 row only", Long.class, step, execution - 1);
    }

    @Test
    void anUnchangedClientWhoseDeadlineEntersItsWindowTonightIsReconciled() throws IOException {
        assertThat(jdbc.queryForObject("select next_change from client_night where run_date = ? and client_id = ?",
                LocalDate.class, NIGHT_2, WINDOW_CLIENT)).isEqualTo(NIGHT_3);
        assertThat(reconciledOn(WINDOW_CLIENT)).isEqualTo(NIGHT_3);
        assertThat(Files.readAllLines(incremental.resolve("findings.csv")))
                .anyMatch(l -> l.contains("," + WINDOW_CLIENT + ",") && l.contains(",RESPONSE_DEADLINE,")
                        && l.contains(WINDOW_NOTICE));
    }

    @Test
    void findingsCsvIsTheSameAsAFullRunOfTheNight() throws IOException {
        assertThat(Files.readString(incremental.resolve("findings.csv")))
                .isEqualTo(Files.readString(out.resolve(NIGHT_3.toString()).resolve("findings.csv")));
        assertThat(Files.readString(incremental.resolve("penalties.csv")))
                .isEqualTo(Files.readString(out.resolve(NIGHT_3.toString()).resolve("penalties.csv")));
    }

    @Test
    void everyWorkbookHasTheCellsOfAFullRunOfTheNight() throws IOException {
        Path fullClients = out.resolve(NIGHT_3.toString()).resolve("clients");
        List<String> names = xlsxNames(incremental.resolve("clients"));
        assertThat(names).isNotEmpty().isEqualTo(xlsxNames(fullClients));
        int carried = 0;
        for (String name : names) {
            String client = name.substring(0, name.length() - ".xlsx".length());
            LocalDate dataAsOf = reconciledOn(client);
            carried += dataAsOf.isBefore(NIGHT_3) ? 1 : 0;
            assertThat(WorkbookCells.of(incremental.resolve("clients").resolve(name), dataAsOf))
                    .as(name).isEqualTo(WorkbookCells.of(fullClients.resolve(name), NIGHT_3));
        }
        assertThat(carried).as("carried workbooks compared").isPositive();
    }

    private LocalDate reconciledOn(String client) {
        return reconciledOnNight3.get(client);
    }

    private void run(LocalDate night, long attempt, Path inbox) throws Exception {
        statuses.add(jobs.startJob(NightlyRun.parameters(night, attempt, inbox, out)).getStatus());
    }

    /** A CP2000 answered by NIGHT_3 + 14 days: on night 3 it enters the 14-day window. */
    private static void plantADeadlineEnteringItsWindowOnNightThree(Path inbox) throws IOException {
        Path notices = inbox.resolve("notices.csv");
        String tin = Files.readAllLines(inbox.resolve("clients.csv")).stream()
                .filter(l -> l.startsWith(WINDOW_CLIENT + ",")).findFirst().orElseThrow().split(",")[2];
        Files.writeString(notices, String.join(",", WINDOW_NOTICE, WINDOW_CLIENT, tin, "2024", "CP2000",
                NIGHT_1.minusDays(10).toString(), "840.00", "1040", NIGHT_3.plusDays(14).toString(), "", "", "", "")
                + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Every 100th client's first plainly written return line gains $100. */
    private void changeOnePercentOfClients(Path returnLines) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(returnLines));
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("[^,\"]+,[^,\"]+,\\d{4},[A-Z_]+,-?\\d+(\\.\\d+)?,.*")) {
                firstLine.putIfAbsent(line.split(",")[0], i);
            }
        }
        int n = 0;
        for (Map.Entry<String, Integer> e : firstLine.entrySet()) {
            if (n++ % 100 == 50) {
                String[] fields = lines.get(e.getValue()).split(",", -1);
                fields[4] = new BigDecimal(fields[4]).add(BigDecimal.valueOf(100)).toPlainString();
                lines.set(e.getValue(), String.join(",", fields));
                changedClients.add(e.getKey());
            }
        }
        assertThat(changedClients).hasSize(CLIENTS / 100);
        Files.write(returnLines, lines);
    }

    private static List<String> xlsxNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted().toList();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
