package io.taxrecon.core.accruals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Failure to file and failure to pay, worked by hand (SPEC "Conventions"). */
class FailurePenaltiesTest {

    private final Accounts a = new Accounts();

    @Test
    void aReturnFiledThreeMonthsLateWithABalanceOwesFourAndAHalfPercentAMonthToFileAndHalfAPercentToPay() {
        // 2024 return due Tue 2025-04-15, filed 2025-07-10: 10,000.00 tax, 6,000.00 withheld -> 4,000.00 unpaid.
        a.f.tx("T1", 2024, "150", "2025-07-10", "10000.00");
        a.f.tx("T2", 2024, "806", "2025-04-15", "-6000.00");
        a.f.tx("T3", 2024, "166", "2025-07-10", "540.00");
        a.f.tx("T4", 2024, "196", "2025-07-10", "50.00");
        TaxYearAccruals y = a.accrue(2024, "2025-08-01");
        // FTP months start 04-15, 05-15, 06-15, 07-15 (08-15 is after the run date): 4 x 0.5% x 4,000 = 80.00
        assertThat(y.ftp().months()).extracting(PenaltyMonth::start).containsExactly(LocalDate.of(2025, 4, 15),
                LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 15));
        assertThat(y.figures().ftpComputed()).isEqualByComparingTo("80.00");
        // FTF: months from 04-15, 05-15, 06-15 (07-15 is after the filed date 07-10): 3 months or part of one.
        // Each 5% x 4,000 = 200.00 less that month's FTP 20.00 = 180.00; 3 x 180 = 540.00. 86 days late, so the
        // minimum applies but is lower: min(510, 4,000) = 510 < 540.
        assertThat(y.ftf().months()).extracting(PenaltyMonth::charge).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("180"), new BigDecimal("180"), new BigDecimal("180"));
        assertThat(y.ftf().minimumApplied()).isNull();
        assertThat(y.figures().ftfComputed()).isEqualByComparingTo("540.00");
        // Interest: 4,000 from 04-16 to 08-01, 108 days at 7%: 4,000 x ((1 + 0.07/365)^108 - 1) = 83.7052 -> 83.71
        assertThat(y.figures().interestComputed()).isEqualByComparingTo("83.71");
        // Cross-check and owed today: balance 10,000 - 6,000 + 540 + 50 = 4,590.00;
        // not yet assessed: FTP 80.00 + interest 83.71 - 0 - 50.00 = 113.71; owed 4,703.71
        PenaltyFigures p = y.figures();
        assertThat(p.filed()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(p.taxAssessed()).isEqualByComparingTo("10000.00");
        assertThat(p.ftfAssessed()).isEqualByComparingTo("540.00");
        assertThat(p.ftpAssessed()).isEqualByComparingTo("0.00");
        assertThat(p.interestAssessed()).isEqualByComparingTo("50.00");
        assertThat(p.owedToday()).isEqualByComparingTo("4703.71");
        assertThat(p.causedByFindings()).isEqualByComparingTo("0.00");
        assertThat(p.tinLast4()).isEqualTo("6789");
        assertThat(p.csed()).isNull();
    }

    @Test
    void anIntentToLevyNoticeRaisesFailureToPayToOnePercentFromTheEleventhDayAfterIt() {
        // 2023 return due Mon 2024-04-15, 2,000.00 unpaid; CP504 dated 2024-07-01 -> 1% from 2024-07-12.
        a.f.tx("T1", 2023, "150", "2024-04-15", "2000.00");
        a.f.notice("N1", "CP504", 2023, "2024-07-01", "2100.00", null);
        TaxYearAccruals y = a.accrue(2023, "2024-09-30");
        // 04-15, 05-15, 06-15 at 0.5% (10.00 each); 07-15, 08-15, 09-15 at 1% (20.00 each): 30 + 60 = 90.00
        assertThat(y.ftp().months()).extracting(PenaltyMonth::ratePercent).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("0.5"), new BigDecimal("0.5"),
                        BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(y.figures().ftpComputed()).isEqualByComparingTo("90.00");
        assertThat(y.notes()).contains("Failure-to-pay at 1% a month from 2024-07-12, the 11th day after the"
                + " intent-to-levy notice of 2024-07-01 (IRC 6651(d)).");
    }

    @Test
    void theFailureToPayStopsAtTwentyFivePercentOfMonthZerosUnpaidTaxWithAPartMonthAtTheCap() {
        // 2019 return due Wed 2020-04-15, 1,000.00 unpaid; cap 25% x 1,000 = 250.00. LT11 dated 2022-01-01:
        // 1% from 2022-01-12. Months 2020-04-15 .. 2021-12-15 = 21 at 5.00 = 105.00; from 2022-01-15 at 10.00:
        // 14 months = 140.00 (245.00 by 2023-02-15); 2023-03-15 charges the 5.00 left; nothing after.
        a.f.tx("T1", 2019, "150", "2020-04-15", "1000.00");
        a.f.notice("N1", "LT11", 2019, "2022-01-01", "1100.00", null);
        TaxYearAccruals y = a.accrue(2019, "2024-07-01");
        assertThat(y.ftp().months()).hasSize(36);
        PenaltyMonth last = y.ftp().months().get(35);
        assertThat(last.start()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(last.charge()).isEqualByComparingTo("5.00");
        assertThat(last.offset()).isEqualByComparingTo("5.00");
        assertThat(y.figures().ftpComputed()).isEqualByComparingTo("250.00");
    }

    @Test
    void aReturnMoreThanSixtyDaysLateOwesAtLeastTheYearsMinimum() {
        // 2024 return due 2025-04-15 filed 2025-07-01 (77 days late), 2,000.00 unpaid. Months 04-15, 05-15,
        // 06-15: 3 x (100.00 - 10.00) = 270.00 < min(510 for a return due in 2025, 2,000) = 510.00
        a.f.tx("T1", 2024, "150", "2025-07-01", "2000.00");
        TaxYearAccruals y = a.accrue(2024, "2025-07-01");
        assertThat(y.ftf().minimumApplied()).isEqualByComparingTo("510");
        assertThat(y.figures().ftfComputed()).isEqualByComparingTo("510.00");
    }

    @Test
    void theSixtyDayMinimumIsNeverMoreThanTheUnpaidTax() {
        // 300.00 unpaid, filed 2025-07-01: 3 x (15.00 - 1.50) = 40.50 < min(510, 300) = 300.00
        a.f.tx("T1", 2024, "150", "2025-07-01", "300.00");
        assertThat(a.accrue(2024, "2025-07-01").figures().ftfComputed()).isEqualByComparingTo("300.00");
    }

    @Test
    void aReturnFiledSixtyDaysLateHasNoMinimum() {
        // filed 2025-06-14, 60 days after 2025-04-15: months 04-15, 05-15 -> 2 x (100.00 - 10.00) = 180.00
        a.f.tx("T1", 2024, "150", "2025-06-14", "2000.00");
        TaxYearAccruals y = a.accrue(2024, "2025-06-14");
        assertThat(y.ftf().minimumApplied()).isNull();
        assertThat(y.figures().ftfComputed()).isEqualByComparingTo("180.00");
    }

    @Test
    void anInstallmentAgreementOnTheTranscriptLowersFailureToPayToAQuarterPercent() {
        // filed on time; TC 971 "installment agreement established" on 2024-06-01: from the 06-15 month, 0.25%.
        a.f.tx("T1", 2023, "150", "2024-04-15", "2000.00");
        a.described("T2", 2023, "971", "2024-06-01", "0.00", "Installment agreement established");
        TaxYearAccruals y = a.accrue(2023, "2024-07-20");
        // 04-15, 05-15 at 0.5% = 10.00 each; 06-15, 07-15 at 0.25% = 5.00 each: 30.00
        assertThat(y.figures().ftpComputed()).isEqualByComparingTo("30.00");
        assertThat(y.notes()).noneMatch(n -> n.contains("0.25%"));
    }

    @Test
    void anInstallmentAgreementGivenAsActionCode063LowersFailureToPayLikeItsDescription() {
        a.f.tx("T1", 2023, "150", "2024-04-15", "2000.00");
        a.f.actionCoded("T2", 2023, "971", "2024-06-01", "063");
        // the same months as above: 10.00 + 10.00 + 5.00 + 5.00
        assertThat(a.accrue(2023, "2024-07-20").figures().ftpComputed()).isEqualByComparingTo("30.00");
    }

    @Test
    void aPendingAgreementActionCode043DoesNotLowerTheRate() {
        a.f.tx("T1", 2023, "150", "2024-04-15", "2000.00");
        a.f.actionCoded("T2", 2023, "971", "2024-06-01", "043");
        // four months at 0.5% of 2000.00
        assertThat(a.accrue(2023, "2024-07-20").figures().ftpComputed()).isEqualByComparingTo("40.00");
    }

    @Test
    void withoutAnAgreementOnTheTranscriptTheQuarterPercentRateIsNotAppliedAndTheWorkbookSaysSo() {
        a.f.tx("T1", 2023, "150", "2024-04-15", "2000.00");
        assertThat(a.accrue(2023, "2024-07-20").notes()).contains("The 0.25% installment-agreement rate was not"
                + " applied: the transcript shows no TC 971 establishing an installment agreement.");
    }
}
