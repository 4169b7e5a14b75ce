package io.taxrecon.reports.worklist;

import static io.taxrecon.reports.worklist.Night.WED;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.NightComparison;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.ResolutionHints;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.core.worklist.ReviewStatus;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.fixtures.Xlsx;
import io.taxrecon.reports.xlsx.RowLooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorklistWorkbookTest {

    private static final ReportContext CONTEXT = new ReportContext(WED, "Smith CPAs");

    @TempDir
    Path dir;

    private Path written() throws Exception {
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        new WorklistWorkbook().write(Night.view(), CONTEXT, file);
        return file;
    }

    @Test
    void theOpenSheetListsFollowUpsDueFirstThenNewThenByUrgencyWithDismissedLast() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(written())) {
            XSSFSheet open = wb.getSheet("Open");
            assertThat(row(open, 0)).containsExactly("First seen", "Nights open", "Night status", "Client", "Tax year",
                    "Type", "Severity", "Amount", "Due", "Workbook", "Status", "Assigned to", "Follow-up date", "Note", "Key");
            assertThat(row(open, 1)).containsExactly("2026-11-17", "2", "OPEN", "C-2", "2024", "RESPONSE_DEADLINE",
                    "MEDIUM", "", "2026-11-25", "2026-11-18/clients/C-2.xlsx", "In progress", "Bob", "2026-11-18",
                    "call the client back", "C-2|2024|RESPONSE_DEADLINE|N-1");
            assertThat(row(open, 2)).containsExactly("2026-11-18", "1", "NEW", "C-3", "2024", "UNREPORTED_INCOME",
                    "HIGH", "$1,200.00", "", "2026-11-18/clients/C-3.xlsx", "Open", "", "", "",
                    "C-3|2024|UNREPORTED_INCOME|INTEREST");
            assertThat(row(open, 3)).startsWith("2026-11-16", "3", "OPEN", "C-1", "2024", "UNPOSTED_PAYMENT", "HIGH");
            assertThat(row(open, 4)).containsExactly("2026-11-17", "2", "OPEN", "C-1", "2024", "WITHHOLDING_MISMATCH",
                    "LOW", "$12.00", "", "2026-11-18/clients/C-1.xlsx", "Dismissed", "Ann", "", "rounding on the W-2",
                    "C-1|2024|WITHHOLDING_MISMATCH|FEDERAL_WITHHOLDING");
            assertThat(open.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void theOpenSheetIsSetUpForWorkAndForPrint() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(written())) {
            XSSFSheet open = wb.getSheet("Open");
            assertThat(open.isColumnHidden(14)).isTrue();
            assertThat(open.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(open.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O5");
            assertThat(open.getPrintSetup().getLandscape()).isTrue();
            assertThat(open.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(open.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(open.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(open.getHeader().getCenter()).isEqualTo("Worklist of Smith CPAs: open findings");

            List<? extends DataValidation> validations = open.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("Open", "In progress", "Responded", "Waiting on IRS", "Dismissed");
            assertThat(validations.get(0).getRegions().getCellRangeAddresses()[0].formatAsString()).isEqualTo("K2:K5");
            assertThat(validations.get(0).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);

            var link = open.getRow(2).getCell(9).getHyperlink();
            assertThat(link.getAddress()).isEqualTo("2026-11-18/clients/C-3.xlsx");
        }
    }

    @Test
    void aDismissedRowIsGreyedAndADueFollowUpIsMarked() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(written())) {
            XSSFSheet open = wb.getSheet("Open");
            XSSFCellStyle due = open.getRow(1).getCell(3).getCellStyle();
            assertThat(due.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF" + RowLooks.DUE_FILL_RGB);
            assertThat(due.getFont().getBold()).isTrue();
            XSSFCellStyle dismissedNote = open.getRow(4).getCell(13).getCellStyle();
            assertThat(dismissedNote.getFont().getXSSFColor().getARGBHex()).isEqualTo("FF" + RowLooks.GREY_TEXT_RGB);
            assertThat(dismissedNote.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF" + RowLooks.GREY_FILL_RGB);
            XSSFCellStyle dismissedDate = open.getRow(4).getCell(0).getCellStyle();
            assertThat(dismissedDate.getDataFormatString()).isEqualTo("yyyy-mm-dd");
            XSSFCellStyle plain = open.getRow(2).getCell(3).getCellStyle();
            assertThat(plain.getFillPattern()).isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
        }
    }

    @Test
    void theResolvedSheetSaysWhatLeftWhenAndWhyWithWhatTheReviewerWrote() throws Exception {
        try (XSSFWorkbook wb = Xlsx.open(written())) {
            XSSFSheet resolved = wb.getSheet("Resolved");
            assertThat(row(resolved, 0)).containsExactly("Client", "Tax year", "Type", "Reference", "First seen",
                    "Resolved on", "Why", "Status", "Assigned to", "Follow-up date", "Note", "Key");
            assertThat(row(resolved, 1)).containsExactly("C-2", "2024", "UNPOSTED_PAYMENT", "P-7", "2026-11-17",
                    "2026-11-18", "the IRS credited the payment on 2026-11-16", "Waiting on IRS", "Ann", "",
                    "sent EFTPS proof", "C-2|2024|UNPOSTED_PAYMENT|P-7");
            assertThat(resolved.getLastRowNum()).isEqualTo(1);
            assertThat(resolved.isColumnHidden(11)).isTrue();
            assertThat(resolved.getDataValidations()).hasSize(1);
        }
    }

    @Test
    void theWorklistReplacesYesterdaysThroughARenameLeavingNoTemporaryFile() throws Exception {
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        Files.writeString(file, "yesterday's worklist");
        new WorklistWorkbook().write(Night.view(), CONTEXT, file);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Open");
            assertThat(wb.getSheetName(1)).isEqualTo("Resolved");
        }
    }

    @Test
    void withThePasswordOfTheRunTheWorklistIsEncrypted() throws Exception {
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        new WorklistWorkbook().write(Night.view(), CONTEXT.withPassword("s3cret"), file);
        try (var wb = WorkbookFactory.create(file.toFile(), "s3cret", true)) {
            assertThat(wb.getSheet("Open").getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void anUnreadableWorklistIsCopiedAsideUnderANameThatNeverOverwritesAnEarlierOne() throws Exception {
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        Files.writeString(file, "garbage");
        assertThat(WorklistWorkbook.setAside(file, WED)).isEqualTo(dir.resolve("worklist.unreadable-2026-11-18.xlsx"));
        assertThat(WorklistWorkbook.setAside(file, WED)).isEqualTo(dir.resolve("worklist.unreadable-2026-11-18-2.xlsx"));
        assertThat(Files.readString(dir.resolve("worklist.unreadable-2026-11-18-2.xlsx"))).isEqualTo("garbage");
        assertThat(file).exists();
        assertThat(WorklistWorkbook.setAside(dir.resolve("none.xlsx"), WED)).isNull();
    }

    @Test
    void aNightWithoutFindingsWritesTheHeadersAndReadsBackEmpty() throws Exception {
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        NightView empty = new NightComparison(WED, List.of()).compare(List.of(), null, List.of(), List.of(),
                ResolutionHints.none());
        new WorklistWorkbook().write(empty, CONTEXT, file);
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            assertThat(wb.getSheet("Open").getLastRowNum()).isZero();
            assertThat(wb.getSheet("Open").getDataValidations()).isEmpty();
        }
        assertThat(new WorklistReader().read(file, null, WED)).isEqualTo(new WorklistRead.Entries(List.of(), List.of()));
    }

    @Test
    void aFirmWithMoreThanTenThousandFindingsStreamsTheSameWorklist() throws Exception {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= WorklistWorkbook.STREAMING_ROWS + 1; i++) {
            many.add(Night.finding("C-" + i, FindingType.UNPOSTED_PAYMENT, "P-" + i, Severity.LOW, "1.00", null));
        }
        ReviewEntry dismissed = new ReviewEntry(FindingKey.of(many.get(0)), ReviewStatus.DISMISSED, null, null, "no", WED);
        NightView view = new NightComparison(WED, List.of()).compare(many, null, List.of(), List.of(dismissed),
                ResolutionHints.none());
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        new WorklistWorkbook().write(view, CONTEXT, file);

        try (XSSFWorkbook wb = Xlsx.open(file)) {
            XSSFSheet open = wb.getSheet("Open");
            assertThat(open.getLastRowNum()).isEqualTo(10_001);
            assertThat(row(open, 1)).startsWith("2026-11-18", "1", "NEW", "C-2");
            assertThat(row(open, 10_001)).endsWith("Dismissed", "", "", "no", "C-1|2024|UNPOSTED_PAYMENT|P-1");
            assertThat(open.getRow(10_001).getCell(13).getCellStyle().getFont().getXSSFColor().getARGBHex())
                    .isEqualTo("FF" + RowLooks.GREY_TEXT_RGB);
            assertThat(open.isColumnHidden(14)).isTrue();
            assertThat(open.getDataValidations().get(0).getRegions().getCellRangeAddresses()[0].formatAsString())
                    .isEqualTo("K2:K10002");
        }
        WorklistRead.Entries read = (WorklistRead.Entries) new WorklistReader().read(file, null, WED);
        assertThat(read.entries()).hasSize(10_001);
        assertThat(read.withWords()).isEqualTo(1);
    }

    static List<String> row(XSSFSheet sheet, int index) {
        int cells = sheet.getRow(0).getLastCellNum();
        return java.util.stream.IntStream.range(0, cells).mapToObj(c -> Xlsx.text(sheet, index, c)).toList();
    }
}
