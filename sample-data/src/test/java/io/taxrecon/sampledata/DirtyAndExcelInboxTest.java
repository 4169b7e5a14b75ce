package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.ingest.RawCell;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.formats.tabular.TabularFile;
import io.taxrecon.sampledata.inbox.InboxWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * --dirty and --format: the planted findings do not move, every planted bad row is where
 * rejects-truth.csv says with the broken value it names, and nothing else in the inputs is broken.
 * The expected reasons are written out here again, from SPEC.md and the product's messages, rather
 * than taken from the generator's own table.
 */
class DirtyAndExcelInboxTest {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static final List<String> STEMS = List.of("clients", "notices", "irs_transactions", "information_returns",
            "return_lines", "payments");
    static final String TIN_REASON = "a TIN has 9 digits; this one has 8: a digit is missing";
    static final Set<String> ALL_REASONS = Set.of("missing value", "not an amount", "not an amount: more than two decimals",
            "not a date", "not a date: no such day", TIN_REASON, "unknown form type", "not a notice code",
            "not a tax year", "not a yes/no value", "not a source: expected IRS or CLIENT");
    static final Map<String, String> AMOUNT_COLUMN = Map.of("notices", "amount_due", "irs_transactions", "amount",
            "information_returns", "amount", "return_lines", "amount", "payments", "amount");
    static final Map<String, String> DATE_COLUMN = Map.of("notices", "notice_date", "irs_transactions", "transaction_date",
            "payments", "payment_date");
    static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    @TempDir
    static Path shared;
    static Path csvDirty;
    static GenerationResult csvDirtyResult;
    static Path xlsxDirty;
    static GenerationResult xlsxDirtyResult;

    @BeforeAll
    static void generate() throws IOException {
        csvDirty = shared.resolve("csv-dirty");
        csvDirtyResult = SampleInboxGenerator.generate(new GeneratorOptions(3000, 11, RUN_DATE, csvDirty, true, InputFormat.CSV));
        xlsxDirty = shared.resolve("xlsx-dirty");
        xlsxDirtyResult = SampleInboxGenerator.generate(new GeneratorOptions(1000, 12, RUN_DATE, xlsxDirty, true, InputFormat.XLSX));
    }

    // ------------------------------------------------------------------ determinism and truth

    @Test
    void everyModeIsByteForByteDeterministic(@TempDir Path dir) throws IOException {
        for (InputFormat format : InputFormat.values()) {
            for (boolean dirty : new boolean[] {false, true}) {
                Path a = dir.resolve(format + "-" + dirty + "-a");
                Path b = dir.resolve(format + "-" + dirty + "-b");
                SampleInboxGenerator.generate(new GeneratorOptions(150, 42, RUN_DATE, a, dirty, format));
                SampleInboxGenerator.generate(new GeneratorOptions(150, 42, RUN_DATE, b, dirty, format));
                List<Path> files = allFiles(a);
                assertThat(files).as(format + " dirty=" + dirty).hasSize(dirty ? 8 : 7);
                for (Path f : files) {
                    // POI writes fixed zip entry times and the workbook's created date is the run date,
                    // so even the .xlsx files are identical byte for byte.
                    assertThat(Files.readAllBytes(f)).as(format + " dirty=" + dirty + " " + a.relativize(f))
                            .isEqualTo(Files.readAllBytes(b.resolve(a.relativize(f))));
                }
            }
        }
    }

    @Test
    void theFindingsTruthIsTheSameDirtyOrCleanInEveryFormat(@TempDir Path dir) throws IOException {
        Path clean = dir.resolve("clean");
        SampleInboxGenerator.generate(new GeneratorOptions(400, 7, RUN_DATE, clean));
        byte[] truth = Files.readAllBytes(clean.resolve(InboxWriter.TRUTH));
        assertThat(clean.resolve(InboxWriter.REJECTS_TRUTH)).doesNotExist();
        for (InputFormat format : InputFormat.values()) {
            for (boolean dirty : new boolean[] {false, true}) {
                Path out = dir.resolve(format + "-" + dirty);
                SampleInboxGenerator.generate(new GeneratorOptions(400, 7, RUN_DATE, out, dirty, format));
                assertThat(Files.readAllBytes(out.resolve(InboxWriter.TRUTH))).as(format + " dirty=" + dirty).isEqualTo(truth);
            }
        }
    }

