package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A night whose inbox was built to hurt: client ids that are paths, device names or too long for a
 * file name, and a CSV record past the length limit. Each is handled in one line, and nothing is
 * ever written outside the output folder.
 */
class HostileInboxTest {

    static final List<String> HOSTILE_IDS = List.of("../../x", "CON", "..", "A".repeat(300), "nul.txt");

    @Test
    void clientIdsThatArePathsOrDeviceNamesNameSafeFilesInsideTheOutputFolderAndForgetFindsThem() throws Exception {
        Path root = TestFolders.create("hostile");
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path out = Files.createDirectories(root.resolve("a")).resolve("out"); // "../../x" from OUT/RUN-DATE/clients lands in OUT
        StringBuilder clients = new StringBuilder("client_id,name,tin\n");
        StringBuilder notices = new StringBuilder("notice_id,client_id,tin,tax_year,notice_code,notice_date,amount_due,"
                + "response_due_date\n");
        for (int i = 0; i < HOSTILE_IDS.size(); i++) {
            String id = HOSTILE_IDS.get(i);
            String tin = "123-45-678" + (i + 1);
            clients.append('"').append(id).append("\",Client ").append(i).append(',').append(tin).append('\n');
            notices.append("N").append(i).append(",\"").append(id).append("\",").append(tin)
                    .append(",2024,CP9999,2026-11-01,0.00,2027-03-01\n");
        }
        Files.writeString(inbox.resolve("clients.csv"), clients);
        Files.writeString(inbox.resolve("notices.csv"), notices);
        List<Path> before = everything(root);

        CommandLineRun run = CommandLineRun.of("--inbox", inbox.toString(), "--out", out.toString(),
                "--run-date", "2026-11-23");
        assertThat(run.exitCode).as(run.err).isZero();

        Path clientsFolder = out.resolve("2026-11-23").resolve("clients");
        for (String id : HOSTILE_IDS) {
            Path workbook = clientsFolder.resolve(ClientWorkbook.fileNameFor(id)).normalize();
            assertThat(workbook).as(id).exists().hasParent(clientsFolder);
            String name = workbook.getFileName().toString();
            assertThat(name.length()).isLessThanOrEqualTo(105);
            assertThat(name.split("\\.")[0].toUpperCase(Locale.ROOT)).isNotIn("CON", "NUL", "");
        }
        // every file the run wrote is inside the output folder
        assertThat(everything(root)).allMatch(p -> before.contains(p) || p.startsWith(out));
        assertThat(Files.readString(out.resolve("2026-11-23").resolve("findings.csv"))).contains(",../../x,");

        CommandLineRun forget = CommandLineRun.of("forget", "--client", "../../x", "--out", out.toString());
        assertThat(forget.exitCode).as(forget.err).isZero();
        assertThat(clientsFolder.resolve(ClientWorkbook.fileNameFor("../../x"))).doesNotExist();
        assertThat(clientsFolder.resolve(ClientWorkbook.fileNameFor("CON"))).exists();
        assertThat(Files.readString(out.resolve("2026-11-23").resolve("findings.csv"))).doesNotContain("../../x")
                .contains(",CON,");
        assertThat(everything(root)).allMatch(p -> before.contains(p) || p.startsWith(out));
    }

    @Test
    void aCsvRecordPastTheLengthLimitStopsTheRunWithOneLineNamingTheFile() throws Exception {
        Path inbox = TestFolders.create("hostile-long-inbox");
        Files.writeString(inbox.resolve("clients.csv"), "client_id,name,tin\nC1,Jane Doe,123-45-6789\n");
        Files.writeString(inbox.resolve("payments.csv"), "payment_id,client_id,tin,tax_year,payment_date,amount\n"
                + "P1,C1,123456789,2024,2026-04-15,\"" + "9".repeat(1_100_000) + "\"\n");
        Path out = TestFolders.create("hostile-long-out");
        CommandLineRun run = CommandLineRun.of("--inbox", inbox.toString(), "--out", out.toString(),
                "--run-date", "2026-11-23");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("payments.csv").contains("a record is longer than 1,000,000 characters")
                .doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
        assertThat(out.resolve("2026-11-23").resolve("findings.csv")).doesNotExist();
    }

    private static List<Path> everything(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(Path::toAbsolutePath).map(Path::normalize).toList();
        }
    }
}
