package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The penalty stories the generator plants (issue 12): each one is written as planned and its truth
 * is exactly what the decisions give, checked here by hand from the lines written (day by day for
 * the statute), not through the generator's readings.
 */
class PenaltyStoriesTest {

    static final LocalDate RUN = LocalDate.of(2026, 11, 23);
    static final int R = RUN.getYear();
    /** The FTA stories' year with three years of history: the year before the oldest history year. */
    static final int FTA_YEAR = R - 7;
    static final long SEED = 11;
    static final int VARIANTS = 12;

    static final ClientComposer COMPOSER = new ClientComposer(SEED, RUN, 100, 3, new PayerDirectory(SEED), new SsnSpace(SEED));

    static GeneratedClient client(int index, PenaltyStory story) {
        return COMPOSER.compose(index, new ClientPlan(List.of(), null, story));
    }

    static List<TranscriptLine> year(GeneratedClient c, int year) {
        return c.transactions().stream().filter(t -> t.tin().equals(c.primary().ssn()) && t.taxYear() == year).toList();
    }

    static List<TruthRow> truth(GeneratedClient c, String type) {
        return c.truth().stream().filter(t -> t.type().equals(type)).toList();
    }

    static BigDecimal sum(List<TranscriptLine> lines, int... codes) {
        BigDecimal s = ClientDraft.ZERO;
        for (TranscriptLine t : lines) {
            for (int code : codes) {
                s = t.code() == code ? s.add(t.amount()) : s;
            }
        }
        return s;
    }

    static BigDecimal balance(List<TranscriptLine> lines) {
        BigDecimal s = ClientDraft.ZERO;
        for (TranscriptLine t : lines) {
            s = TransactionCodes.isCredit(t.code()) ? s.subtract(t.amount()) : s.add(t.amount());
        }
        return s;
    }

    /** What FTA would abate in a year, by hand: FTF and FTP net of their abatements. */
    static TruthRow ftaByHand(GeneratedClient c, int y) {
        BigDecimal ftf = sum(year(c, y), 166).subtract(sum(year(c, y), 167));
        BigDecimal ftp = sum(year(c, y), 276).subtract(sum(year(c, y), 277));
        String reference = ftf.signum() > 0 && ftp.signum() > 0 ? "FTF+FTP" : ftf.signum() > 0 ? "FTF" : "FTP";
        return new TruthRow(c.clientId(), y, TruthRow.FIRST_TIME_ABATEMENT, reference, ftf.add(ftp));
    }

    /** The CSED of an assessment, counting each suspended day in a set (overlaps once). */
    static LocalDate csedByHand(List<TranscriptLine> lines, TranscriptLine assessment) {
        Set<LocalDate> suspended = new HashSet<>();
        List<TranscriptLine> sorted = lines.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
        for (TranscriptLine open : sorted) {
            if (open.code() != 480 && open.code() != 520) {
                continue;
            }
            int closes = open.code() == 480 ? 481 : 521;
            LocalDate closed = sorted.stream().filter(t -> t.code() == closes && t.date().isAfter(open.date()))
                    .map(TranscriptLine::date).findFirst().orElseThrow();
            LocalDate end = open.code() == 480 ? closed.plusDays(30)
                    : open.description().contains("CDP") ? closed : closed.plusMonths(6);
            for (LocalDate d = open.date(); d.isBefore(end); d = d.plusDays(1)) {
                if (!d.isBefore(assessment.date())) {
                    suspended.add(d);
                }
            }
        }
        return assessment.date().plusYears(10).plusDays(suspended.size());
    }

    static LocalDate lastCredit(GeneratedClient c, int y) {
        return year(c, y).stream().filter(t -> TransactionCodes.isCredit(t.code())).map(TranscriptLine::date)
                .max(LocalDate::compareTo).orElseThrow();
    }

    /** Still owing more than a dollar, or paid within 2 years of the run date (IRC 6511(a)), by hand. */
    static boolean canBeHelped(GeneratedClient c, int y) {
        return balance(year(c, y)).compareTo(BigDecimal.ONE) > 0 || !lastCredit(c, y).isBefore(RUN.minusYears(2));
    }

