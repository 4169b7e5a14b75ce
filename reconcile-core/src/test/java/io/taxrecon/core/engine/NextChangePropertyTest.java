package io.taxrecon.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.accruals.DailyInterest;
import io.taxrecon.core.accruals.InterestPeriod;
import io.taxrecon.core.accruals.TaxYearAccruals;
import io.taxrecon.core.notices.NoticeAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The next-change date is never too late: for random clients, reconciling on every date from the
 * run date to the day before the engine's next-change date gives the same answer as on the run date
 * (findings, payment outcomes, income, notices, statutes, abatements, penalty and interest figures);
 * a notice's days left and where an interest period that earns nothing ends are the date of the
 * data, not part of the answer.
 */
class NextChangePropertyTest {

    private static final int MAX_DAYS_CHECKED = 400;
    private static final AtomicInteger WORLDS = new AtomicInteger();
    private static final AtomicInteger CARRIED_A_WEEK = new AtomicInteger();

    static Stream<Arguments> seeds() {
        SplittableRandom master = new SplittableRandom(20261207);
        return Stream.generate(() -> Arguments.of(master.nextLong(), master.nextInt(420))).limit(240);
    }

    @ParameterizedTest(name = "data seed {0}, run date day {1}")
    @MethodSource("seeds")
    void reconcilingOnAnyDateBeforeTheNextChangeGivesTheSameAnswer(long dataSeed, int runDay) {
        ClientRecords records = InputOrderPropertyTest.generate(new Random(dataSeed)).records();
        LocalDate runDate = LocalDate.of(2025, 3, 1).plusDays(runDay);
        ReconciliationEngine engine = engineOn(runDate);
        ClientReconciliation tonight = engine.reconcile(records);
        LocalDate next = engine.nextChange(tonight);

        assertThat(next).isAfter(runDate);
        List<Object> answer = answer(tonight);
        LocalDate last = next.minusDays(1);
        if (last.isAfter(runDate.plusDays(MAX_DAYS_CHECKED))) {
            last = runDate.plusDays(MAX_DAYS_CHECKED);
        }
        for (LocalDate d = runDate.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            assertThat(answer(engineOn(d).reconcile(records)))
                    .as("answer on %s, next change said %s", d, next).isEqualTo(answer);
        }
        WORLDS.incrementAndGet();
        if (next.isAfter(runDate.plusDays(7))) {
            CARRIED_A_WEEK.incrementAndGet();
        }
    }

    /** A horizon of "tomorrow" for everyone would pass the check above and skip nothing. */
    @AfterAll
    static void aGoodShareOfClientsKeepTheirAnswerForMoreThanAWeek() {
        if (WORLDS.get() == 240) {
            assertThat(CARRIED_A_WEEK.get()).isGreaterThan(WORLDS.get() / 4);
        }
    }

    private static ReconciliationEngine engineOn(LocalDate runDate) {
        return new ReconciliationEngine(Fixture.CATALOGS, ReconciliationSettings.defaults(runDate));
    }

    static List<Object> answer(ClientReconciliation rec) {
        List<NoticeAssessment> notices = rec.notices().stream()
                .map(a -> new NoticeAssessment(a.notice(), a.type(), a.status(), a.dueDate(), null, a.claimed(),
                        a.balanceOnNoticeDate(), a.adjustments(), a.supported(), a.chargedSince(),
                        a.creditedSince(), a.owedNow(), a.recommendedAction()))
                .toList();
        List<List<Object>> accruals = rec.accruals().years().stream().map(NextChangePropertyTest::accrual).toList();
        return List.of(rec.findings(), rec.payments(), rec.income(), notices, rec.statutes(),
                rec.unconfirmedAbatements(), rec.accruals().figures(), accruals);
    }

    private static List<Object> accrual(TaxYearAccruals y) {
        return List.of(y.ftf(), y.ftp(), periods(y.interest()), periods(y.interestOnFtf()), periods(y.interestOnFtp()),
                y.caused(), y.notes());
    }

    /** The interest, its periods but for where the last one ends: on the date of the data. */
    private static List<Object> periods(DailyInterest.Result interest) {
        List<Object> periods = new ArrayList<>();
        periods.add(interest.total());
        for (InterestPeriod p : interest.periods()) {
            periods.add(List.of(p.from(), p.ratePercent(), p.dayBasis(), p.poolAtStart(), p.interest()));
        }
        return periods;
    }
}
