package io.taxrecon.sampledata.transcripts;

import static io.taxrecon.sampledata.transcripts.GeneratedFirmRows.csvBoxes;
import static io.taxrecon.sampledata.transcripts.GeneratedFirmRows.csvTransactions;
import static io.taxrecon.sampledata.transcripts.GeneratedFirmRows.pdfText;
import static io.taxrecon.sampledata.transcripts.GeneratedFirmRows.transcriptTransactions;
import static io.taxrecon.sampledata.transcripts.GeneratedFirmRows.transcripts;
import static io.taxrecon.sampledata.transcripts.GeneratedFirmRows.wageAndIncomeBoxes;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.InputFormat;
import io.taxrecon.sampledata.SampleInboxGenerator;
import io.taxrecon.sampledata.inbox.InboxWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same firm generated as CSV and with its IRS side as transcripts in each layout: every file
 * is well formed for its layout, every transaction of the CSV firm is in a transcript or still in
 * the CSV (none lost, none invented), and a seed always gives the same files.
 */
class GeneratedTranscriptsTest {

    private static final int CLIENTS = 24;
    private static final long SEED = 2026;
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    private static final Pattern PAGE_OF = Pattern.compile("^Page (\\d+) of (\\d+)$");

    @TempDir
    static Path work;
    static Path csvFirm;
    static final Map<TranscriptLayout, Path> FIRMS = new EnumMap<>(TranscriptLayout.class);

    @BeforeAll
    static void generateTheFirmFourWays() throws IOException {
        csvFirm = work.resolve("csv");
        SampleInboxGenerator.generate(new GeneratorOptions(CLIENTS, SEED, RUN_DATE, csvFirm));
        for (TranscriptLayout layout : List.of(TranscriptLayout.TEXT, TranscriptLayout.PDF, TranscriptLayout.HTML)) {
            Path firm = work.resolve(layout.toString());
            SampleInboxGenerator.generate(options(firm, layout));
            FIRMS.put(layout, firm);
        }
    }

    private static GeneratorOptions options(Path firm, TranscriptLayout layout) {
        return new GeneratorOptions(CLIENTS, SEED, RUN_DATE, firm, false, InputFormat.CSV,
                GeneratorOptions.DEFAULT_HISTORY_YEARS, layout);
    }

    @Test
    void everyTransactionOfTheCsvFirmIsInATranscriptOrStillInTheCsvInEachLayout() throws IOException {
        List<String> csv = csvTransactions(csvFirm);
        assertThat(csv).hasSizeGreaterThan(100);
        for (Map.Entry<TranscriptLayout, Path> firm : FIRMS.entrySet()) {
            List<String> carried = new ArrayList<>(transcriptTransactions(firm.getKey(), firm.getValue()));
            assertThat(carried).as(firm.getKey() + ": most rows travel as transcripts").hasSizeGreaterThan(csv.size() * 9 / 10);
            carried.addAll(csvTransactions(firm.getValue()));
            assertThat(carried).as(firm.getKey().toString()).containsExactlyInAnyOrderElementsOf(csv);
        }
    }

    @Test
    void everyW2And1099BoxOfTheCsvFirmIsInAWageAndIncomeTranscriptOrStillInTheCsv() throws IOException {
        Path firm = FIRMS.get(TranscriptLayout.TEXT);
        List<String> csv = csvBoxes(csvFirm);
        List<String> carried = new ArrayList<>(wageAndIncomeBoxes(firm));
        assertThat(carried).hasSizeGreaterThan(csv.size() / 2);
        carried.addAll(csvBoxes(firm));
        assertThat(carried).containsExactlyInAnyOrderElementsOf(csv);
    }

    @Test
    void theTruthIsTheSameAsTheCsvFirms() throws IOException {
        for (Path firm : FIRMS.values()) {
            assertThat(Files.readString(firm.resolve(InboxWriter.TRUTH))).isEqualTo(Files.readString(csvFirm.resolve(InboxWriter.TRUTH)));
        }
    }

    @Test
    void everyTextPageOpensWithTheBannerAndClosesWithItsNumber() throws IOException {
        for (Path file : transcripts(FIRMS.get(TranscriptLayout.TEXT))) {
            List<String> lines = Files.readAllLines(file);
            int pages = 0;
            for (int i = 0; i < lines.size(); i++) {
                Matcher page = PAGE_OF.matcher(lines.get(i));
                if (page.matches()) {
                    pages++;
                    assertThat(Integer.parseInt(page.group(1))).as(file + " line " + (i + 1)).isEqualTo(pages);
                }
            }
            assertThat(lines.get(0)).isEqualTo(TdsTextLayout.SENSITIVE);
            assertThat(lines.stream().filter(TdsTextLayout.SENSITIVE::equals).count()).as(file.toString()).isEqualTo(pages);
            assertThat(lines.get(lines.size() - 1)).isEqualTo("Page " + pages + " of " + pages);
            assertThat(lines).anyMatch(l -> l.matches("TAX PERIOD: Dec\\. 31, \\d{4}"))
                    .anyMatch(l -> l.matches("TAXPAYER IDENTIFICATION NUMBER: XXX-XX-\\d{4}"));
        }
    }