    /** The latest CSED of the year's assessments, by hand (the FTA stories plant no suspension). */
    static LocalDate latestCsed(GeneratedClient c, int y) {
        return year(c, y).stream().filter(t -> Set.of(150, 166, 176, 196, 276).contains(t.code()) && t.amount().signum() > 0)
                .map(t -> csedByHand(year(c, y), t)).max(LocalDate::compareTo).orElseThrow();
    }

    static TranscriptLine interest(GeneratedClient c, int y) {
        return year(c, y).stream().filter(t -> t.code() == 196).findFirst().orElseThrow();
    }

    static int statuteYear(GeneratedClient c) {
        return c.transactions().stream().filter(t -> t.code() == 480 || t.code() == 520).findFirst().orElseThrow().taxYear();
    }

    @ParameterizedTest
    @EnumSource(value = PenaltyStory.class, names = {"FTA_CLEAN", "FTA_ESTIMATED_ONLY"})
    void aCleanThreeYearHistoryGivesTheFindingForTheNetFtfAndFtp(PenaltyStory story) {
        for (int i = 0; i < VARIANTS; i++) {
            GeneratedClient c = client(i, story);
            int y = FTA_YEAR;
            for (int p = y - 3; p < y; p++) {
                assertThat(sum(year(c, p), 150)).isPositive();
                assertThat(sum(year(c, p), 166, 276)).isZero();
            }
            assertThat(truth(c, TruthRow.FIRST_TIME_ABATEMENT)).contains(ftaByHand(c, y));
            assertThat(truth(c, TruthRow.FIRST_TIME_ABATEMENT).stream().filter(t -> t.taxYear() <= y)).hasSize(1);
            if (story == PenaltyStory.FTA_ESTIMATED_ONLY) {
                assertThat(sum(year(c, y - 1), 176).add(sum(year(c, y - 2), 176)).add(sum(year(c, y - 3), 176))).isPositive();
                assertThat(balance(year(c, y))).isZero();
                assertThat(lastCredit(c, y)).isBetween(RUN.minusMonths(23), RUN.minusMonths(16));
            } else {
                assertThat(balance(year(c, y))).isGreaterThan(BigDecimal.ONE);
                assertThat(lastCredit(c, y)).isBefore(RUN.minusYears(5));
                // Still collectible, and far enough off that the collection statute finds nothing.
                assertThat(latestCsed(c, y)).isAfter(RUN.plusMonths(12));
                assertThat(truth(c, TruthRow.COLLECTION_STATUTE)).isEmpty();
            }
        }
    }

    @Test
    void anEarlierYearPaidOffLongAgoLeavesTheLaterOneWithCleanPriorYearsTheFinding() {
        for (int i = 0; i < VARIANTS; i++) {
            GeneratedClient c = client(i, PenaltyStory.FTA_TWO_ELIGIBLE);
            assertThat(sum(year(c, FTA_YEAR - 4), 166, 276)).isPositive();
            assertThat(balance(year(c, FTA_YEAR - 4))).isZero();
            assertThat(lastCredit(c, FTA_YEAR - 4)).isBefore(RUN.minusYears(5));
            for (int p = FTA_YEAR - 3; p < FTA_YEAR; p++) {
                assertThat(sum(year(c, p), 150)).isPositive();
                assertThat(sum(year(c, p), 166, 276)).isZero();
            }
            assertThat(canBeHelped(c, FTA_YEAR)).isTrue();
            assertThat(truth(c, TruthRow.FIRST_TIME_ABATEMENT).stream().filter(t -> t.taxYear() <= FTA_YEAR).toList())
                    .containsExactly(ftaByHand(c, FTA_YEAR));
        }
    }

    @Test
    void aYearWithCleanPriorYearsPaidOffLongAgoIsNoFinding() {
        for (int i = 0; i < VARIANTS; i++) {
            GeneratedClient c = client(i, PenaltyStory.FTA_PAID_LONG_AGO);
            int y = FTA_YEAR;
            for (int p = y - 3; p < y; p++) {
                assertThat(sum(year(c, p), 150)).isPositive();
                assertThat(sum(year(c, p), 166, 276)).isZero();
            }
            assertThat(sum(year(c, y), 166, 276)).isPositive();
            assertThat(balance(year(c, y))).isZero();
            assertThat(lastCredit(c, y)).isBefore(RUN.minusYears(5));
            assertThat(truth(c, TruthRow.FIRST_TIME_ABATEMENT).stream().filter(t -> t.taxYear() <= y)).isEmpty();
        }
    }

