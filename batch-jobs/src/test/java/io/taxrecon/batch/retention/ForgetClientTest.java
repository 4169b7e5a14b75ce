package io.taxrecon.batch.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.CommandLineRun;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./reconcile forget --client ID} on two nights of the bundled sample: a dry run changes
 * nothing; the real one leaves no row, cell, line or file holding the client's id, name or TIN,
 * and every other client's outputs as they were.
 */
class ForgetClientTest {

    static final Path SAMPLE_INBOX = Path.of("..", "sample-data", "inbox").toAbsolutePath().normalize();
    /** A sample client with workbooks, a draft letter, findings and penalty rows on both nights. */
    static final String CLIENT = "C000002";
    /** A client whose id bounds a client range: the job repository's step contexts hold it. */
    static final String RANGE_BOUND = "C000021";

    static String name;
    static String tin;

    @BeforeAll
    static void theClientsNameAndTin() throws Exception {
        try (Reader in = Files.newBufferedReader(SAMPLE_INBOX.resolve("clients.csv"));
                CSVParser clients = CSVParser.builder().setReader(in)
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            CSVRecord client = clients.stream().filter(r -> r.get("client_id").equals(CLIENT)).findFirst().orElseThrow();
            name = client.get("name");
            tin = client.get("tin").replace("-", "");
        }
    }

    static Path twoNights(String prefix) {
        Path out = TestFolders.create(prefix);
        for (String night : List.of("2026-11-22", "2026-11-23")) {
            CommandLineRun run = CommandLineRun.of("--inbox", SAMPLE_INBOX.toString(), "--out", out.toString(),
                    "--run-date", night);
            assertThat(run.exitCode).as(run.err).isZero();
        }
        return out;
    }

    @Test
    void forgetLeavesNoRowCellLineOrFileHoldingTheClientsIdNameOrTin() throws Exception {
        Path out = twoNights("forget");
        assertThat(StoredTrace.inStore(out, CLIENT)).isNotEmpty();
        assertThat(StoredTrace.inFiles(out, CLIENT)).isNotEmpty();
        assertThat(StoredTrace.inFiles(out, name)).isNotEmpty();
        Path otherWorkbook = out.resolve("2026-11-23/clients/C000034.xlsx");
        String otherBefore = StoredTrace.content(otherWorkbook);
        long findingsBefore = lines(out.resolve("2026-11-23/findings.csv"));
        long clientFindings = Files.readAllLines(out.resolve("2026-11-23/findings.csv")).stream()
                .filter(l -> l.contains("," + CLIENT + ",")).count();

        CommandLineRun dry = CommandLineRun.of("forget", "--client", CLIENT, "--out", out.toString(), "--dry-run");
        assertThat(dry.exitCode).as(dry.err).isZero();
        assertThat(dry.out).contains("Would remove").contains("C000002.xlsx").contains("C000002-N000002-1-response.docx").contains("Dry run: nothing was changed");
        assertThat(out.resolve("2026-11-23/clients/C000002.xlsx")).exists();
        assertThat(lines(out.resolve("2026-11-23/findings.csv"))).isEqualTo(findingsBefore);

        CommandLineRun forget = CommandLineRun.of("forget", "--client", CLIENT, "--out", out.toString());
        assertThat(forget.exitCode).as(forget.err).isZero();
        assertThat(forget.out).contains("Removed rows:").contains("client ").contains("the firm's, not taxrecon's");

        assertThat(StoredTrace.inStore(out, CLIENT)).isEmpty();
        assertThat(StoredTrace.inStore(out, name)).isEmpty();
        assertThat(StoredTrace.inStore(out, tin)).isEmpty();
        assertThat(StoredTrace.inFiles(out, CLIENT)).isEmpty();
        assertThat(StoredTrace.inFiles(out, name)).isEmpty();
        assertThat(StoredTrace.inFiles(out, tin)).isEmpty();
        // everyone else's rows and workbooks stay as they were
        assertThat(lines(out.resolve("2026-11-23/findings.csv"))).isEqualTo(findingsBefore - clientFindings);
        assertThat(StoredTrace.content(otherWorkbook)).isEqualTo(otherBefore);
        assertThat(StoredTrace.content(out.resolve("worklist.xlsx"))).contains("C000017|2024|RESPONSE_DEADLINE");

        assertThat(StoredTrace.inStore(out, RANGE_BOUND)).isNotEmpty();
        assertThat(CommandLineRun.of("forget", "--client", RANGE_BOUND, "--out", out.toString()).exitCode).isZero();
        assertThat(StoredTrace.inStore(out, RANGE_BOUND)).isEmpty();
        assertThat(StoredTrace.inFiles(out, RANGE_BOUND)).isEmpty();

        // the next night runs on the store as usual, and compares with the night before it
        CommandLineRun next = CommandLineRun.of("--inbox", SAMPLE_INBOX.toString(), "--out", out.toString(),
                "--run-date", "2026-11-24");
        assertThat(next.exitCode).as(next.err).isZero();
        assertThat(next.out).contains("Since the previous night (2026-11-23)");
    }

    @Test
    void forgetTakesTheClientsRejectedRowsOutOfRejectsCsvAndLeavesTheOthers() throws Exception {
        Path inbox = TestFolders.create("forget-rejects-inbox");
        Files.writeString(inbox.resolve("clients.csv"), "client_id,name,tin\nK1,Kim Forgotten,123-45-6781\n"
                + "K2,Lee Kept,123-45-6782\n");
        Files.writeString(inbox.resolve("payments.csv"), "payment_id,client_id,tin,tax_year,payment_date,amount\n"
                + "P1,K1,123456781,2024,2026-04-15,100.00\nP2,K1,123456781,2024,2026-04-15,12x\n"
                + "P3,K2,123456782,2024,2026-04-15,200.00\nP4,K2,123456782,2024,2026-04-15,7y\n");
        Path out = TestFolders.create("forget-rejects");
        CommandLineRun run = CommandLineRun.of("--inbox", inbox.toString(), "--out", out.toString(),
                "--run-date", "2026-11-23");
        assertThat(run.exitCode).as(run.err).isZero();
        Path rejects = out.resolve("2026-11-23").resolve("rejects.csv");
        List<String> before = Files.readAllLines(rejects);
        assertThat(before).hasSize(3).anyMatch(l -> l.contains("12x")).anyMatch(l -> l.contains("7y"));

        CommandLineRun forget = CommandLineRun.of("forget", "--client", "K1", "--out", out.toString());
        assertThat(forget.exitCode).as(forget.err).isZero();
        assertThat(forget.out).contains("rejects.csv rows");
        assertThat(Files.readAllLines(rejects)).containsExactly(before.get(0),
                before.stream().filter(l -> l.contains("7y")).findFirst().orElseThrow());
        assertThat(StoredTrace.inStore(out, "K1")).isEmpty();
        assertThat(StoredTrace.inStore(out, "Kim Forgotten")).isEmpty();
        assertThat(StoredTrace.inFiles(out, "Kim Forgotten")).isEmpty();
        assertThat(StoredTrace.inStore(out, "Lee Kept")).isNotEmpty();
    }

    private static long lines(Path file) throws Exception {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }
}
