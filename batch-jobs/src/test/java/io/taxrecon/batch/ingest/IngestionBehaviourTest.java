package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.CommandLineRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What ingestion does with a firm's files, seen through the command line and the run's outputs. */
class IngestionBehaviourTest {

    static final String CLIENTS = "client_id,name,tin\nC1,Jane Doe,123-45-6789\n";
    static final String PAYMENTS_HEADER = "payment_id,client_id,tin,tax_year,payment_date,amount\n";

    @Test
    void aRowForAClientNoClientsFileNamesIsRejectedWithItsReasonNotLost() throws IOException {
        Path inbox = inbox(CLIENTS, PAYMENTS_HEADER
                + "P1,C1,123456789,2024,2025-04-15,100.00\n"
                + "P2,C9,987654321,2024,2025-04-15,200.00\n");
        Path out = TestFolders.create("unknown-client-out");
        assertThat(run(inbox, out, "2026-11-23").exitCode).isZero();
        assertThat(rejects(out, "2026-11-23"))
                .containsExactly("payments.csv,,3,client_id,C9,no client with this client_id in any clients file");
        assertThat(summary(out, "2026-11-23")).contains("\"rowsRead\" : 2,\n    \"rowsLoaded\" : 1,\n    \"rowsRejected\" : 1");
    }

    @Test
    void theSameFileUnderTwoNamesOrOnTwoNightsIsLoadedOnce() throws IOException {
        String payments = PAYMENTS_HEADER + "P1,C1,123456789,2024,2025-04-15,100.00\n";
        Path inbox = inbox(CLIENTS, payments);
        Files.writeString(inbox.resolve("payments-copy.csv"), payments);
        Path out = TestFolders.create("same-file-out");
        assertThat(run(inbox, out, "2026-11-23").exitCode).isZero();
        String first = summary(out, "2026-11-23");
        assertThat(first).contains("\"name\" : \"payments-copy.csv\"").contains("\"status\" : \"already loaded on 2026-11-23\"");

        Path nextNight = inbox(CLIENTS, payments);
        assertThat(run(nextNight, out, "2026-11-24").exitCode).isZero();
        assertThat(summary(out, "2026-11-24")).doesNotContain("\"status\" : \"loaded\"");
        // the payment is reconciled once: the one staged row, not two
        assertThat(Files.readString(out.resolve("2026-11-24").resolve("findings.csv")).lines()
                .filter(l -> l.contains(",P1,")).count()).isEqualTo(1);
    }

    @Test
    void aNightReconcilesItsOwnInboxSoAReExportedFileDoesNotCountItsRowsTwice() throws IOException {
        String payments = PAYMENTS_HEADER + "P1,C1,123456789,2024,2025-04-15,100.00\n";
        Path out = TestFolders.create("re-export-out");
        assertThat(run(inbox(CLIENTS, payments), out, "2026-11-23").exitCode).isZero();
        // the next night's export holds the same rows, but is not the same file (a trailing line)
        assertThat(run(inbox(CLIENTS, payments + "\n"), out, "2026-11-24").exitCode).isZero();
        assertThat(Files.readString(out.resolve("2026-11-24").resolve("findings.csv")).lines()
                .filter(l -> l.contains(",UNPOSTED_PAYMENT,")).count()).isEqualTo(1);
    }

    @Test
    void rowsWhoseClientsFileArrivesANightLateAreRejectedThatNightAndReconciledTheNext() throws IOException {
        String payments = PAYMENTS_HEADER + "P1,C1,123456789,2024,2025-04-15,100.00\n";
        Path first = TestFolders.create("late-clients");
        Files.writeString(first.resolve("clients.csv"), "client_id,name,tin\nC7,Someone Else,111-22-3333\n");
        Files.writeString(first.resolve("payments.csv"), payments);
        Path out = TestFolders.create("late-clients-out");
        assertThat(run(first, out, "2026-11-23").exitCode).isZero();
        assertThat(rejects(out, "2026-11-23")).singleElement().asString().contains(",C1,no client with this client_id");

        assertThat(run(inbox(CLIENTS, payments), out, "2026-11-24").exitCode).isZero();
        assertThat(rejects(out, "2026-11-24")).isEmpty();
        assertThat(Files.readString(out.resolve("2026-11-24").resolve("findings.csv"))).contains(",P1,");
    }

