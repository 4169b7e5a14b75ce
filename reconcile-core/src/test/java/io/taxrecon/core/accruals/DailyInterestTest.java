package io.taxrecon.core.accruals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Compounding a run of days at once gives, to the cent and period by period, what compounding each
 * day does: checked against a day-by-day reading of IRC 6622 on random pools, moves and spans.
 */
class DailyInterestTest {

    private final AccrualTables tables = AccrualTables.defaults();
    private final DailyInterest interest = new DailyInterest(tables);

    @Test
    void aRunOfDaysCompoundedAtOnceMatchesEachDayCompoundedInTurnOnSixHundredRandomHistories() {
        Random random = new Random(15);
        for (int i = 0; i < 600; i++) {
            LocalDate opening = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4_000));
            Map<LocalDate, BigDecimal> moves = new TreeMap<>();
            moves.put(opening.minusDays(random.nextInt(30)), cents(random.nextInt(5_000_000)));
            for (int m = random.nextInt(12); m > 0; m--) {
                moves.put(opening.plusDays(random.nextInt(2_500)), cents(random.nextInt(2_000_000) - 1_500_000));
            }
            if (random.nextInt(10) == 0) {
                moves.put(opening.plusDays(random.nextInt(400)), BigDecimal.ZERO.setScale(2));
            }
            LocalDate upTo = opening.plusDays(random.nextInt(3_000));

            DailyInterest.Result fast = interest.accrue(opening, moves, upTo);
            Reference slow = dayByDay(opening, moves, upTo);

            assertThat(cents(fast.total())).as("history %d", i).isEqualTo(cents(slow.total));
            assertThat(fast.periods()).as("history %d", i).hasSameSizeAs(slow.periods);
            for (int p = 0; p < slow.periods.size(); p++) {
                InterestPeriod f = fast.periods().get(p);
                InterestPeriod s = slow.periods.get(p);
                assertThat(List.of(f.from(), f.to(), f.days(), f.dayBasis()))
                        .isEqualTo(List.of(s.from(), s.to(), s.days(), s.dayBasis()));
                assertThat(f.ratePercent()).isEqualByComparingTo(s.ratePercent());
                assertThat(cents(f.poolAtStart())).isEqualTo(cents(s.poolAtStart()));
                assertThat(cents(f.interest())).isEqualTo(cents(s.interest()));
            }
        }
    }

    @Test
    void nothingAccruesWhenTheSpanEndsOnTheOpeningDay() {
        LocalDate day = LocalDate.of(2024, 4, 15);
        DailyInterest.Result none = interest.accrue(day, Map.of(day, new BigDecimal("500.00")), day);
        assertThat(none.total()).isEqualByComparingTo("0");
        assertThat(none.periods()).isEmpty();
    }

    private record Reference(BigDecimal total, List<InterestPeriod> periods) {
    }

    /** The rule as written: each day, the pool at the end of the day before times the day's rate / 100 / days in the year. */
    private Reference dayByDay(LocalDate opening, Map<LocalDate, BigDecimal> moves, LocalDate upTo) {
        TreeMap<LocalDate, BigDecimal> byDate = new TreeMap<>(moves);
        BigDecimal pool = byDate.headMap(opening, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = BigDecimal.ZERO;
        List<InterestPeriod> periods = new ArrayList<>();
        LocalDate from = null;
        BigDecimal rate = null;
        int basis = 0;
        BigDecimal start = null;
        BigDecimal periodInterest = BigDecimal.ZERO;
        boolean moved = true;
        for (LocalDate d = opening.plusDays(1); !d.isAfter(upTo); d = d.plusDays(1)) {
            BigDecimal dayRate = tables.ratePercent(d);
            int dayBasis = d.lengthOfYear();
            if (moved || dayRate.compareTo(rate) != 0 || dayBasis != basis) {
                if (from != null) {
                    periods.add(period(from, d.minusDays(1), rate, basis, start, periodInterest));
                }
                from = d;
                rate = dayRate;
                basis = dayBasis;
                start = pool;
                periodInterest = BigDecimal.ZERO;
            }
            BigDecimal daily = pool.signum() > 0
                    ? pool.multiply(dayRate).divide(BigDecimal.valueOf(100L * dayBasis), MathContext.DECIMAL128)
                    : BigDecimal.ZERO;
            pool = pool.add(daily);
            total = total.add(daily);
            periodInterest = periodInterest.add(daily);
            BigDecimal move = byDate.get(d);
            moved = move != null && move.signum() != 0;
            if (moved) {
                pool = pool.add(move);
            }
        }
        if (from != null) {
            periods.add(period(from, upTo, rate, basis, start, periodInterest));
        }
        return new Reference(total, periods);
    }

    private static InterestPeriod period(LocalDate from, LocalDate to, BigDecimal rate, int basis, BigDecimal pool,
                                         BigDecimal interest) {
        return new InterestPeriod(from, to, java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1, rate, basis,
                pool, interest);
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
