package io.taxrecon.batch.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.core.values.Amount;
import io.taxrecon.core.values.CalendarDate;
import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.core.worklist.ReviewStatus;
import io.taxrecon.reports.worklist.WorklistRead;
import io.taxrecon.reports.worklist.WorklistReader;
import io.taxrecon.reports.xlsx.RowLooks;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three nights of a generated firm with a reviewer in the loop (SPEC.md, "Night over night"):
 * night 1; the reviewer edits worklist.xlsx in "Excel" (dismisses a finding, marks a deadline
 * Responded, sets a follow-up for the next night, notes an unposted payment, re-sorts the rows
 * and moves a column); night 2, on an inbox where the IRS has since credited the unposted
 * payments and a new notice arrived; night 3, with the worklist replaced by garbage bytes.
 */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThreeNightsTest {

    static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 23);
    static final LocalDate NIGHT_2 = NIGHT_1.plusDays(1);
    static final LocalDate NIGHT_3 = NIGHT_2.plusDays(1);
    static final Path WORK = TestFolders.create("three-nights");
    static final String NEW_NOTICE = "N-ARRIVED-1";
    static final byte[] GARBAGE = "\u0000\u0013 this is not a workbook any more".getBytes(StandardCharsets.ISO_8859_1);

    @DynamicPropertySource
    static void stagingDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("staging").resolve("taxrecon"));
    }

    @Autowired
    JobOperatorTestUtils jobs;

    final Path out = WORK.resolve("out");
    final Path worklist = out.resolve("worklist.xlsx");
    final Map<LocalDate, JobExecution> executions = new LinkedHashMap<>();
    final Map<String, LocalDate> creditedOn = new LinkedHashMap<>();
    String dismissed;
    String responded;
    String followUp;
    String noted;

    @BeforeAll
    void threeNights() throws Exception {
        SampleInboxGenerator.generate(new GeneratorOptions(40, 2026, NIGHT_1, WORK));
        Path inbox1 = WORK.resolve("inbox");
        run(NIGHT_1, inbox1);
        Files.copy(worklist, WORK.resolve("worklist-as-written-on-night-1.xlsx"));

        Map<String, CSVRecord> first = findings(NIGHT_1);
        responded = firstOfType(first, "RESPONSE_DEADLINE");
        dismissed = firstOfType(first, "UNREPORTED_INCOME", "INCOME_AMOUNT_MISMATCH", "WITHHOLDING_MISMATCH");
        followUp = firstOfType(first, "DUPLICATE_INFORMATION_RETURN", "MISAPPLIED_PAYMENT_YEAR", "DISHONORED_PAYMENT");
        noted = firstOfType(first, "UNPOSTED_PAYMENT");
        try (Reviewer reviewer = new Reviewer(worklist)) {
            reviewer.set(dismissed, "Status", "Dismissed").set(dismissed, "Note", "reported on Schedule 1 line 8z");
            reviewer.set(responded, "Status", "Responded").set(responded, "Assigned to", "Ann")
                    .set(responded, "Note", "response faxed");
            reviewer.setDate(followUp, "Follow-up date", NIGHT_2).set(followUp, "Note", "call the payer");
            reviewer.set(noted, "Status", "Waiting on IRS").set(noted, "Note", "sent EFTPS proof");
            reviewer.reverseRows().swapColumns("Note", "Workbook");
        }

        Path inbox2 = copy(inbox1, WORK.resolve("inbox-2"));
        creditTheUnpostedPayments(first, inbox2);
        append(inbox2.resolve("notices.csv"), String.join(",", clientOf(noted), tinOf(inbox2, clientOf(noted)), "2025",
                "CP799",
                NIGHT_2.minusDays(2).toString(), "500.00", "1040", NIGHT_2.plusDays(10).toString(), "", "", "", ""),
                NEW_NOTICE);
        run(NIGHT_2, inbox2);
        Files.copy(worklist, WORK.resolve("worklist-as-written-on-night-2.xlsx"));

        Files.write(worklist, GARBAGE);
        run(NIGHT_3, inbox2);
    }

    @Test
    void everyNightCompletes() {
        assertThat(executions.values()).extracting(JobExecution::getStatus).containsOnly(BatchStatus.COMPLETED);
        assertThat(executions).hasSize(3);
    }

    @Test
    void onTheFirstNightEveryFindingIsNewAndFirstSeenThatNight() throws IOException {
        Map<String, CSVRecord> first = findings(NIGHT_1);
        assertThat(first).isNotEmpty();
        assertThat(first.values()).allSatisfy(r -> {
            assertThat(r.get("night_status")).isEqualTo("NEW");
            assertThat(r.get("first_seen")).isEqualTo(NIGHT_1.toString());
            assertThat(r.get("review_status")).isEqualTo("OPEN");
        });
        JsonNode night = runSummary(NIGHT_1).get("night");
        assertThat(night.get("previousRunDate").isNull()).isTrue();
        assertThat(night.get("newFindings").asInt()).isEqualTo(first.size());
        assertThat(runSummary(NIGHT_1).get("worklist").get("reading").asString()).isEqualTo("MISSING");
    }

    @Test
    void theSecondNightTellsNewFromOpenAndKeepsFirstSeen() throws IOException {
        Map<String, CSVRecord> first = findings(NIGHT_1);
        Map<String, CSVRecord> second = findings(NIGHT_2);
        Set<String> stillOpen = new HashSet<>(second.keySet());
        stillOpen.retainAll(first.keySet());
        Set<String> fresh = new HashSet<>(second.keySet());
        fresh.removeAll(first.keySet());
        assertThat(stillOpen).contains(dismissed, responded, followUp);
        assertThat(fresh).anyMatch(k -> k.endsWith("|" + NEW_NOTICE));
        for (String key : second.keySet()) {
            CSVRecord r = second.get(key);
            boolean open = stillOpen.contains(key);
            assertThat(r.get("night_status")).as(key).isEqualTo(open ? "OPEN" : "NEW");
            assertThat(r.get("first_seen")).as(key).isEqualTo((open ? NIGHT_1 : NIGHT_2).toString());
        }
        JsonNode night = runSummary(NIGHT_2).get("night");
        assertThat(night.get("previousRunDate").asString()).isEqualTo(NIGHT_1.toString());
        assertThat(night.get("newFindings").asInt()).isEqualTo(fresh.size());
        assertThat(night.get("stillOpen").asInt()).isEqualTo(stillOpen.size());
        Set<String> gone = new HashSet<>(first.keySet());
        gone.removeAll(second.keySet());
        assertThat(night.get("resolved").asInt()).isEqualTo(gone.size());
        assertThat(gone).containsAll(creditedOn.keySet());
    }

    @Test
    void theResolvedSheetSaysTheIrsCreditedEachPaymentAndKeepsTheReviewersNote() throws IOException {
        Map<String, List<String>> resolved = sheet(WORK.resolve("worklist-as-written-on-night-2.xlsx"), "Resolved",
                "Resolved on", "Why", "Status", "Note");
        assertThat(creditedOn).isNotEmpty();
        creditedOn.forEach((key, on) -> assertThat(resolved.get(key)).as(key).startsWith(NIGHT_2.toString(),
                "the IRS credited the payment on " + on));
        assertThat(resolved.get(noted)).containsExactly(NIGHT_2.toString(), "the IRS credited the payment on "
                + creditedOn.get(noted), "Waiting on IRS", "sent EFTPS proof");
    }

    @Test
    void theEntriesAreCarriedAndActedOnTheNextNight() throws IOException {
        Map<String, CSVRecord> second = findings(NIGHT_2);
        assertThat(List.of(second.get(dismissed).get("review_status"), second.get(dismissed).get("review_note")))
                .containsExactly("DISMISSED", "reported on Schedule 1 line 8z");
        assertThat(List.of(second.get(responded).get("review_status"), second.get(responded).get("review_note")))
                .containsExactly("RESPONDED", "response faxed");

        Path night2 = WORK.resolve("worklist-as-written-on-night-2.xlsx");
        List<String> order = keysInOrder(night2);
        assertThat(order.get(0)).as("a follow-up that has come tops the sheet").isEqualTo(followUp);
        // what the reviewer set aside closes the sheet
        assertThat(order.subList(order.size() - 2, order.size())).containsExactlyInAnyOrder(dismissed, responded);
        try (XSSFWorkbook wb = open(night2)) {
            XSSFCell status = statusCell(wb.getSheet("Open"), followUp);
            assertThat(status.getCellStyle().getFillForegroundColorColor().getARGBHex())
                    .isEqualTo("FF" + RowLooks.DUE_FILL_RGB);
        }
        assertThat(runSummary(NIGHT_2).get("worklist").get("entriesRead").asInt()).isEqualTo(4);
        assertThat(runSummary(NIGHT_2).get("night").get("dismissed").asInt()).isEqualTo(1);
        assertThat(runSummary(NIGHT_2).get("night").get("deadlinesAnswered").asInt()).isEqualTo(1);
    }

    @Test
    void aGarbledWorklistIsSaidKeptAsideAndLosesNoEntry() throws IOException {
        JsonNode read = runSummary(NIGHT_3).get("worklist");
        String aside = "worklist.unreadable-" + NIGHT_3 + ".xlsx";
        assertThat(read.get("reading").asString()).isEqualTo("UNREADABLE");
        assertThat(read.get("message").asString()).isEqualTo("worklist.xlsx is not an Excel workbook (unknown content): "
                + "the stored entries stand; the file is kept as " + aside);
        assertThat(read.get("written").asString()).isEqualTo("written");
        assertThat(out.resolve(aside)).hasBinaryContent(GARBAGE);

        WorklistRead back = new WorklistReader().read(worklist, null, NIGHT_3.plusDays(1));
        assertThat(back).isInstanceOf(WorklistRead.Entries.class);
        Map<String, ReviewEntry> entries = ((WorklistRead.Entries) back).entries().stream()
                .filter(e -> !e.isBlank()).collect(Collectors.toMap(e -> e.key().text(), e -> e));
        assertThat(entries).containsOnlyKeys(dismissed, responded, followUp, noted);
        assertThat(words(entries.get(dismissed))).containsExactly(ReviewStatus.DISMISSED, null, null,
                "reported on Schedule 1 line 8z");
        assertThat(words(entries.get(responded))).containsExactly(ReviewStatus.RESPONDED, "Ann", null, "response faxed");
        assertThat(words(entries.get(followUp))).containsExactly(ReviewStatus.OPEN, null, NIGHT_2, "call the payer");
        assertThat(words(entries.get(noted))).containsExactly(ReviewStatus.WAITING_ON_IRS, null, null,
                "sent EFTPS proof");
        assertThat(findings(NIGHT_3).get(dismissed).get("review_status")).isEqualTo("DISMISSED");
    }

    private void run(LocalDate night, Path inbox) throws Exception {
        executions.put(night, jobs.startJob(NightlyRun.parameters(night, 1, inbox, out)));
    }

    /** Adds the TC 670 credit of every planted unposted payment, two days after the payment. */
    private void creditTheUnpostedPayments(Map<String, CSVRecord> first, Path inbox) throws IOException {
        Map<String, CSVRecord> payments = new LinkedHashMap<>();
        for (CSVRecord p : csv(inbox.resolve("payments.csv"))) {
            payments.put(p.get("payment_id"), p);
        }
        int n = 0;
        for (String key : first.keySet()) {
            if (!key.contains("|UNPOSTED_PAYMENT|")) {
                continue;
            }
            CSVRecord p = payments.get(FindingKey.parse(key).orElseThrow().reference());
            LocalDate on = CalendarDate.parse(p.get("payment_date"), false).plusDays(2);
            BigDecimal amount = Amount.parse(p.get("amount"), false);
            append(inbox.resolve("irs_transactions.csv"), String.join(",", p.get("client_id"),
                    "\"" + p.get("tin") + "\"", p.get("tax_year"), "670", on.toString(),
                    amount.negate().toPlainString(), "T-CREDITED-" + (++n), "Payment", ""), null);
            creditedOn.put(key, on);
        }
    }

    private static String firstOfType(Map<String, CSVRecord> findings, String... types) {
        for (String type : types) {
            for (String key : findings.keySet()) {
                if (key.contains("|" + type + "|")) {
                    return key;
                }
            }
        }
        throw new AssertionError("no finding of " + List.of(types));
    }

    private static String tinOf(Path inbox, String clientId) throws IOException {
        return csv(inbox.resolve("clients.csv")).stream().filter(c -> c.get("client_id").equals(clientId))
                .map(c -> c.get("tin")).findFirst().orElseThrow();
    }

    private static String clientOf(String key) {
        return FindingKey.parse(key).orElseThrow().clientId();
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    /** Appends a line to a CSV; {@code firstField}, when given, goes before the line's fields. */
    private static void append(Path csv, String line, String firstField) throws IOException {
        String text = Files.readString(csv);
        String row = (firstField == null ? "" : firstField + ",") + line;
        Files.writeString(csv, (text.endsWith("\n") ? "" : "\r\n") + row + "\r\n", StandardOpenOption.APPEND);
    }

    private Map<String, CSVRecord> findings(LocalDate night) throws IOException {
        Map<String, CSVRecord> byKey = new LinkedHashMap<>();
        for (CSVRecord r : csv(out.resolve(night.toString()).resolve("findings.csv"))) {
            byKey.put(new FindingKey(r.get("client_id"), Integer.parseInt(r.get("tax_year")), r.get("finding_type"),
                    r.get("reference")).text(), r);
        }
        return byKey;
    }

    private JsonNode runSummary(LocalDate night) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(out.resolve(night.toString())
                .resolve("run-summary.json")));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The rows of a worklist sheet by key, each the displayed text of the named columns. */
    private static Map<String, List<String>> sheet(Path file, String name, String... headers) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        var text = new org.apache.poi.ss.usermodel.DataFormatter();
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet s = wb.getSheet(name);
            Map<String, Integer> columns = new LinkedHashMap<>();
            s.getRow(0).forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
            for (Row row : s) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (String h : headers) {
                    values.add(text.formatCellValue(row.getCell(columns.get(h))));
                }
                rows.put(text.formatCellValue(row.getCell(columns.get("Key"))), values);
            }
        }
        return rows;
    }

    private static List<String> keysInOrder(Path file) throws IOException {
        return new ArrayList<>(sheet(file, "Open").keySet());
    }

    private static XSSFCell statusCell(XSSFSheet s, String key) {
        int keyColumn = -1;
        int statusColumn = -1;
        for (var c : s.getRow(0)) {
            keyColumn = c.getStringCellValue().equals("Key") ? c.getColumnIndex() : keyColumn;
            statusColumn = c.getStringCellValue().equals("Status") ? c.getColumnIndex() : statusColumn;
        }
        for (Row row : s) {
            if (row.getCell(keyColumn) != null && row.getCell(keyColumn).getStringCellValue().equals(key)) {
                return (XSSFCell) row.getCell(statusColumn);
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static List<Object> words(ReviewEntry e) {
        List<Object> words = new ArrayList<>();
        words.add(e.status() == null ? ReviewStatus.OPEN : e.status());
        words.add(e.assignedTo());
        words.add(e.followUp());
        words.add(e.note());
        return words;
    }
}
