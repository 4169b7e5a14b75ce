package io.taxrecon.reports.libreoffice;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.firmsummary.ClientSummary;
import io.taxrecon.reports.firmsummary.FirmSummaryWorkbook;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.fixtures.TwoClients;
import io.taxrecon.reports.letters.ResponseLetter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a client workbook, the firm summary (with its charts) and a draft letter in LibreOffice
 * and prints them to PDF, headless: the files must convert cleanly. soffice runs with a profile
 * and a locale of its own, so nothing of the machine's can fail it; the test is skipped only where
 * {@code soffice} is not installed. Set {@code -Dtaxrecon.libreoffice.out=DIR} to keep the files
 * and PDFs for a look.
 */
class LibreOfficeConversionIT {

    @TempDir
    Path temp;

    @Test
    void clientWorkbookFirmSummaryAndLetterConvertToPdf() throws Exception {
        String soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH");
        String keep = System.getProperty("taxrecon.libreoffice.out");
        Path dir = keep == null ? temp : Files.createDirectories(Path.of(keep));

        ReportContext context = new ReportContext(RUN_DATE, "Smith & Jones CPAs");
        Path clients = dir.resolve("clients");
        List<Path> files = new ArrayList<>();
        List<ClientSummary> rows = new ArrayList<>();
        for (ClientReconciliation rec : List.of(Fixtures.reconciliation(), TwoClients.anna(), TwoClients.boris())) {
            String id = rec.records().client().clientId();
            Map<String, String> letters = new ResponseLetter().writeWarranted(rec, context, clients);
            Path workbook = clients.resolve(ClientWorkbook.fileNameFor(id));
            new ClientWorkbook().write(rec, context, workbook, letters);
            rows.add(ClientSummary.of(rec, "clients/" + workbook.getFileName()));
            if (files.isEmpty()) {
                files.add(workbook);
                files.add(clients.resolve(letters.get("N-1")));
            }
        }
        rows.sort(FirmSummaryWorkbook.URGENCY);
        Path summary = dir.resolve("firm-summary.xlsx");
        try (FirmSummaryWorkbook wb = new FirmSummaryWorkbook(summary, context)) {
            rows.forEach(wb::add);
        }
        files.add(summary);

        Path pdfs = Files.createDirectories(dir.resolve("pdf"));
        List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
                // A profile of its own: a second LibreOffice (a desktop session, a parallel build) cannot lock it.
                "-env:UserInstallation=" + temp.resolve("lo-profile").toUri(),
                "--convert-to", "pdf", "--outdir", pdfs.toString()));
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("soffice.log").toFile());
        // Without a locale it knows, soffice fails with "user interface language cannot be determined"
        // (it did once, under a build whose environment had no LANG): give it one.
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished in time").isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("soffice.log"))).isZero();

        for (Path f : files) {
            String stem = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path pdf = pdfs.resolve(stem + ".pdf");
            assertThat(pdf).as(Files.readString(temp.resolve("soffice.log"))).isRegularFile();
            byte[] head = new byte[5];
            try (var in = Files.newInputStream(pdf)) {
                assertThat(in.read(head)).isEqualTo(5);
            }
            assertThat(new String(head)).isEqualTo("%PDF-");
            assertThat(Files.size(pdf)).isGreaterThan(1_000);
        }
    }

    private static String onPath(String program) throws IOException {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