    @Test
    void aCleanExcelInboxHoldsTheSameRowsAsTheCleanCsvOne(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("csv");
        Path xlsx = dir.resolve("xlsx");
        SampleInboxGenerator.generate(new GeneratorOptions(120, 5, RUN_DATE, csv));
        SampleInboxGenerator.generate(new GeneratorOptions(120, 5, RUN_DATE, xlsx, false, InputFormat.XLSX));
        for (String stem : STEMS) {
            List<InputRow> a = readInput(csv.resolve(InboxWriter.INBOX), stem);
            List<InputRow> b = readInput(xlsx.resolve(InboxWriter.INBOX), stem);
            assertThat(b).as(stem).hasSameSizeAs(a);
            String idColumn = stem.equals("clients") || stem.equals("return_lines") ? "client_id" : a.get(0).values().keySet().iterator().next();
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).value(idColumn)).as(stem + " row " + i).isEqualTo(a.get(i).value(idColumn));
                assertThat(b.get(i).line()).as("no blank rows in a clean sheet").isEqualTo(i + 2L);
            }
        }
    }

    // ------------------------------------------------------------------ rejects-truth

    @Test
    void everyPlantedBadRowIsWhereRejectsTruthSaysAndNothingElseIsBroken() throws IOException {
        checkRejects(csvDirty, csvDirtyResult);
        checkRejects(xlsxDirty, xlsxDirtyResult);
    }

    @Test
    void badRowsComeAtAboutTwoPercentAndCoverEveryKind() throws IOException {
        List<Map<String, String>> rejects = CsvTable.read(csvDirty.resolve(InboxWriter.REJECTS_TRUTH)).rows();
        long rows = 0;
        for (String stem : STEMS) {
            rows += csvDirtyResult.rowsByFile().get(stem + ".csv");
        }
        double share = rejects.size() / (double) rows;
        assertThat(share).isBetween(0.012, 0.028);
        Set<String> reasons = new HashSet<>();
        Set<String> columnReasons = new HashSet<>();
        for (Map<String, String> r : rejects) {
            reasons.add(r.get("reason"));
            columnReasons.add(r.get("file") + " " + r.get("column") + ": " + r.get("reason"));
        }
        assertThat(reasons).isEqualTo(ALL_REASONS);
        assertThat(columnReasons).contains(
                "notices.csv notice_code: missing value", "notices.csv notice_code: not a notice code",
                "payments.csv client_id: missing value", "payments.csv amount: missing value",
                "clients.csv client_id: missing value", "clients.csv tin: " + TIN_REASON,
                "information_returns.csv payer_tin: " + TIN_REASON, "information_returns.csv form_type: unknown form type",
                "information_returns.csv corrected: not a yes/no value",
                "information_returns.csv source: not a source: expected IRS or CLIENT",
                "irs_transactions.csv transaction_date: not a date: no such day", "return_lines.csv tax_year: not a tax year");
        assertThat(csvDirtyResult.plantedRejects()).isEqualTo(rejects.size());
        assertThat(csvDirtyResult.rowsByFile().get(InboxWriter.REJECTS_TRUTH)).isEqualTo(rejects.size());
    }

    @Test
    void dirtyCsvHasBlankLinesMultiLineValuesAndOddButValidSpellings() throws IOException {
        Path inbox = csvDirty.resolve(InboxWriter.INBOX);
        int emptyLines = 0;
        int commaLines = 0;
        int multiLine = 0;
        for (String stem : STEMS) {
            // blank lines are what the reader passes over, so they are counted in the text itself
            for (String line : Files.readAllLines(inbox.resolve(stem + ".csv"))) {
                if (line.isEmpty()) {
                    emptyLines++;
                } else if (line.chars().allMatch(c -> c == ',')) {
                    commaLines++;
                }
            }
            for (InputRow r : readInput(inbox, stem)) {
                if (r.values().values().stream().anyMatch(f -> f.contains("\n"))) {
                    multiLine++;
                }
            }
        }
        assertThat(emptyLines).isPositive();
        assertThat(commaLines).isPositive();
        assertThat(multiLine).isPositive();
        Map<String, Set<String>> odd = new HashMap<>();
        for (String stem : List.of("notices", "irs_transactions", "information_returns", "payments")) {
            for (InputRow r : readInput(inbox, stem)) {
                r.values().forEach((c, v) -> odd.computeIfAbsent(c, k -> new HashSet<>()).add(v));
            }
        }
        assertThat(odd.get("transaction_code")).anyMatch(v -> v.startsWith("TC ") || v.startsWith("tc-"));
        assertThat(odd.get("tax_year")).anyMatch(v -> v.endsWith(".0"));
        assertThat(odd.get("box")).anyMatch(v -> v.startsWith("Box"));
        assertThat(odd.get("notice_code")).anyMatch(v -> v.startsWith("Notice CP") || v.startsWith("Ltr.") || v.startsWith("L1"));
        assertThat(odd.get("amount")).anyMatch(v -> v.startsWith("+") || v.startsWith("$ ") || v.startsWith("\u2212"));
        assertThat(odd.get("payment_date")).anyMatch(v -> v.matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}|\\d{1,2} [A-Z][a-z]+ \\d{4}"));
    }

    // ------------------------------------------------------------------ Excel

    @Test
    void excelSheetsAreNamedAfterTheKindAndHoldRealTypedCells() throws IOException {
        Path inbox = xlsxDirty.resolve(InboxWriter.INBOX);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String stem : STEMS) {
            XlsxSheet sheet = XlsxSheet.read(inbox.resolve(stem + ".xlsx"), stem);
            assertThat(sheet.sheetNames()).containsExactly(stem);
            int tin = sheet.header().indexOf("tin");
            int year = sheet.header().indexOf("tax_year");
            String amountColumn = AMOUNT_COLUMN.get(stem);
            int amount = amountColumn == null ? -1 : sheet.header().indexOf(amountColumn);
            String dateColumn = DATE_COLUMN.get(stem);
            int date = dateColumn == null ? -1 : sheet.header().indexOf(dateColumn);
            long previous = 1;
            for (XlsxSheet.Row1 r : sheet.rows()) {
                if (r.number() > previous + 1 || r.blank()) {
                    seen.merge("blank rows", 1, Integer::sum);
                }
                previous = r.number();
                if (r.type(tin).equals("N")) {
                    seen.merge(r.value(tin).length() < 9 ? "numeric TIN without its leading zeros" : "numeric TIN", 1, Integer::sum);
                }
                if (r.type(year).equals("N")) {
                    seen.merge("numeric tax year", 1, Integer::sum);
                }
                if (amount >= 0) {
                    seen.merge(r.type(amount).equals("N") ? "numeric amount" : "amount stored as text", 1, Integer::sum);
                }
                if (date >= 0) {
                    seen.merge(r.type(date).equals("D") ? "date cell" : r.type(date).equals("N") ? "date serial" : "date as text",
                            1, Integer::sum);
                }
                if (stem.equals("information_returns") && r.type(sheet.header().indexOf("corrected")).equals("B")) {
                    seen.merge("boolean cell", 1, Integer::sum);
                }
            }
        }
        assertThat(seen).containsKeys("blank rows", "numeric TIN", "numeric TIN without its leading zeros", "numeric tax year",
                "numeric amount", "amount stored as text", "date cell", "date serial", "date as text", "boolean cell");
    }

    @Test
    void mixedModeWritesBothKindsOfFile(@TempDir Path dir) throws IOException {
        SampleInboxGenerator.generate(new GeneratorOptions(60, 3, RUN_DATE, dir, true, InputFormat.MIXED));
        Path inbox = dir.resolve(InboxWriter.INBOX);
        try (Stream<Path> files = Files.list(inbox)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("clients.csv",
                    "information_returns.xlsx", "irs_transactions.csv", "notices.xlsx", "payments.xlsx", "return_lines.csv");
        }
        assertThat(CsvTable.read(dir.resolve(InboxWriter.REJECTS_TRUTH)).rows()).extracting(r -> r.get("sheet"))
                .contains("", "payments", "information_returns");
    }

    @Test
    void commandLineTakesDirtyAndFormat(@TempDir Path dir) {
        int exit = new CommandLine(new SampleInboxGenerator()).execute("--clients", "30", "--seed", "5",
                "--dirty", "--format", "MIXED", "--out", dir.toString());
        assertThat(exit).isZero();
        assertThat(dir.resolve(InboxWriter.REJECTS_TRUTH)).isRegularFile();
        assertThat(dir.resolve(InboxWriter.INBOX).resolve("payments.xlsx")).isRegularFile();
        assertThat(dir.resolve(InboxWriter.INBOX).resolve("clients.csv")).isRegularFile();
        assertThat(new CommandLine(new SampleInboxGenerator()).execute("--format", "xls", "--out", dir.toString())).isNotZero();
    }

    // ------------------------------------------------------------------ helpers

    /** One data row of an input file, CSV or Excel: its line (row) number, values as text and cell types. */
    record InputRow(long line, Map<String, String> values, Map<String, String> types) {
        String value(String column) {
            return values.getOrDefault(column, "");
        }

        String type(String column) {
            return types.getOrDefault(column, "");
        }
    }

    /**
     * The non-blank rows of OUT/inbox/STEM.csv or .xlsx, whichever exists, read as the product
     * reads them (inbox-formats): a cell is typed N when it holds a number, S when it holds text.
     */
    static List<InputRow> readInput(Path inbox, String stem) throws IOException {
        List<InputRow> rows = new ArrayList<>();
        Path csv = inbox.resolve(stem + ".csv");
        Path file = Files.exists(csv) ? csv : inbox.resolve(stem + ".xlsx");
        try (TabularFile table = TabularFile.open(file, file.getFileName().toString(), stem)) {
            List<String> header = table.header();
            for (RawRow r = table.next(); r != null; r = table.next()) {
                if (file == csv) {
                    assertThat(r.cells()).as(stem + " line " + r.source().line()).hasSameSizeAs(header);
                }
                Map<String, String> values = new LinkedHashMap<>();
                Map<String, String> types = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    RawCell cell = i < r.cells().size() ? r.cells().get(i) : new RawCell("", false);
                    values.put(header.get(i), cell.text());
                    types.put(header.get(i), cell.text().isEmpty() ? "" : cell.numeric() ? "N" : "S");
                }
                rows.add(new InputRow(r.source().line(), values, types));
            }
        }
        return rows;
    }

    /**
     * The reason the product gives for {@code value} in {@code column} when it is one of the bad
     * values the generator plants; null when the value is not one of them.
     */
    static String plantedReason(String stem, String column, String value, String type) {
        boolean amount = column.equals(AMOUNT_COLUMN.get(stem));
        boolean date = column.equals(DATE_COLUMN.get(stem));
        if ((amount || column.equals("client_id") || column.equals("notice_code")) && value.isBlank()) {
            return "missing value";
        }
        if (amount && (value.equals("12,34.5") || value.equals("abc"))) {
            return "not an amount";
        }
        if (amount && value.equals("1.234")) {
            return "not an amount: more than two decimals";
        }
        if (date && value.equals("02/30/2025")) {
            return "not a date: no such day";
        }
        if (date && (value.equals("2025-13-01") || value.equals("yesterday"))) {
            return "not a date";
        }
        if ((column.equals("tin") || column.endsWith("_tin")) && type.equals("S") && value.replaceAll("\\D", "").length() == 8) {
            return TIN_REASON;
        }
        if (column.equals("form_type") && value.equals("1099-ZZZ")) {
            return "unknown form type";
        }
        if (column.equals("notice_code") && value.equals("???")) {
            return "not a notice code";
        }
        if (column.equals("tax_year") && TWO_DIGITS.matcher(value).matches()) {
            return "not a tax year";
        }
        if (column.equals("corrected") && value.equals("maybe")) {
            return "not a yes/no value";
        }
        if (column.equals("source") && value.equals("PAYER")) {
            return "not a source: expected IRS or CLIENT";
        }
        return null;
    }

    /**
     * Every rejects-truth row names a real row (by line or Excel row) whose named column holds a
     * bad value of that reason, that row is a copy of the row before it but for that value, and no
     * other row of the inputs holds a planted bad value.
     */
    static void checkRejects(Path out, GenerationResult result) throws IOException {
        List<Map<String, String>> rejects = CsvTable.read(out.resolve(InboxWriter.REJECTS_TRUTH)).rows();
        assertThat(rejects).isNotEmpty();
        Map<String, Map<String, String>> expected = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Map<String, String> r : rejects) {
            String key = r.get("file") + "#" + r.get("line");
            assertThat(expected.put(key, r)).as("one reject per row: " + key).isNull();
            order.add(r.get("file"));
        }
        Path inbox = out.resolve(InboxWriter.INBOX);
        int found = 0;
        List<String> fileOrder = new ArrayList<>();
        for (String stem : STEMS) {
            boolean excel = Files.exists(inbox.resolve(stem + ".xlsx"));
            String file = stem + (excel ? ".xlsx" : ".csv");
            fileOrder.add(file);
            List<InputRow> rows = readInput(inbox, stem);
            assertThat((long) rows.size()).as(file).isEqualTo(result.rowsByFile().get(file));
            InputRow previous = null;
            long lastLine = 0;
            for (InputRow row : rows) {
                assertThat(row.line()).as(file + " lines increase").isGreaterThan(lastLine);
                lastLine = row.line();
                List<String> broken = new ArrayList<>();
                String reason = null;
                for (Map.Entry<String, String> v : row.values().entrySet()) {
                    String why = plantedReason(stem, v.getKey(), v.getValue(), row.type(v.getKey()));
                    if (why != null) {
                        broken.add(v.getKey());
                        reason = why;
                    }
                }
                Map<String, String> reject = expected.get(file + "#" + row.line());
                if (reject == null) {
                    assertThat(broken).as(file + " line " + row.line() + " is not in rejects-truth but holds a bad value").isEmpty();
                    previous = row;
                    continue;
                }
                found++;
                assertThat(reject.get("sheet")).isEqualTo(excel ? stem : "");
                assertThat(broken).as(file + " line " + row.line()).containsExactly(reject.get("column"));
                assertThat(reason).as(file + " line " + row.line()).isEqualTo(reject.get("reason"));
                assertThat(previous).as(file + " line " + row.line() + " follows the row it copies").isNotNull();
                for (String column : row.values().keySet()) {
                    if (!column.equals(reject.get("column"))) {
                        assertThat(row.value(column)).as(file + " line " + row.line() + " " + column).isEqualTo(previous.value(column));
                    }
                }
            }
        }
        assertThat(found).isEqualTo(rejects.size());
        List<String> sorted = new ArrayList<>(order);
        sorted.sort((a, b) -> Integer.compare(fileOrder.indexOf(a), fileOrder.indexOf(b)));
        assertThat(order).as("grouped by file in SPEC.md's order").isEqualTo(sorted);
    }

    static List<Path> allFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
