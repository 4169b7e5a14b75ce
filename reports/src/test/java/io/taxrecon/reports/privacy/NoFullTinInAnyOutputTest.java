package io.taxrecon.reports.privacy;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.ingest.Rejection;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.csv.FindingsCsv;
import io.taxrecon.reports.csv.RejectsCsv;
import io.taxrecon.reports.firmsummary.ClientSummary;
import io.taxrecon.reports.firmsummary.FirmSummaryWorkbook;
import io.taxrecon.reports.fixtures.Docx;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.fixtures.TwoClients;
import io.taxrecon.reports.fixtures.Xlsx;
import io.taxrecon.reports.letters.ResponseLetter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes every output of a small run (three clients' workbooks and letters, the firm summary,
 * findings.csv, rejects.csv) and scans every cell, paragraph, line and XML part for a run of nine
 * digits (dashes allowed where a TIN has them) equal to any TIN the inputs used. A client's
 * workbook and letters also must not hold another client's name.
 */
class NoFullTinInAnyOutputTest {

    /** Nine digits, possibly written 123-45-6789 or 12-3456789, not inside a longer digit run. */
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)(\\d{3}-\\d{2}-\\d{4}|\\d{2}-\\d{7}|\\d{9})(?!\\d)");

    private static final ReportContext CONTEXT = new ReportContext(RUN_DATE, "Smith CPAs");

    @TempDir
    Path dir;

    @Test
    void noOutputHoldsAFullTin() throws IOException {
        List<ClientReconciliation> clients = List.of(Fixtures.reconciliation(), TwoClients.anna(), TwoClients.boris());
        Set<String> tins = new java.util.HashSet<>();
        Fixtures.ALL_TINS.stream().map(Tin::digits).forEach(tins::add);
        TwoClients.TINS.stream().map(Tin::digits).forEach(tins::add);

        List<Path> outputs = writeRun(clients);
        assertThat(outputs).hasSizeGreaterThanOrEqualTo(9);
        for (Path file : outputs) {
            for (String text : textOf(file)) {
                assertThat(fullTins(text, tins)).as("%s: %s", file.getFileName(), text).isEmpty();
            }
        }
    }

    @Test
    void aClientsFilesShowTheOtherClientsTinMaskedAndNeverTheirName() throws IOException {
        for (ClientReconciliation rec : List.of(TwoClients.anna(), TwoClients.boris())) {
            boolean anna = rec.records().client().name().equals(TwoClients.ANNA);
            String otherName = anna ? TwoClients.BORIS : TwoClients.ANNA;
            Tin otherTin = anna ? TwoClients.BORIS_TIN : TwoClients.ANNA_TIN;
            Path folder = dir.resolve(rec.records().client().clientId());
            Map<String, String> letters = new ResponseLetter().writeWarranted(rec, CONTEXT, folder);
            assertThat(letters).hasSize(2); // the bridged CP14 and the notice naming the other TIN
            Path workbook = folder.resolve(ClientWorkbook.fileNameFor(rec.records().client().clientId()));
            new ClientWorkbook().write(rec, CONTEXT, workbook, letters);

            List<Path> files = new ArrayList<>(List.of(workbook));
            letters.values().forEach(name -> files.add(folder.resolve(name)));
            for (Path file : files) {
                String all = String.join("\n", textOf(file));
                assertThat(all).as(file.getFileName().toString()).doesNotContain(otherName)
                        .doesNotContain(otherTin.digits())
                        .contains(otherTin.masked());
                assertThat(Xlsx.rawXml(file)).doesNotContain(otherName).doesNotContain(otherTin.digits());
            }
        }
    }

    private List<Path> writeRun(List<ClientReconciliation> clients) throws IOException {
        List<Path> outputs = new ArrayList<>();
        Path clientsDir = dir.resolve("clients");
        List<ClientSummary> rows = new ArrayList<>();
        for (ClientReconciliation rec : clients) {
            String id = rec.records().client().clientId();
            Map<String, String> letters = new ResponseLetter().writeWarranted(rec, CONTEXT, clientsDir);
            letters.values().forEach(name -> outputs.add(clientsDir.resolve(name)));
            Path workbook = clientsDir.resolve(ClientWorkbook.fileNameFor(id));
            new ClientWorkbook().write(rec, CONTEXT, workbook, letters);
            outputs.add(workbook);
            rows.add(ClientSummary.of(rec, "clients/" + workbook.getFileName()));
        }
        rows.sort(FirmSummaryWorkbook.URGENCY);
        Path summary = dir.resolve("firm-summary.xlsx");
        try (FirmSummaryWorkbook wb = new FirmSummaryWorkbook(summary, CONTEXT)) {
            rows.forEach(wb::add);
        }
        outputs.add(summary);

        Path findings = dir.resolve("findings.csv");
        try (Writer w = Files.newBufferedWriter(findings, StandardCharsets.UTF_8); FindingsCsv csv = new FindingsCsv(w, RUN_DATE)) {
            clients.forEach(rec -> rec.findings().forEach(csv::write));
        }
        outputs.add(findings);
        Path rejects = dir.resolve("rejects.csv");
        try (Writer w = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8); RejectsCsv csv = new RejectsCsv(w)) {
            csv.write(new Rejection(SourceRef.csv("clients.csv", 9), "C-ANNA", "name", "Anna 111-22-3333 Aardvark",
                    "TIN 444556666 appears in the name"));
        }
        outputs.add(rejects);
        try (Stream<Path> left = Files.walk(dir)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        return outputs;
    }

    /** What a person or a tool could read in the file: cells or paragraphs, and the raw XML or lines. */
    private static List<String> textOf(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> texts = new ArrayList<>();
        if (name.endsWith(".xlsx")) {
            try (XSSFWorkbook wb = Xlsx.open(file)) {
                texts.addAll(Xlsx.allText(wb));
            }
            texts.add(Xlsx.rawXml(file));
        } else if (name.endsWith(".docx")) {
            try (XWPFDocument doc = Docx.open(file)) {
                texts.addAll(Docx.allText(doc));
            }
            texts.add(Xlsx.rawXml(file));
        } else {
            texts.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static List<String> fullTins(String text, Set<String> tins) {
        List<String> found = new ArrayList<>();
        Matcher m = NINE_DIGITS.matcher(text);
        while (m.find()) {
            String digits = m.group().replace("-", "");
            if (tins.contains(digits)) {
                found.add(m.group());
            }
        }
        return found;
    }
}
