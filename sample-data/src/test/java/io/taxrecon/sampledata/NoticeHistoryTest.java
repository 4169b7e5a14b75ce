package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.sampledata.inbox.InboxWriter;
import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 500-client "realistic firm" with three years of notice log: the histories are well formed,
 * the truth is the same for the same seed, and every planted notice finding is about a live notice.
 * Statuses are judged here again, by a reading of notices-rules.md of this test's own.
 */
class NoticeHistoryTest {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static final List<String> LADDER = List.of("CP14", "CP501", "CP503", "CP504", "LT11");
    static List<GeneratedClient> firm;

    @BeforeAll
    static void composeTheFirm() {
        firm = compose(500, 5, 3);
    }

    static List<GeneratedClient> compose(int clients, long seed, int historyYears) {
        ClientComposer composer = new ClientComposer(seed, RUN_DATE, clients, historyYears, new PayerDirectory(seed),
                new SsnSpace(seed));
        PlantSchedule schedule = new PlantSchedule(seed);
        List<GeneratedClient> list = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            list.add(composer.compose(i, schedule.next(i)));
        }
        return list;
    }

    @Test
    void aRealisticShareOfClientsCarriesYearsOfHistory() {
        long withHistory = firm.stream().filter(c -> c.notices().stream().anyMatch(NoticeHistoryTest::history)).count();
        assertThat(withHistory).isBetween(175L, 275L);
        LocalDate earliest = firm.stream().flatMap(c -> c.notices().stream()).filter(n -> !penaltyStory(n)).map(NoticeRecord::noticeDate)
                .min(Comparator.naturalOrder()).orElseThrow();
        assertThat(earliest).isAfterOrEqualTo(RUN_DATE.minusYears(3)).isBefore(RUN_DATE.minusYears(3).plusMonths(3));
    }

    @Test
    void nothingIsDatedAfterTheRunDateAndEveryBillOfTheClientsOwnTinsHasATranscript() {
        for (GeneratedClient c : firm) {
            Set<String> own = own(c);
            for (NoticeRecord n : c.notices()) {
                assertThat(n.noticeDate()).as(n.noticeId()).isBeforeOrEqualTo(RUN_DATE);
                boolean claimsABalance = stage(n) != null && stage(n).balance() && n.amountDue().signum() > 0;
                if (claimsABalance && own.contains(n.tin())) {
                    assertThat(c.transactions()).as(n.noticeId())
                            .anyMatch(t -> t.tin().equals(n.tin()) && t.taxYear() == n.taxYear() && !t.date().isAfter(n.noticeDate()));
                }
            }
            for (TranscriptLine t : c.transactions()) {
                assertThat(t.date()).isBeforeOrEqualTo(RUN_DATE);
            }
        }
    }

    @Test
    void laddersClimbInDateOrderFiveToTenWeeksApart() {
        int ladders = 0;
        for (GeneratedClient c : firm) {
            Map<String, List<NoticeRecord>> byTinYear = c.notices().stream()
                    .filter(n -> (LADDER.contains(n.code()) || n.code().equals("LTR1058")) && !penaltyStory(n))
                    .collect(Collectors.groupingBy(n -> n.tin() + "|" + n.taxYear()));
            for (List<NoticeRecord> rungs : byTinYear.values()) {
                rungs.sort(Comparator.comparing(NoticeRecord::noticeDate).thenComparing(NoticeRecord::noticeId, NaturalIds.ORDER));
                if (rungs.size() >= 3) {
                    ladders++;
                }
                for (int i = 1; i < rungs.size(); i++) {
                    assertThat(rank(rungs.get(i))).as(rungs.get(i).noticeId()).isGreaterThan(rank(rungs.get(i - 1)));
                    long gap = ChronoUnit.DAYS.between(rungs.get(i - 1).noticeDate(), rungs.get(i).noticeDate());
                    assertThat(gap == 0 || (gap >= 35 && gap <= 70)).as(rungs.get(i).noticeId() + " gap " + gap).isTrue();
                }
            }
        }
        assertThat(ladders).isGreaterThan(40);
    }

    @Test
    void theSameSeedGivesTheSameTruthAndAnotherSeedAnother() {
        assertThat(truth(compose(500, 5, 3))).isEqualTo(truth(firm));
        assertThat(truth(compose(500, 6, 3))).isNotEqualTo(truth(firm));
    }

    @Test
    void everyPlantedNoticeFindingIsAboutALiveNotice() {
        Map<String, Integer> about = new TreeMap<>();
        for (GeneratedClient c : firm) {
            Map<String, NoticeRecord> byId = c.notices().stream().collect(Collectors.toMap(NoticeRecord::noticeId, n -> n));
            for (TruthRow t : c.truth()) {
                if (!ClientComposer.NOTICE_TYPES.contains(t.type())) {
                    continue;
                }
                String status = status(c, byId.get(t.reference()));
                about.merge(t.type() + " " + status + (history(byId.get(t.reference())) ? " history" : " current"), 1, Integer::sum);
            }
        }
        // RESPONSE_DEADLINE only for open notices; the others for notices not superseded (a bill since
        // paid keeps the mismatch it had on its date). None is about a superseded notice.
        assertThat(about.keySet()).allMatch(k -> !k.contains("SUPERSEDED"));
        assertThat(about.keySet()).filteredOn(k -> k.startsWith("RESPONSE_DEADLINE")).allMatch(k -> k.contains("OPEN"));
        assertThat(about.get("NOTICE_BALANCE_MISMATCH PAID history")).isPositive();
        assertThat(about.get("RESPONSE_DEADLINE OPEN history")).isPositive();
        assertThat(about.get("UNKNOWN_NOTICE_CODE OPEN history")).isPositive();
        long planted = firm.stream().flatMap(c -> c.truth().stream()).filter(t -> ClientComposer.NOTICE_TYPES.contains(t.type())).count();
        assertThat(about.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) planted);
    }

    @Test
    void theHistoryHoldsEveryCaseTheRulesTellApart() {
        Map<String, Integer> cases = new TreeMap<>();
        for (GeneratedClient c : firm) {
            for (NoticeRecord n : c.notices()) {
                if (!history(n)) {
                    continue;
                }
                String status = status(c, n);
                cases.merge(n.code() + " " + status, 1, Integer::sum);
                boolean sameDay = c.notices().stream().anyMatch(m -> m != n && m.tin().equals(n.tin()) && m.taxYear() == n.taxYear()
                        && m.noticeDate().equals(n.noticeDate()) && stage(m) != null && stage(n) != null);
                if (sameDay) {
                    cases.merge("same day", 1, Integer::sum);
                }
                if (stage(n) == NoticeStage.BALANCE_DUE && n.amountDue().compareTo(NoticeCodes.LARGE_BALANCE) >= 0) {
                    cases.merge(n.responseDue() == null ? "large bill, 10 business days" : "large bill, printed date", 1, Integer::sum);
                }
                if (stage(n) != null && stage(n).balance() && status.equals("PAID")
                        && n.amountDue().compareTo(balance(c, n, RUN_DATE).add(BigDecimal.ONE)) > 0) {
                    cases.merge("right then, paid since", 1, Integer::sum);
                }
            }
        }
        assertThat(cases).containsKeys("CP14 PAID", "CP14 SUPERSEDED", "CP501 SUPERSEDED", "CP504 SUPERSEDED",
                "LT11 PAID", "LTR1058 PAID", "CP2000 SUPERSEDED", "CP22A PAID", "CP71C OPEN", "CP49 OPEN",
                "LTR5071C SUPERSEDED", "CP9999 SUPERSEDED", "same day", "right then, paid since",
                "large bill, 10 business days", "large bill, printed date");
    }

    @Test
    void identityLettersAndTheFinalLevyNoticeAreSpelledAsFirmsTypeThem(@TempDir Path dir) throws IOException {
        SampleInboxGenerator.generate(new GeneratorOptions(1000, 5, RUN_DATE, dir));
        Set<String> codes = new HashSet<>();
        for (Map<String, String> row : CsvTable.read(dir.resolve(InboxWriter.INBOX).resolve(InboxWriter.NOTICES)).rows()) {
            codes.add(row.get("notice_code"));
        }
        assertThat(codes).contains("LTR5071C", "Letter 5071C", "LTR 5071C", "5071C", "LT1058", "LTR1058", "Letter 1058");
    }

    @Test
    void noHistoryYearsGivesCurrentNoticesOnly() {
        for (GeneratedClient c : compose(200, 5, 0)) {
            assertThat(c.notices()).noneMatch(NoticeHistoryTest::history);
        }
    }

    // ---------------------------------------------------------------- this test's reading of the rules

    static String status(GeneratedClient c, NoticeRecord n) {
        for (NoticeRecord m : c.notices()) {
            boolean later = m.noticeDate().isAfter(n.noticeDate())
                    || m.noticeDate().equals(n.noticeDate()) && NaturalIds.compare(m.noticeId(), n.noticeId()) > 0;
            if (m != n && m.tin().equals(n.tin()) && m.taxYear() == n.taxYear() && later
                    && stage(m) != null && stage(m) != NoticeStage.INFORMATION) {
                return "SUPERSEDED";
            }
        }
        boolean paid = stage(n) != null && stage(n).balance() && balance(c, n, n.noticeDate()).compareTo(BigDecimal.ONE) > 0
                && balance(c, n, RUN_DATE).compareTo(BigDecimal.ONE) <= 0;
        return paid ? "PAID" : "OPEN";
    }

    static BigDecimal balance(GeneratedClient c, NoticeRecord n, LocalDate on) {
        BigDecimal sum = BigDecimal.ZERO;
        for (TranscriptLine t : c.transactions()) {
            if (t.tin().equals(n.tin()) && t.taxYear() == n.taxYear() && !t.date().isAfter(on)) {
                sum = TransactionCodes.isCredit(t.code()) ? sum.subtract(t.amount()) : sum.add(t.amount());
            }
        }
        return sum;
    }

    static NoticeStage stage(NoticeRecord n) {
        return NoticeCodes.find(n.code()).map(NoticeCodes.Facts::stage).orElse(null);
    }

    /** A notice of the log's history: older than the current years, younger than the penalty stories' years. */
    static boolean history(NoticeRecord n) {
        return n.taxYear() < RUN_DATE.getYear() - 3 && !penaltyStory(n);
    }

    /** The collection-statute stories bill tax years 10 or more years back (PenaltyStoriesTest reads those). */
    static boolean penaltyStory(NoticeRecord n) {
        return n.taxYear() <= RUN_DATE.getYear() - 10;
    }

    static int rank(NoticeRecord n) {
        return n.code().equals("LTR1058") ? LADDER.size() - 1 : LADDER.indexOf(n.code());
    }

    static Set<String> own(GeneratedClient c) {
        return c.spouse() == null ? Set.of(c.primary().ssn()) : Set.of(c.primary().ssn(), c.spouse().ssn());
    }

    static List<String> truth(List<GeneratedClient> clients) {
        List<String> rows = new ArrayList<>();
        for (GeneratedClient c : clients) {
            for (TruthRow t : c.truth()) {
                rows.add(t.toString());
            }
        }
        return rows;
    }
}