    @Test
    void longValuesAndALongFileNameAreLoadedNotAFailureAndOneFileTwiceRejectsItsRowsOnce() throws IOException {
        String longText = "Electronic Federal Tax Payment System (EFTPS) batch provider, sub-account 7";
        String payments = PAYMENTS_HEADER.replace("amount\n", "amount,method\n")
                + "P1,C1,123456789,2024,2025-04-15,100.00," + longText + "\n"
                + "P2,C1,123456789,2024,someday,100.00,EFTPS\n";
        Path inbox = TestFolders.create("long-values");
        Files.writeString(inbox.resolve("clients.csv"), CLIENTS.replace("Jane Doe", "Jane " + "Q".repeat(600) + " Doe"));
        Files.writeString(inbox.resolve("payments-exported-from-the-practice-management-system-on-2026-11-23-at-23-59.csv"),
                payments);
        Files.writeString(inbox.resolve("payments-copy.csv"), payments);
        Path out = TestFolders.create("long-values-out");
        CommandLineRun run = run(inbox, out, "2026-11-23");
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(rejects(out, "2026-11-23")).singleElement().asString().contains("not a date");
    }

    @Test
    void aMostlyBrokenFileStopsTheRunBeforeAnyReport() throws IOException {
        StringBuilder payments = new StringBuilder(PAYMENTS_HEADER);
        for (int i = 0; i < 10; i++) {
            payments.append("P").append(i).append(",C1,123456789,2024,").append(i < 3 ? "2025-04-15" : "someday")
                    .append(",100.00\n");
        }
        Path out = TestFolders.create("broken-out");
        CommandLineRun run = run(inbox(CLIENTS, payments.toString()), out, "2026-11-23");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("payments.csv: 7 of 10 rows were rejected").contains("\"not a date\"")
                .doesNotContain("\tat ");
        assertThat(out.resolve("2026-11-23").resolve("findings.csv")).doesNotExist();
    }

    @Test
    void aFirmsColumnMappingFileMapsItsOwnHeaders() throws IOException {
        Path inbox = inbox(CLIENTS, "Pmt Ref,client_id,tin,tax_year,payment_date,Amt Paid USD\n"
                + "P1,C1,123456789,2024,2025-04-15,100.00\n");
        Path mapping = Files.writeString(TestFolders.create("mapping").resolve("mapping.csv"),
                "kind,column,header\npayments,payment_id,Pmt Ref\npayments,amount,Amt Paid USD\n");
        Path out = TestFolders.create("mapping-out");
        CommandLineRun run = CommandLineRun.of("--inbox", inbox.toString(), "--out", out.toString(),
                "--run-date", "2026-11-23", "--column-mapping", mapping.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(Files.readString(out.resolve("2026-11-23").resolve("findings.csv")))
                .contains("2026-11-23,C1,2024,UNPOSTED_PAYMENT,").contains(",P1,");
    }

    @Test
    void anExcelInboxIsReadLikeCsvWithSheetAndRowInItsRejects() throws IOException {
        Path inbox = TestFolders.create("excel-inbox");
        Files.writeString(inbox.resolve("clients.csv"), CLIENTS);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Read me").createRow(0).createCell(0).setCellValue("exported by PayrollCo");
            Sheet sheet = wb.createSheet("payments");
            List<List<Object>> rows = List.of(
                    List.of("payment_id", "client_id", "tin", "tax_year", "payment_date", "amount"),
                    List.of("P1", "C1", 123456789, 2024, "2025-04-15", 100.0),
                    List.of("P2", "C1", 12345678, 2024, "2025-04-15", "ten dollars"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(inbox.resolve("payments.xlsx"))) {
                wb.write(os);
            }
        }
        Path out = TestFolders.create("excel-out");
        assertThat(run(inbox, out, "2026-11-23").exitCode).isZero();
        assertThat(rejects(out, "2026-11-23")).containsExactly("payments.xlsx,payments,3,amount,ten dollars,not an amount");
        assertThat(Files.readString(out.resolve("2026-11-23").resolve("findings.csv"))).contains(",UNPOSTED_PAYMENT,");
    }

    private static Path inbox(String clients, String payments) throws IOException {
        Path inbox = TestFolders.create("inbox");
        Files.writeString(inbox.resolve("clients.csv"), clients);
        Files.writeString(inbox.resolve("payments.csv"), payments);
        return inbox;
    }

    private static CommandLineRun run(Path inbox, Path out, String runDate) {
        return CommandLineRun.of("--inbox", inbox.toString(), "--out", out.toString(), "--run-date", runDate);
    }

    private static List<String> rejects(Path out, String runDate) throws IOException {
        return Files.readAllLines(out.resolve(runDate).resolve("rejects.csv")).stream().skip(1).toList();
    }

    private static String summary(Path out, String runDate) throws IOException {
        return Files.readString(out.resolve(runDate).resolve("run-summary.json"));
    }
}