    @Test
    void anOwingYearWithCleanPriorYearsButEveryCsedPassedIsNoFinding() {
        for (int i = 0; i < VARIANTS; i++) {
            GeneratedClient c = client(i, PenaltyStory.FTA_PAST_CSED);
            int y = R - 14;
            for (int p = y - 3; p < y; p++) {
                assertThat(sum(year(c, p), 150)).isPositive();
                assertThat(sum(year(c, p), 166, 276)).isZero();
            }
            assertThat(sum(year(c, y), 166, 276)).isPositive();
            assertThat(balance(year(c, y))).isGreaterThan(BigDecimal.ONE);
            assertThat(latestCsed(c, y)).isBefore(RUN);
            assertThat(truth(c, TruthRow.FIRST_TIME_ABATEMENT).stream().filter(t -> t.taxYear() <= y)).isEmpty();
            assertThat(truth(c, TruthRow.COLLECTION_STATUTE)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = PenaltyStory.class, names = {"FTA_BROKEN", "FTA_MISSING_YEAR", "FTA_ABATED"})
    void aBrokenOrUnconfirmedHistoryOrAnAbatedPenaltyGivesNoFinding(PenaltyStory story) {
        for (int i = 0; i < VARIANTS; i++) {
            GeneratedClient c = client(i, story);
            int y = FTA_YEAR;
            assertThat(truth(c, TruthRow.FIRST_TIME_ABATEMENT).stream().filter(t -> t.taxYear() <= y)).isEmpty();
            switch (story) {
                case FTA_BROKEN -> assertThat(sum(year(c, y - 2), 276)).isPositive();
                case FTA_MISSING_YEAR -> assertThat(List.of(y - 1, y - 2, y - 3).stream().filter(p -> year(c, p).isEmpty())).hasSize(1);
                default -> assertThat(sum(year(c, y), 277)).isEqualTo(sum(year(c, y), 276)).isPositive();
            }
            assertThat(sum(year(c, y), 166, 276)).isPositive();
            // Still owing: only the story's own rule keeps it from being a finding.
            assertThat(balance(year(c, y))).isGreaterThan(BigDecimal.ONE);
            assertThat(truth(c, TruthRow.COLLECTION_STATUTE)).isEmpty();
        }
    }

    @Test
    void aBalanceWhoseLatestCsedFallsWithinTwelveMonthsIsLowReferencingTheInterestAssessment() {
        for (int i = 0; i < VARIANTS; i++) {
            GeneratedClient c = client(i, PenaltyStory.CS_LOW);
            int y = statuteYear(c);
            List<TranscriptLine> lines = year(c, y);
            assertThat(lines.stream().map(TranscriptLine::code).collect(Collectors.toSet())).contains(150, 196, 480, 481, 520, 521);
            LocalDate csed = csedByHand(lines, interest(c, y));
            assertThat(csed).isAfter(RUN).isBeforeOrEqualTo(RUN.plusMonths(12));
            assertThat(csedByHand(lines, lines.stream().filter(t -> t.code() == 150).findFirst().orElseThrow())).isBefore(csed);
            assertThat(truth(c, TruthRow.COLLECTION_STATUTE)).containsExactly(new TruthRow(c.clientId(), y,
                    TruthRow.COLLECTION_STATUTE, interest(c, y).transactionId(), balance(lines)));
            assertThat(balance(lines)).isGreaterThan(BigDecimal.ONE);
        }
    }

    @Test
    void anOpenCp504BillingAYearPastEveryCsedIsHighAndGivesNoNoticeFinding() {
        for (int i = 0; i < VARIANTS; i++) {
            GeneratedClient c = client(i, PenaltyStory.CS_HIGH);
            int y = statuteYear(c);
            List<TranscriptLine> lines = year(c, y);
            for (TranscriptLine t : lines) {
                if (t.code() == 150 || t.code() == 196) {
                    assertThat(csedByHand(lines, t)).isBefore(RUN);
                }
            }
            List<NoticeRecord> bills = c.notices().stream().filter(n -> n.taxYear() == y).toList();
            assertThat(bills).extracting(NoticeRecord::code).containsExactly("CP14", "CP504");
            assertThat(bills.get(1).noticeDate()).isAfter(RUN.minusDays(16));
            assertThat(bills.get(1).responseDue()).isAfter(RUN.plusDays(14));
            assertThat(bills.get(1).amountDue()).isEqualTo(balance(lines));
            assertThat(c.truth().stream().filter(t -> t.taxYear() == y).toList()).containsExactly(new TruthRow(c.clientId(), y,
                    TruthRow.COLLECTION_STATUTE, interest(c, y).transactionId(), balance(lines)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = PenaltyStory.class, names = {"CS_THIRTEEN_MONTHS", "CS_PASSED_NO_NOTICE", "CS_PAID"})
    void aCsedThirteenMonthsAwayAPassedOneWithoutANoticeAndAPaidBalanceGiveNoFinding(PenaltyStory story) {
        for (int i = 0; i < VARIANTS; i++) {
            GeneratedClient c = client(i, story);
            int y = statuteYear(c);
            List<TranscriptLine> lines = year(c, y);
            LocalDate csed = csedByHand(lines, interest(c, y));
            switch (story) {
                case CS_THIRTEEN_MONTHS -> assertThat(csed).isAfter(RUN.plusMonths(12));
                case CS_PASSED_NO_NOTICE -> {
                    assertThat(csed).isBefore(RUN);
                    assertThat(c.notices().stream().filter(n -> n.taxYear() == y)).isEmpty();
                }
                default -> {
                    assertThat(csed).isAfter(RUN).isBeforeOrEqualTo(RUN.plusMonths(12));
                    assertThat(balance(lines)).isZero();
                }
            }
            assertThat(truth(c, TruthRow.COLLECTION_STATUTE)).isEmpty();
        }
    }

    @Test
    void aPenaltyStoryLeavesTheRestOfTheClientAsItWas() {
        PlantSchedule schedule = new PlantSchedule(SEED);
        for (int i = 0; i < 40; i++) {
            ClientPlan plan = schedule.next(i);
            if (plan.penaltyStory() == null) {
                continue;
            }
            GeneratedClient with = COMPOSER.compose(i, plan);
            GeneratedClient without = COMPOSER.compose(i, new ClientPlan(plan.plants(), plan.negative()));
            // The story's years are those the client without it has no line on (the stories share no year).
            Set<Integer> otherYears = without.transactions().stream().map(TranscriptLine::taxYear).collect(Collectors.toSet());
            Set<Integer> storyYears = new HashSet<>();
            List<TranscriptLine> others = new ArrayList<>();
            for (TranscriptLine t : with.transactions()) {
                if (otherYears.contains(t.taxYear())) {
                    others.add(t.withId(null));
                } else {
                    storyYears.add(t.taxYear());
                }
            }
            assertThat(others).containsExactlyElementsOf(without.transactions().stream().map(t -> t.withId(null)).toList());
            assertThat(with.notices()).containsAll(without.notices());
            assertThat(with.payments()).isEqualTo(without.payments());
            assertThat(with.truth().stream().filter(t -> !storyYears.contains(t.taxYear())).toList()).isEqualTo(without.truth());
        }
    }

    @Test
    void theSameSeedWritesTheSameStoryAndAnotherSeedAnother() {
        for (PenaltyStory story : PenaltyStory.values()) {
            assertThat(client(3, story)).isEqualTo(client(3, story));
            ClientComposer other = new ClientComposer(SEED + 1, RUN, 100, 3, new PayerDirectory(SEED + 1), new SsnSpace(SEED + 1));
            assertThat(other.compose(3, new ClientPlan(List.of(), null, story)).transactions()).isNotEqualTo(client(3, story).transactions());
        }
    }

    @Test
    void theDefaultFortyClientSampleCarriesEveryStory() {
        PlantSchedule schedule = new PlantSchedule(2026);
        Set<PenaltyStory> stories = EnumSet.noneOf(PenaltyStory.class);
        for (int i = 0; i < 40; i++) {
            PenaltyStory s = schedule.next(i).penaltyStory();
            if (s != null) {
                stories.add(s);
            }
        }
        assertThat(stories).containsExactlyInAnyOrder(PenaltyStory.values());
    }
}
