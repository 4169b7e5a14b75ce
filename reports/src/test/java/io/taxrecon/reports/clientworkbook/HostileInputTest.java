package io.taxrecon.reports.clientworkbook;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.reports.firmsummary.ClientSummary;
import io.taxrecon.reports.firmsummary.FirmSummaryWorkbook;
import io.taxrecon.reports.fixtures.Docx;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.fixtures.Xlsx;
import io.taxrecon.reports.letters.ResponseLetter;
import io.taxrecon.reports.xlsx.CellText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data a firm's export may really hold: names that look like formulas, brackets and characters
 * that sheet names and file names forbid, any script (emoji, right-to-left), very long text, and
 * thousands of findings. Every file still opens and every such cell holds the text, as text.
 */
class HostileInputTest {

    static final String BRACKETED = "[Smith] / O'Neil: *Trust*? & Sons, Ltd.!"; // 40 characters
    static final String UNICODE = "Zoë Ñúñez 李小龍 🐉🧾 محمد العلي עברית";

    @TempDir
    Path dir;

    @Test
    void theBracketedNameIsFortyCharacters() {
        assertThat(BRACKETED).hasSize(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1 (555) 0100", "-2+3", "@SUM(A1:A9)", BRACKETED, UNICODE})
    void namesStayTextInEveryFile(String name) throws IOException {
        String payer = name.charAt(0) == '[' || name.charAt(0) == 'Z' ? "=cmd|' /C calc'!A0" : name;
        ClientReconciliation rec = withPayers(Fixtures.reconciliation(Fixtures.client("C-H", name),
                List.of(Fixtures.finding("C-H", 1, Severity.LOW, "x".repeat(40_000))), 0), payer);
        ReportContext context = new ReportContext(RUN_DATE, name); // the firm's name too
        Map<String, String> letters = new ResponseLetter().writeWarranted(rec, context, dir);
        Path file = dir.resolve(ClientWorkbook.fileNameFor("C-H"));
        new ClientWorkbook().write(rec, context, file, letters);

        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet summary = wb.getSheet("Summary");
            assertText(summary.getRow(Xlsx.rowOf(summary, "Client")).getCell(1), name);
            assertText(summary.getRow(0).getCell(0), "IRS reconciliation - " + name);
            assertThat(summary.getHeader().getCenter()).contains(name.replace("&", "&&"));

            Sheet income = wb.getSheet("Income");
            int payerRow = findRow(income, 1, "HOSTILE-1");
            assertText(income.getRow(payerRow).getCell(3), payer);

            XSSFSheet findings = wb.getSheet("Findings");
            String longCell = findings.getRow(findRow(findings, 3, "P-X1")).getCell(9).getStringCellValue();
            assertThat(longCell).hasSizeLessThanOrEqualTo(CellText.MAX_LENGTH).endsWith("40000 characters in all]");

            // The only formulas are the Summary's days left, counting down to the due date beside them.
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            assertThat(s.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula())
                                    .isEqualTo("Summary!F" + (r.getRowNum() + 1) + " E" + (r.getRowNum() + 1) + "-TODAY()");
                        }
                    }
                }
            }
        }
        try (XWPFDocument doc = Docx.open(dir.resolve(letters.get("N-1")))) {
            assertThat(Docx.paragraphs(doc)).anyMatch(p -> p.contains("taxpayer " + name + ", TIN ***-**-6789"));
            assertThat(Docx.paragraphs(doc)).contains(name); // the letterhead
        }

        Path summaryFile = dir.resolve("firm-summary.xlsx");
        try (FirmSummaryWorkbook wb = new FirmSummaryWorkbook(summaryFile, context)) {
            wb.add(ClientSummary.of(rec, "clients/" + file.getFileName()));
        }
        try (XSSFWorkbook wb = Xlsx.open(summaryFile)) {
            Sheet clients = wb.getSheet("Clients");
            assertText(clients.getRow(4).getCell(2), name); // the first row under the header (row 3)
        }
    }

    @Test
    void threeThousandFindingsWithLinksToTheirEvidence() throws IOException {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            many.add(Fixtures.finding("C-MANY", i, Severity.values()[i % 3], "Payment " + i + " has no IRS credit."));
        }
        ClientReconciliation rec = Fixtures.reconciliation(Fixtures.client("C-MANY", "Many Findings"), many, 0);
        assertThat(many).as("the Findings sheet streams rows out while it is written")
                .hasSizeGreaterThan(2 * io.taxrecon.reports.xlsx.FastSheetWriter.FLUSH_ROWS);
        Path file = dir.resolve("C-MANY.xlsx");
        new ClientWorkbook().write(rec, new ReportContext(RUN_DATE, null), file);
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            XSSFSheet findings = wb.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isEqualTo(3_006);
            Sheet evidence = wb.getSheet("Evidence");
            Row row = findings.getRow(findRow(findings, 3, "P-X2999"));
            String target = row.getCell(11).getHyperlink().getAddress();
            assertThat(target).startsWith("'Evidence'!A");
            int evidenceRow = Integer.parseInt(target.substring("'Evidence'!A".length())) - 1;
            assertThat(Xlsx.text(evidence, evidenceRow, 0)).isEqualTo("payments.csv");
            assertThat(Xlsx.text(evidence, evidenceRow, 2)).isEqualTo(Integer.toString(100 + 2999));
            assertThat(Xlsx.text(evidence, evidenceRow, 4)).isEqualTo("UNPOSTED_PAYMENT P-X2999");
            assertThat(wb.getNumCellStyles()).isLessThan(40);
        }
    }

    private static void assertText(Cell cell, String expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
    }

    /** The fixture with two W-2/1099 box rows whose payer has the given name (not compared: listed as evidence). */
    private static ClientReconciliation withPayers(ClientReconciliation rec, String payer) {
        ClientRecords r = rec.records();
        List<InformationReturn> irs = new ArrayList<>(r.informationReturns());
        for (int i = 1; i <= 2; i++) {
            irs.add(new InformationReturn("HOSTILE-" + i, r.client().clientId(), r.client().tin(), 2022, FormType.F1099_INT,
                    payer, Fixtures.BANK_EIN, "1", Fixtures.money("10.00"), InformationReturn.Origin.IRS, false,
                    SourceRef.csv("information_returns.csv", 50 + i)));
        }
        ClientRecords records = new ClientRecords(r.client(), r.notices(), r.transactions(), irs, r.returnLines(),
                r.payments(), r.rejectedRows());
        return new ClientReconciliation(records, rec.findings(), rec.payments(), rec.income(), rec.notices());
    }

    private static int findRow(Sheet s, int col, String text) {
        for (Row row : s) {
            if (text.equals(Xlsx.text(s, row.getRowNum(), col))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row with " + text + " in column " + col + " of " + s.getSheetName());
    }
}
