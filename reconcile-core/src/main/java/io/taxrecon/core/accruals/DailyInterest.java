package io.taxrecon.core.accruals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Interest compounded daily on one pool (IRC 6622): each day's interest is the pool at the end of
 * the day before times that day's quarterly rate over 365 or 366; a pool at or below zero earns
 * nothing. Kept unrounded (34 significant digits) so that the cent is decided once, at the end.
 */
public final class DailyInterest {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AccrualTables tables;

    public DailyInterest(AccrualTables tables) {
        this.tables = tables;
    }

    /** The interest and its periods. */
    public record Result(BigDecimal total, List<InterestPeriod> periods) {

        public Result {
            periods = List.copyOf(periods);
        }

        static Result none() {
            return new Result(BigDecimal.ZERO, List.of());
        }
    }

    /**
     * Interest from the day after {@code opening} to {@code upTo}, both included.
     *
     * @param moves what moves the pool, by date; moves on or before {@code opening} make the opening pool
     */
    public Result accrue(LocalDate opening, Map<LocalDate, BigDecimal> moves, LocalDate upTo) {
        NavigableMap<LocalDate, BigDecimal> byDate = new TreeMap<>(moves);
        BigDecimal pool = byDate.headMap(opening, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = BigDecimal.ZERO;
        List<InterestPeriod> periods = new ArrayList<>();
        LocalDate from = null;
        BigDecimal rate = null;
        int basis = 0;
        BigDecimal periodPool = null;
        BigDecimal periodInterest = BigDecimal.ZERO;
        BigDecimal dailyFactor = BigDecimal.ZERO;
        boolean moved = true;
        for (LocalDate d = opening.plusDays(1); !d.isAfter(upTo); d = d.plusDays(1)) {
            BigDecimal dayRate = tables.ratePercent(d);
            int dayBasis = d.lengthOfYear();
            if (moved || dayRate.compareTo(rate) != 0 || dayBasis != basis) {
                if (from != null) {
                    periods.add(new InterestPeriod(from, d.minusDays(1), days(from, d), rate, basis, periodPool, periodInterest));
                }
                from = d;
                rate = dayRate;
                basis = dayBasis;
                // divided once per period: rate / 100 / days in the year, to 34 digits
                dailyFactor = dayRate.divide(HUNDRED.multiply(BigDecimal.valueOf(dayBasis)), PRECISION);
                periodPool = pool;
                periodInterest = BigDecimal.ZERO;
            }
            BigDecimal interest = pool.signum() > 0 ? pool.multiply(dailyFactor, PRECISION) : BigDecimal.ZERO;
            pool = pool.add(interest);
            total = total.add(interest);
            periodInterest = periodInterest.add(interest);
            BigDecimal move = byDate.get(d);
            moved = move != null && move.signum() != 0;
            if (moved) {
                pool = pool.add(move);
            }
        }
        if (from != null) {
            periods.add(new InterestPeriod(from, upTo, days(from, upTo.plusDays(1)), rate, basis, periodPool, periodInterest));
        }
        return new Result(total, periods);
    }

    private static long days(LocalDate from, LocalDate endExclusive) {
        return java.time.temporal.ChronoUnit.DAYS.between(from, endExclusive);
    }
}
