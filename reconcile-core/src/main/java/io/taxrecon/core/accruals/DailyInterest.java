package io.taxrecon.core.accruals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Interest compounded daily on one pool (IRC 6622): each day's interest is the pool at the end of
 * the day before times that day's quarterly rate over 365 or 366; a pool at or below zero earns
 * nothing. Kept unrounded (34 significant digits) so that the cent is decided once, at the end.
 *
 * <p>Computed a run of days at a time rather than day by day: within a run that has one rate, one
 * day count and no movement of the pool, n days of daily compounding multiply the pool by
 * (1 + daily rate)^n, and a pool at or below zero stays where it is. The result differs from the
 * day-by-day sum only in the last of its 34 digits, far below the cent it is rounded to.
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
        NavigableMap<LocalDate, BigDecimal> later = byDate.tailMap(opening, false);
        BigDecimal total = BigDecimal.ZERO;
        List<InterestPeriod> periods = new ArrayList<>();
        Period period = null;
        boolean moved = true;
        LocalDate d = opening.plusDays(1);
        while (!d.isAfter(upTo)) {
            BigDecimal rate = tables.ratePercent(d);
            int basis = d.lengthOfYear();
            if (moved || rate.compareTo(period.rate) != 0 || basis != period.basis) {
                if (period != null) {
                    periods.add(period.until(d.minusDays(1)));
                }
                period = new Period(d, rate, basis, pool);
            }
            // the run ends on the last day before the rate, the year or the pool changes
            LocalDate last = min(upTo, LocalDate.of(d.getYear(), 12, 31));
            LocalDate rateChange = tables.nextRateChange(d);
            if (rateChange != null) {
                last = min(last, rateChange.minusDays(1));
            }
            Map.Entry<LocalDate, BigDecimal> move = nextMove(later, d, last);
            if (move != null) {
                last = move.getKey();
            }
            BigDecimal interest = BigDecimal.ZERO;
            if (pool.signum() > 0) {
                long days = ChronoUnit.DAYS.between(d, last) + 1;
                interest = pool.multiply(BigDecimal.ONE.add(period.dailyFactor).pow((int) days, PRECISION), PRECISION)
                        .subtract(pool);
            }
            pool = pool.add(interest);
            total = total.add(interest);
            period.interest = period.interest.add(interest);
            moved = move != null;
            if (moved) {
                pool = pool.add(move.getValue());
            }
            d = last.plusDays(1);
        }
        if (period != null) {
            periods.add(period.until(upTo));
        }
        return new Result(total, periods);
    }

    /** The first move from {@code from} to {@code to} that changes the pool. */
    private static Map.Entry<LocalDate, BigDecimal> nextMove(NavigableMap<LocalDate, BigDecimal> moves,
                                                             LocalDate from, LocalDate to) {
        for (Map.Entry<LocalDate, BigDecimal> e : moves.subMap(from, true, to, true).entrySet()) {
            if (e.getValue().signum() != 0) {
                return e;
            }
        }
        return null;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A period being built. */
    private static final class Period {

        final LocalDate from;
        final BigDecimal rate;
        final int basis;
        final BigDecimal poolAtStart;
        // divided once per period: rate / 100 / days in the year, to 34 digits
        final BigDecimal dailyFactor;
        BigDecimal interest = BigDecimal.ZERO;

        Period(LocalDate from, BigDecimal rate, int basis, BigDecimal poolAtStart) {
            this.from = from;
            this.rate = rate;
            this.basis = basis;
            this.poolAtStart = poolAtStart;
            this.dailyFactor = rate.divide(HUNDRED.multiply(BigDecimal.valueOf(basis)), PRECISION);
        }

        InterestPeriod until(LocalDate to) {
            return new InterestPeriod(from, to, ChronoUnit.DAYS.between(from, to) + 1, rate, basis, poolAtStart, interest);
        }
    }
}
