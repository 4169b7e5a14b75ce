package io.taxrecon.core.accruals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Interest compounded daily by quarter's rate, and the due dates it runs from, worked by hand. */
class InterestAndDatesTest {

    private final Accounts a = new Accounts();

    @Test
    void aBalancePaidOverEightMonthsAcrossARateChangeCompoundsDailyOnTaxAndInterestTogether() {
        // 2023 return due Mon 2024-04-15, 8,000.00 unpaid, 1,000.00 paid on the 15th of May .. December 2024.
        a.f.tx("T1", 2023, "150", "2024-04-10", "8000.00");
        String[] months = {"05", "06", "07", "08", "09", "10", "11", "12"};
        for (String m : months) {
            a.f.tx("P" + m, 2023, "670", "2024-" + m + "-15", "-1000.00");
        }
        TaxYearAccruals y = a.accrue(2023, "2025-02-01");
        // FTP: unpaid on each month's start, the day's payment counted: 8,000 7,000 .. 1,000 then 0 on 12-15:
        // 0.5% x (8,000 + 7,000 + ... + 1,000 = 36,000) = 180.00
        assertThat(y.figures().ftpComputed()).isEqualByComparingTo("180.00");
        // Interest, pool x ((1 + r)^days - 1) per period, r = 8%/366 in 2024 (a leap year), 7%/365 in 2025 Q1:
        //   04-16..05-15  30 d  8,000.000000 -> 52.625620    08-16..09-15 31 d 4,175.649326 -> 28.386981
        //   05-16..06-15  31 d  7,052.625620 -> 47.945297    09-16..10-15 30 d 3,204.036307 -> 21.076799
        //   06-16..07-15  30 d  6,100.570917 -> 40.130791    10-16..11-15 31 d 2,225.113107 -> 15.126807
        //   07-16..08-15  31 d  5,140.701708 -> 34.947619    11-16..12-15 30 d 1,240.239914 ->  8.158549
        //   12-16..12-31  16 d    248.398463 ->  0.870142    2025-01-01..02-01 32 d at 7%/365: 249.268605 -> 1.534314
        // (each pool = the one before + its interest - 1,000.00); total 250.802919 -> 250.80
        assertThat(y.figures().interestComputed()).isEqualByComparingTo("250.80");
        InterestPeriod last = y.interest().periods().get(y.interest().periods().size() - 1);
        assertThat(last.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(last.days()).isEqualTo(32);
        assertThat(last.ratePercent()).isEqualByComparingTo("7");
        assertThat(last.dayBasis()).isEqualTo(365);
        assertThat(y.interest().periods().get(0).dayBasis()).isEqualTo(366);
        assertThat(y.interest().periods()).extracting(InterestPeriod::days).containsExactly(30L, 31L, 30L, 31L, 31L,
                30L, 31L, 30L, 16L, 32L);
    }

    @Test
    void aLeapYearDividesTheRateBy366() {
        // 10,000.00 from 2024-04-16 to 2024-04-25: 10 days at 8%: 10,000 x ((1 + 0.08/366)^10 - 1) = 21.8794 -> 21.88
        a.f.tx("T1", 2023, "150", "2024-03-01", "10000.00");
        TaxYearAccruals y = a.accrue(2023, "2024-04-25");
        assertThat(y.figures().interestComputed()).isEqualByComparingTo("21.88");
        assertThat(y.interest().periods()).singleElement().satisfies(p -> {
            assertThat(p.dayBasis()).isEqualTo(366);
            assertThat(p.poolAtStart()).isEqualByComparingTo("10000.00");
        });
    }

    @Test
    void aPoolAtOrBelowZeroEarnsNothing() {
        a.f.tx("T1", 2024, "150", "2025-03-01", "1000.00");
        a.f.tx("T2", 2024, "806", "2025-04-15", "-1200.00");
        TaxYearAccruals y = a.accrue(2024, "2025-08-01");
        assertThat(y.figures().interestComputed()).isEqualByComparingTo("0.00");
        assertThat(y.figures().ftpComputed()).isEqualByComparingTo("0.00");
    }

    @Test
    void aprilFifteenthOnASaturdayFollowedByEmancipationDayMovesTheDueDateToTuesday() {
        // 2023-04-15 is a Saturday; Monday 2023-04-17 is Emancipation Day (observed): due Tuesday 2023-04-18.
        a.f.tx("T1", 2022, "150", "2023-04-18", "1000.00");
        AccountTimeline t = a.timeline(2022);
        assertThat(t.originalDueDate()).isEqualTo(LocalDate.of(2023, 4, 18));
        assertThat(t.filingDueDate()).isEqualTo(LocalDate.of(2023, 4, 18));
        // FTP month 0 starts on the due date, month 1 a calendar month later
        assertThat(a.accrue(2022, "2023-05-18").ftp().months()).extracting(PenaltyMonth::start)
                .containsExactly(LocalDate.of(2023, 4, 18), LocalDate.of(2023, 5, 18));
    }

    @Test
    void aprilFifteenthOnEmancipationDayObservedMovesTheDueDateToMonday() {
        // 2022-04-15 is a Friday and Emancipation Day observed: due Monday 2022-04-18
        a.f.tx("T1", 2021, "150", "2022-04-01", "1000.00");
        assertThat(a.timeline(2021).originalDueDate()).isEqualTo(LocalDate.of(2022, 4, 18));
    }

    @Test
    void anExtensionMovesTheFilingDueDateToOctoberFifteenthOnABusinessDayButNotThePaymentDueDate() {
        // 2023-10-15 is a Sunday: the extended filing due date is Monday 2023-10-16
        a.f.tx("T1", 2022, "460", "2023-04-10", "0.00");
        a.f.tx("T2", 2022, "150", "2023-10-16", "1000.00");
        AccountTimeline t = a.timeline(2022);
        assertThat(t.filingDueDate()).isEqualTo(LocalDate.of(2023, 10, 16));
        assertThat(t.originalDueDate()).isEqualTo(LocalDate.of(2023, 4, 18));
        assertThat(t.filed()).isEqualTo(LocalDate.of(2023, 10, 16));
        TaxYearAccruals y = a.accrue(2022, "2023-10-16");
        assertThat(y.ftf().total()).isEqualByComparingTo(BigDecimal.ZERO);
        // filed by the extended date: no FTF; FTP runs from the original due date: 04-18 .. 09-18, 6 x 5.00
        assertThat(y.figures().ftpComputed()).isEqualByComparingTo("30.00");
    }

    @Test
    void aLateReturnsTaxIsUnpaidFromTheOriginalDueDate() {
        a.f.tx("T1", 2024, "150", "2025-07-10", "1000.00");
        AccountTimeline t = a.timeline(2024);
        assertThat(t.unpaidTax(LocalDate.of(2025, 4, 15))).isEqualByComparingTo("1000.00");
        assertThat(t.entries().get(0).posted()).isEqualTo(LocalDate.of(2025, 7, 10));
    }

    @Test
    void theTimelineTellsTheAccountsStoryInDateOrderWithEffectiveDates() {
        a.f.tx("T2", 2024, "276", "2025-08-18", "20.00");
        a.f.tx("T1", 2024, "150", "2025-07-10", "1000.00");
        a.f.notice("N1", "CP504", 2024, "2025-09-01", "1050.00", null);
        a.f.tx("T3", 2024, "670", "2025-09-05", "-500.00");
        AccountTimeline t = a.timeline(2024);
        assertThat(t.events()).extracting(AccountTimeline.Event::code, AccountTimeline.Event::effective,
                AccountTimeline.Event::movesUnpaidTax).containsExactly(
                org.assertj.core.groups.Tuple.tuple("150", LocalDate.of(2025, 4, 15), true),
                org.assertj.core.groups.Tuple.tuple("276", LocalDate.of(2025, 8, 18), false),
                org.assertj.core.groups.Tuple.tuple("CP504", LocalDate.of(2025, 9, 1), false),
                org.assertj.core.groups.Tuple.tuple("670", LocalDate.of(2025, 9, 5), true));
        assertThat(t.events().get(3).amount()).isEqualByComparingTo("-500.00");
        assertThat(t.levyNotice()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(t.unpaidTax(LocalDate.of(2025, 9, 5))).isEqualByComparingTo("500.00");
    }
}