    @Test
    void everyPdfOpensInPdfBoxWithAPageCounterOnEachPageAndTheNewerLabels() throws IOException {
        List<Path> files = transcripts(FIRMS.get(TranscriptLayout.PDF));
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                String text = pdfText(pdf);
                // one counter a page; a PDF of several periods numbers each period's pages on its own
                List<int[]> counters = Pattern.compile("Page (\\d+)/(\\d+)").matcher(text).results()
                        .map(r -> new int[] {Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2))}).toList();
                assertThat(counters).as(file.toString()).hasSize(pdf.getNumberOfPages());
                assertThat(counters).allMatch(c -> c[0] >= 1 && c[0] <= c[1]);
                assertThat(counters.get(counters.size() - 1)[0]).isEqualTo(counters.get(counters.size() - 1)[1]);
                assertThat(text).contains("Report for Tax Period Ending:\n12-31-").contains("XXX-XX-");
            }
        }
    }

    @Test
    void aPrefixedClientsAccountTranscriptsInPdfAreOnePdfOfSeveralPeriodsEachNumberingItsPages() throws IOException {
        Path several = transcripts(FIRMS.get(TranscriptLayout.PDF)).stream()
                .filter(f -> f.getFileName().toString().matches("C\\d{6}_ACTR-1040-\\d{4}\\.pdf"))
                .filter(f -> {
                    try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                        return pdfText(pdf).split("Report for Tax Period Ending:").length > 2;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(several.toFile())) {
            String text = pdfText(pdf);
            assertThat(Pattern.compile("Page 1/\\d+").matcher(text).results().count())
                    .as("each period starts its own page count").isGreaterThan(1);
        }
    }

    @Test
    void everyHtmlTranscriptPairsEachLabelWithAValueAndTablesItsTransactions() throws IOException {
        for (Path file : transcripts(FIRMS.get(TranscriptLayout.HTML))) {
            Document html = Jsoup.parse(file.toFile());
            assertThat(html.select(".item-label")).isNotEmpty();
            for (Element item : html.select(".item")) {
                assertThat(item.select(".item-label")).hasSize(1);
                assertThat(item.select(".item-value")).hasSize(1);
            }
            if (file.getFileName().toString().contains("ACTR-")) {
                assertThat(html.select("table.transactions th").eachText())
                        .containsExactly("Code", "Explanation of transaction", "Cycle", "Date", "Amount");
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameTranscriptsByteForByte() throws IOException {
        for (TranscriptLayout layout : List.of(TranscriptLayout.TEXT, TranscriptLayout.PDF, TranscriptLayout.HTML)) {
            Path again = work.resolve(layout + "-again");
            SampleInboxGenerator.generate(options(again, layout));
            List<Path> first = transcripts(FIRMS.get(layout));
            List<Path> second = transcripts(again);
            assertThat(second.stream().map(p -> again.relativize(p).toString()).toList())
                    .isEqualTo(first.stream().map(p -> FIRMS.get(layout).relativize(p).toString()).toList());
            for (int i = 0; i < first.size(); i++) {
                assertThat(Files.readAllBytes(second.get(i))).as(second.get(i).toString())
                        .isEqualTo(Files.readAllBytes(first.get(i)));
            }
        }
    }

    @Test
    void transcriptsSitInTheClientsFolderOrStartWithTheClientId() throws IOException {
        Path root = FIRMS.get(TranscriptLayout.TEXT).resolve(InboxWriter.INBOX).resolve(TranscriptWriter.FOLDER);
        List<Path> files = transcripts(FIRMS.get(TranscriptLayout.TEXT));
        assertThat(files).allMatch(f -> f.getParent().equals(root)
                ? f.getFileName().toString().matches("C\\d{6}_(ACTR|WAID|TRT)-1040-\\d{4}-\\d{4}\\.txt")
                : f.getParent().getParent().equals(root) && f.getFileName().toString().matches("(ACTR|WAID|TRT)-1040-\\d{4}-\\d{4}\\.txt"));
        assertThat(files).anyMatch(f -> f.getParent().equals(root)).anyMatch(f -> !f.getParent().equals(root));
    }
}
