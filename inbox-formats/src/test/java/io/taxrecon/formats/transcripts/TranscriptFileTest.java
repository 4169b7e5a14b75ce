package io.taxrecon.formats.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.taxrecon.core.transcriptfiles.ParsedTranscript;
import io.taxrecon.core.transcriptfiles.TranscriptLabels;
import io.taxrecon.core.transcriptfiles.TranscriptLine;
import io.taxrecon.core.transcriptfiles.TranscriptParser;
import io.taxrecon.core.transcriptfiles.TransactionLine;
import io.taxrecon.core.transcriptfiles.UnreadLine;
import io.taxrecon.formats.tabular.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptFileTest {

    @TempDir
    Path dir;

    private final TranscriptParser parser = new TranscriptParser(TranscriptLabels.defaults());

    @Test
    void aPdfIsReadPageByPageWithItsRowsInReadingOrderWhateverOrderTheyWereDrawnIn() throws IOException {
        Path pdf = TranscriptPdf.write(dir.resolve("C001_ACTR-1040-2024.pdf"), List.of(
                List.of("This Product Contains Sensitive Taxpayer Data", "Account Transcript",
                        "Report for Tax Period Ending: 12-31-2024", "Taxpayer Identification Number: XXX-XX-4321",
                        "Account balance: $1,250.40", "Code Explanation of transaction Cycle Date Amount",
                        "150 Tax return filed 20251605 04-28-2025 $7,815.00", "n/a 27221-108-05521-5",
                        "Page 1 of 2"),
                List.of("This Product Contains Sensitive Taxpayer Data", "Account Transcript",
                        "Report for Tax Period Ending: 12-31-2024", "Taxpayer Identification Number: XXX-XX-4321",
                        "670 Payment 06-10-2025 -$1,200.00", "Page 2 of 2")));

        List<TranscriptLine> lines = TranscriptFile.read(pdf, "C001_ACTR-1040-2024.pdf");

        assertThat(lines).filteredOn(l -> l.text().startsWith("670")).singleElement()
                .extracting(TranscriptLine::page, TranscriptLine::line).containsExactly(2, 5);
        ParsedTranscript t = parser.parse(lines);
        assertThat(t.tinLastFour()).isEqualTo("4321");
        assertThat(t.periods().get(0).transactions()).extracting(TransactionLine::code, TransactionLine::amount,
                TransactionLine::dln, l -> l.at().pageLabel() + " line " + l.at().line())
                .containsExactly(tuple("150", new BigDecimal("7815.00"), "27221-108-05521-5", "page 1 line 7"),
                        tuple("670", new BigDecimal("-1200.00"), null, "page 2 line 5"));
    }

    @Test
    void aPdfWithoutTextIsRefusedAsAScan() throws IOException {
        Path scan = dir.resolve("C001_scan.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(scan.toFile());
        }

        assertThatThrownBy(() -> TranscriptFile.read(scan, "C001_scan.pdf"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("C001_scan.pdf: has no text to read (a scanned image?): download the transcript again "
                        + "from the IRS as PDF or HTML; a scan cannot be read");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedInOneLine() throws IOException {
        Path locked = dir.resolve("C001_locked.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(locked.toFile());
        }

        assertThatThrownBy(() -> TranscriptFile.read(locked, "C001_locked.pdf"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("C001_locked.pdf: the PDF is protected by a password; download the transcript again without one");
    }

    @Test
    void aBrokenPdfIsRefusedInOneLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("C001_broken.pdf"), "this is not a PDF");

        assertThatThrownBy(() -> TranscriptFile.read(broken, "C001_broken.pdf"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("C001_broken.pdf: not a readable PDF (");
    }

    @Test
    void anHtmlTranscriptReadsLabelValuePairsAndTheTransactionTableWithSourceLines() throws IOException {
        Path html = copy("account-online.html");

        ParsedTranscript t = parser.parse(TranscriptFile.read(html, "account-online.html"));

        assertThat(t.tinLastFour()).isEqualTo("4321");
        var period = t.periods().get(0);
        assertThat(period.taxYear()).isEqualTo(2024);
        assertThat(period.account().accountBalance()).isEqualByComparingTo("1250.40");
        assertThat(period.account().accruedInterest()).isEqualByComparingTo("42.17");
        assertThat(period.account().accruedPenalty()).isEqualByComparingTo("18.90");
        assertThat(period.account().accrualsAsOf()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(period.account().balancePlusAccruals()).isEqualByComparingTo("1311.47");
        assertThat(period.account().adjustedGrossIncome()).isEqualByComparingTo("98450.00");
        assertThat(period.transactions()).extracting(TransactionLine::code, TransactionLine::explanation,
                TransactionLine::cycle, TransactionLine::amount, TransactionLine::dln, l -> l.at().line())
                .containsExactly(
                        tuple("150", "Tax return filed", "20251605", new BigDecimal("7815.00"), "27221-108-05521-5", 34),
                        tuple("806", "W-2 or 1099 withholding", null, new BigDecimal("-9015.00"), null, 36),
                        tuple("670", "Payment", null, new BigDecimal("-1200.00"), null, 37),
                        tuple("276", "Penalty for late payment of tax", "20251605", new BigDecimal("22.05"), null, 38));
        assertThat(t.unread()).extracting(u -> u.line().line(), UnreadLine::reason)
                .containsExactly(tuple(39, "transaction 971 has the placeholder date 00-00-0000: the IRS gave no date"));
    }

    @Test
    void aTextFileIsATranscriptOnlyWhenATranscriptTitleIsInIt() throws IOException {
        Path transcript = Files.writeString(dir.resolve("C001_wi.txt"),
                "This Product Contains Sensitive Taxpayer Data\r\nWage and Income Transcript\r\n\fPage 2 of 2\r\n");
        Path csv = Files.writeString(dir.resolve("payments.txt"), "payment_id,client_id\nP1,C001\n");

        assertThat(TranscriptFile.formatOf(transcript)).contains(TranscriptFile.Format.TEXT);
        assertThat(TranscriptFile.formatOf(csv)).isEmpty();
        assertThat(TranscriptFile.read(transcript, "C001_wi.txt")).extracting(TranscriptLine::page,
                TranscriptLine::line, TranscriptLine::text)
                .startsWith(tuple(1, 1, "This Product Contains Sensitive Taxpayer Data"),
                        tuple(1, 2, "Wage and Income Transcript"), tuple(1, 3, ""), tuple(2, 1, "Page 2 of 2"));
    }

    private Path copy(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/transcripts/" + fixture)) {
            Path file = dir.resolve(fixture);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    static String utf8(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
