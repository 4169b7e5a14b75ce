package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.Category;
import io.taxrecon.sampledata.inbox.InboxWriter;
import io.taxrecon.sampledata.model.TruthRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SampleInboxGeneratorTest {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static final List<String> FILES = List.of(InboxWriter.CLIENTS, InboxWriter.NOTICES, InboxWriter.TRANSACTIONS,
            InboxWriter.INFORMATION_RETURNS, InboxWriter.RETURN_LINES, InboxWriter.PAYMENTS, InboxWriter.TRUTH);
    static final Set<String> PAYMENT_TYPES = names(FindingType.UNPOSTED_PAYMENT,
            FindingType.MISAPPLIED_PAYMENT_YEAR, FindingType.MISAPPLIED_PAYMENT_TIN, FindingType.PAYMENT_AMOUNT_MISMATCH,
            FindingType.DISHONORED_PAYMENT, FindingType.DUPLICATE_POSTING);
    static final Set<String> NOTICE_TYPES = names(FindingType.NOTICE_BALANCE_MISMATCH,
            FindingType.IDENTITY_MISMATCH, FindingType.UNKNOWN_NOTICE_CODE, FindingType.RESPONSE_DEADLINE);
    static final Set<String> BLANK_DIFFERENCE = names(FindingType.DUPLICATE_INFORMATION_RETURN,
            FindingType.IDENTITY_MISMATCH, FindingType.UNKNOWN_NOTICE_CODE, FindingType.RESPONSE_DEADLINE);

    static Set<String> names(FindingType... types) {
        return Stream.of(types).map(FindingType::name).collect(Collectors.toSet());
    }

    @TempDir
    static Path shared;
    static Path thousand;
    static GenerationResult thousandResult;

    @BeforeAll
    static void generateThousand() throws IOException {
        thousand = shared.resolve("thousand");
        thousandResult = SampleInboxGenerator.generate(new GeneratorOptions(1000, 1, RUN_DATE, thousand));
    }

    @Test
    void sameOptionsGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        SampleInboxGenerator.generate(new GeneratorOptions(300, 42, RUN_DATE, a));
        SampleInboxGenerator.generate(new GeneratorOptions(300, 42, RUN_DATE, b));
        for (String f : FILES) {
            assertThat(Files.readAllBytes(fileOf(a, f))).as(f).isEqualTo(Files.readAllBytes(fileOf(b, f)));
        }
    }

    @Test
    void anotherSeedGivesOtherData(@TempDir Path a) throws IOException {
        SampleInboxGenerator.generate(new GeneratorOptions(50, 43, RUN_DATE, a));
        assertThat(Files.readAllBytes(fileOf(a, InboxWriter.PAYMENTS)))
                .isNotEqualTo(Files.readAllBytes(fileOf(thousand, InboxWriter.PAYMENTS)));
    }

    @Test
    void everyFindingTypeIsPlantedAtASteadyRate() throws IOException {
        Map<String, Long> inTruth = new HashMap<>();
        for (Map<String, String> row : CsvTable.read(fileOf(thousand, InboxWriter.TRUTH)).rows()) {
            inTruth.merge(row.get("finding_type"), 1L, Long::sum);
        }
        assertThat(inTruth.keySet()).isSubsetOf(SampleInboxGenerator.FINDING_TYPES);
        for (String t : SampleInboxGenerator.FINDING_TYPES) {
            assertThat(inTruth.getOrDefault(t, 0L)).as(t).isGreaterThanOrEqualTo(10L);
            assertThat(thousandResult.plantedByType().get(t)).as(t).isEqualTo(inTruth.get(t));
        }
        for (HardNegative n : HardNegative.values()) {
            assertThat(thousandResult.hardNegativesByKind().get(n)).as(n.name()).isGreaterThanOrEqualTo(10L);
        }
    }

    @Test
    void about_two_thirds_of_clients_are_clean() throws IOException {
        Set<String> dirty = CsvTable.read(fileOf(thousand, InboxWriter.TRUTH)).rows().stream()
                .map(r -> r.get("client_id")).collect(Collectors.toSet());
        assertThat(thousandResult.cleanClients()).isEqualTo(1000 - dirty.size()).isBetween(600, 700);
    }

    @Test
    void everyFileParsesBackWithTheHeadersColumnCountAndTheReportedRowCount() throws IOException {
        for (String f : FILES) {
            CsvTable table = CsvTable.read(fileOf(thousand, f));
            for (List<String> record : table.records()) {
                assertThat(record).as(f).hasSize(table.header().size());
            }
            assertThat((long) table.records().size()).as(f).isEqualTo(thousandResult.rowsByFile().get(f));
        }
        assertThat(CsvTable.read(fileOf(thousand, InboxWriter.PAYMENTS)).header()).containsExactly("payment_id",
                "client_id", "tin", "tax_year", "payment_date", "amount", "method", "payment_type",
                "confirmation_number", "tax_form");
        assertThat(CsvTable.read(fileOf(thousand, InboxWriter.TRUTH)).header())
                .containsExactly("client_id", "tax_year", "finding_type", "reference", "difference");
    }

    @Test
    void truthIsSortedUniqueAndEveryReferenceExists() throws IOException {
        assertTruthConsistent(thousand);
    }

    @Test
    void clientIdsAndSsnsAreWellFormedAndUnique() throws IOException {
        List<Map<String, String>> clients = CsvTable.read(fileOf(thousand, InboxWriter.CLIENTS)).rows();
        Set<String> ssns = new HashSet<>();
        String previous = "";
        int spouses = 0;
        for (Map<String, String> c : clients) {
            assertThat(c.get("client_id")).matches("C\\d{6}").isGreaterThan(previous);
            previous = c.get("client_id");
            for (String column : List.of("tin", "spouse_tin")) {
                String raw = c.get(column);
                if (raw.isEmpty()) {
                    continue;
                }
                assertThat(raw).matches("\\d{3}-\\d{2}-\\d{4}|\\d{9}");
                String digits = raw.replace("-", "");
                int area = Integer.parseInt(digits.substring(0, 3));
                assertThat(area).isBetween(1, 899).isNotEqualTo(666);
                assertThat(digits.substring(3, 5)).isNotEqualTo("00");
                assertThat(digits.substring(5)).isNotEqualTo("0000");
                assertThat(ssns.add(digits)).as("unique " + raw).isTrue();
                if (column.equals("spouse_tin")) {
                    spouses++;
                }
            }
        }
        assertThat(spouses).isBetween(350, 500);
    }

    @Test
    void theBundledInboxIsWhatTheGeneratorWritesAndHoldsEveryFindingType(@TempDir Path fresh) throws IOException {
        Path bundled = Path.of(""); // sample-data/inbox/ and sample-data/truth.csv
        SampleInboxGenerator.generate(new GeneratorOptions(40, 2026, RUN_DATE, fresh));
        for (String f : FILES) {
            assertThat(Files.readAllBytes(fileOf(bundled, f))).as(f).isEqualTo(Files.readAllBytes(fileOf(fresh, f)));
        }
        Set<String> types = CsvTable.read(fileOf(bundled, InboxWriter.TRUTH)).rows().stream()
                .map(r -> r.get("finding_type")).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrderElementsOf(SampleInboxGenerator.FINDING_TYPES);
        assertTruthConsistent(bundled);
    }

    @Test
    void otherRunDatesAndSeedsStayConsistent(@TempDir Path dir) throws IOException {
        GenerationResult r = SampleInboxGenerator.generate(new GeneratorOptions(400, 9, LocalDate.of(2026, 1, 5), dir));
        assertThat(r.plantedFindings()).isPositive();
        assertTruthConsistent(dir);
    }

    @Test
    void commandLineWritesTheFiles(@TempDir Path dir) {
        int exit = new CommandLine(new SampleInboxGenerator())
                .execute("--clients", "7", "--seed", "5", "--run-date", "2026-11-23", "--out", dir.toString());
        assertThat(exit).isZero();
        for (String f : FILES) {
            assertThat(fileOf(dir, f)).isRegularFile();
        }
        assertThat(new CommandLine(new SampleInboxGenerator()).execute("--clients", "7")).isNotZero();
    }

    @Test
    void streamsOneHundredThousandClientsQuickly(@TempDir Path dir) throws IOException {
        long started = System.nanoTime();
        GenerationResult r = SampleInboxGenerator.generate(new GeneratorOptions(100_000, 3, RUN_DATE, dir));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(r.rowsByFile().get(InboxWriter.CLIENTS)).isEqualTo(100_000L);
        // Generous bound so a slow CI box passes; the target is ≥ 20k clients/s.
        assertThat(seconds).isLessThan(30.0);
    }

    /** Self-consistency of a truth file with its inbox; no reconciliation is re-done here. */
    static void assertTruthConsistent(Path dir) throws IOException {
        List<Map<String, String>> truth = CsvTable.read(fileOf(dir, InboxWriter.TRUTH)).rows();
        Set<String> clientIds = CsvTable.read(fileOf(dir, InboxWriter.CLIENTS)).rows().stream()
                .map(r -> r.get("client_id")).collect(Collectors.toSet());
        Map<String, Map<String, String>> payments = byId(dir, InboxWriter.PAYMENTS, "payment_id");
        Map<String, Map<String, String>> notices = byId(dir, InboxWriter.NOTICES, "notice_id");
        Map<String, Map<String, String>> transactions = byId(dir, InboxWriter.TRANSACTIONS, "transaction_id");
        Map<String, List<Map<String, String>>> documents = new HashMap<>();
        for (Map<String, String> r : CsvTable.read(fileOf(dir, InboxWriter.INFORMATION_RETURNS)).rows()) {
            documents.computeIfAbsent(r.get("document_id"), k -> new ArrayList<>()).add(r);
        }
        Set<String> keys = new HashSet<>();
        String previous = null;
        for (Map<String, String> row : truth) {
            String client = row.get("client_id");
            String year = row.get("tax_year");
            String type = row.get("finding_type");
            String reference = row.get("reference");
            String difference = row.get("difference");
            String sortKey = client + "|" + year + "|" + type + "|" + reference;
            if (previous != null) {
                assertThat(sortKey).as("truth order").isGreaterThan(previous);
            }
            previous = sortKey;
            assertThat(keys.add(client + "|" + year + "|" + type + "|" + reference)).as("unique " + sortKey).isTrue();
            assertThat(clientIds).contains(client);
            if (BLANK_DIFFERENCE.contains(type)) {
                assertThat(difference).as(sortKey).isEmpty();
            } else {
                assertThat(difference).as(sortKey).matches("-?\\d+\\.\\d{2}");
            }
            if (PAYMENT_TYPES.contains(type)) {
                Map<String, String> p = payments.get(reference);
                assertThat(p).as(sortKey).isNotNull();
                assertThat(p.get("client_id")).isEqualTo(client);
                assertThat(p.get("tax_year")).isEqualTo(year);
                assertThat(new java.math.BigDecimal(difference)).isPositive();
            } else if (NOTICE_TYPES.contains(type)) {
                Map<String, String> n = notices.get(reference);
                assertThat(n).as(sortKey).isNotNull();
                assertThat(n.get("client_id")).isEqualTo(client);
                assertThat(n.get("tax_year")).isEqualTo(year);
                if (type.equals(FindingType.UNKNOWN_NOTICE_CODE.name())) {
                    assertThat(n.get("notice_code")).contains("9999");
                    assertThat(n.get("response_due_date")).isEmpty();
                }
            } else if (type.equals(TruthRow.FIRST_TIME_ABATEMENT)) {
                assertThat(reference).isIn("FTF", "FTP", "FTF+FTP");
                assertThat(new java.math.BigDecimal(difference)).isPositive();
            } else if (type.equals(TruthRow.COLLECTION_STATUTE)) {
                Map<String, String> t = transactions.get(reference);
                assertThat(t).as(sortKey).isNotNull();
                assertThat(t.get("client_id")).isEqualTo(client);
                assertThat(t.get("tax_year")).isEqualTo(year);
                assertThat(new java.math.BigDecimal(difference)).isGreaterThan(java.math.BigDecimal.ONE);
            } else if (type.equals(FindingType.DUPLICATE_INFORMATION_RETURN.name())) {
                List<Map<String, String>> repeat = documents.get(reference);
                assertThat(repeat).as(sortKey).isNotNull();
                assertThat(repeat.get(0).get("client_id")).isEqualTo(client);
                assertThat(repeat.get(0).get("tax_year")).isEqualTo(year);
                assertThat(repeat.get(0).get("source")).isNotEqualToIgnoringCase("CLIENT");
            } else if (type.equals(FindingType.WITHHOLDING_MISMATCH.name())) {
                assertThat(reference).isEqualTo("FEDERAL_WITHHOLDING");
                assertThat(new java.math.BigDecimal(difference)).isGreaterThan(java.math.BigDecimal.ONE);
            } else {
                assertThat(Category.valueOf(reference)).isNotEqualTo(Category.FEDERAL_WITHHOLDING);
                assertThat(new java.math.BigDecimal(difference)).isGreaterThan(java.math.BigDecimal.ONE);
            }
        }
    }

    private static Map<String, Map<String, String>> byId(Path dir, String file, String column) throws IOException {
        Map<String, Map<String, String>> map = new HashMap<>();
        for (Map<String, String> r : CsvTable.read(fileOf(dir, file)).rows()) {
            assertThat(map.put(r.get(column), r)).as("unique " + column + " " + r.get(column)).isNull();
        }
        return map;
    }

    /** Where a generated file lives: the inputs in OUT/inbox/, truth.csv beside that folder. */
    static Path fileOf(Path out, String name) {
        return name.equals(InboxWriter.TRUTH) ? out.resolve(name) : out.resolve(InboxWriter.INBOX).resolve(name);
    }
}
