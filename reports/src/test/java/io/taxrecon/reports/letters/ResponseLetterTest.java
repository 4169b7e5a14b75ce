package io.taxrecon.reports.letters;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.fixtures.Docx;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.fixtures.TwoClients;
import io.taxrecon.reports.fixtures.Xlsx;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseLetterTest {

    private static final ReportContext CONTEXT = new ReportContext(RUN_DATE, "Smith & Jones CPAs");

    @TempDir
    Path dir;

    private static NoticeAssessment notice(ClientReconciliation rec, String id) {
        return rec.notices().stream().filter(n -> n.notice().noticeId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void noLetterForASupersededOrPaidNoticeEvenWhenItWasWrongOnItsDate() throws IOException {
        ClientReconciliation rec = Fixtures.reconciliation();
        // N-20 (superseded) and N-10 (paid) each have a bridge below their claim, as N-1 does.
        assertThat(notice(rec, "N-20").supported()).isLessThan(notice(rec, "N-20").claimed());
        assertThat(notice(rec, "N-10").supported()).isLessThan(notice(rec, "N-10").claimed());
        Map<String, String> letters = new ResponseLetter().writeWarranted(rec, CONTEXT, dir);
        assertThat(letters).containsExactly(Map.entry("N-1", "C-001-N-1-response.docx"));
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("C-001-N-1-response.docx");
        }
    }

    @Test
    void fileNamesJoinClientAndNoticeSafely() {
        assertThat(ResponseLetter.fileNameFor("C-001", "N-1")).isEqualTo("C-001-N-1-response.docx");
        assertThat(ResponseLetter.fileNameFor("C/1", "N:1")).matches("C_1-[0-9a-f]{8}-N_1-[0-9a-f]{8}-response\\.docx");
    }

    @Test
    void theLetterStatesTheDisagreementTheCorrectedFiguresTheEnclosuresAndTheBlanks() throws IOException {
        ClientReconciliation rec = Fixtures.reconciliation();
        Path file = dir.resolve(new ResponseLetter().writeWarranted(rec, CONTEXT, dir).get("N-1"));
        try (XWPFDocument doc = Docx.open(file)) {
            List<String> paragraphs = Docx.paragraphs(doc);
            assertThat(paragraphs).contains("Smith & Jones CPAs", "November 14, 2026", "Address from the notice: [__________]",
                    "Re: Notice CP14 dated 2026-11-03, tax year 2024, taxpayer Jane Q. Public, TIN ***-**-6789");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("DRAFT"));
            assertThat(paragraphs).anyMatch(p -> p.contains("disagrees") && p.contains("$5,000.00") && p.contains("$3,600.00")
                    && p.contains("$1,400.00"));

            assertThat(doc.getTables()).hasSize(1);
            List<List<String>> bridge = Docx.rows(doc.getTables().get(0));
            assertThat(bridge.get(0)).containsExactly("Item", "Reference", "Amount");
            assertThat(bridge.get(1)).containsExactly("Amount the notice claims", "N-1", "$5,000.00");
            assertThat(bridge.get(2).get(0)).isEqualTo("Payment made but not credited to the account");
            assertThat(bridge.get(2).subList(1, 3)).containsExactly("P-3", "-$400.00");
            assertThat(bridge.get(3).get(0)).isEqualTo("Payment credited to another taxpayer's account");
            assertThat(bridge.get(3).subList(1, 3)).containsExactly("P-2", "-$1,000.00");
            assertThat(bridge.get(4)).containsExactly("Amount the records support on the notice date", "", "$3,600.00");
            assertThat(bridge.get(5)).containsExactly("Credits posted to the account since the notice date", "", "-$250.00");
            assertThat(bridge.get(6)).containsExactly("Amount the records support on 2026-11-14", "", "$3,350.00");
            assertThat(bridge).hasSize(7);

            int enclosures = paragraphs.indexOf("Enclosures");
            assertThat(enclosures).isPositive();
            List<String> listed = paragraphs.subList(enclosures + 1, paragraphs.size());
            assertThat(listed).anyMatch(p -> p.startsWith("1. A copy of notice CP14 dated 2026-11-03"));
            assertThat(listed).anyMatch(p -> p.contains("Proof of payment P-3") && p.contains("by CHECK")
                    && p.contains("bank statement or cancelled check: [__________]"));
            assertThat(listed).anyMatch(p -> p.contains("Proof of payment P-2") && p.contains("confirmation number DP-77"));
            assertThat(listed).anyMatch(p -> p.contains("transcript page of TIN ***-**-6789") && p.contains("$1,000.00")
                    && p.contains("2025-06-20"));
            assertThat(listed).anyMatch(p -> p.contains("information return INT-2"));
            assertThat(listed).anyMatch(p -> p.contains("Form 2848") && p.contains("[__________]"));
            assertThat(paragraphs).contains("Telephone: [__________]", "Name and title: [__________]");

            for (String text : Docx.allText(doc)) {
                assertThat(Fixtures.fullTinsIn(text)).as(text).isEmpty();
            }
        }
        assertThat(Fixtures.fullTinsIn(Xlsx.rawXml(file))).isEmpty();
    }

    @Test
    void aNoticeToAnotherTinGetsTheIdentityStatementAndNoBridge() throws IOException {
        ClientReconciliation anna = TwoClients.anna();
        Map<String, String> letters = new ResponseLetter().writeWarranted(anna, new ReportContext(RUN_DATE, null), dir);
        assertThat(letters).containsOnlyKeys("N-C-ANNA", "NW-C-ANNA");
        Path file = dir.resolve(letters.get("NW-C-ANNA"));
        try (XWPFDocument doc = Docx.open(file)) {
            List<String> paragraphs = Docx.paragraphs(doc);
            assertThat(paragraphs).contains("Firm letterhead: [__________]");
            assertThat(paragraphs).anyMatch(p -> p.contains("TIN ***-**-6666, which is not the TIN")
                    && p.contains("(***-**-3333)"));
            assertThat(doc.getTables()).isEmpty();
            assertThat(String.join("\n", Docx.allText(doc))).doesNotContain(TwoClients.BORIS);
        }
    }

    @Test
    void writeWarrantedWritesBesideTheWorkbookWhichLinksToThem() throws IOException {
        ClientReconciliation rec = Fixtures.reconciliation();
        Map<String, String> letters = new ResponseLetter().writeWarranted(rec, CONTEXT, dir);
        assertThat(letters).containsExactly(Map.entry("N-1", "C-001-N-1-response.docx"));
        assertThat(dir.resolve("C-001-N-1-response.docx")).isRegularFile();

        Path workbook = dir.resolve(ClientWorkbook.fileNameFor("C-001"));
        new ClientWorkbook().write(rec, CONTEXT, workbook, letters);
        try (XSSFWorkbook wb = Xlsx.open(workbook)) {
            Sheet s = wb.getSheet("Summary");
            int header = Xlsx.rowOf(s, "Notice ID");
            int last = s.getRow(header).getLastCellNum() - 1;
            assertThat(Xlsx.text(s, header, last)).isEqualTo("Draft response");
            Row n1 = s.getRow(Xlsx.rowOf(s, "N-1"));
            Cell link = n1.getCell(last);
            assertThat(link.getStringCellValue()).isEqualTo("C-001-N-1-response.docx");
            assertThat(link.getHyperlink().getAddress()).isEqualTo("C-001-N-1-response.docx");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "N-2"), last)).isEmpty();
        }
    }
}
