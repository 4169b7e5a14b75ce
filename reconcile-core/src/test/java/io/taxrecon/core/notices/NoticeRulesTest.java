package io.taxrecon.core.notices;

import static io.taxrecon.core.engine.Fixture.STRANGER_TIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    private final Fixture f = new Fixture();

    @Test
    void aCp14DueWithinFourteenDaysIsAResponseDeadline() {
        f.notice("N1", "CP14", 2024, "2025-08-25", "1000.00", null); // due 2025-09-15, 14 days after run
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.RESPONSE_DEADLINE);
        assertThat(finding.reference()).isEqualTo("N1");
        assertThat(finding.noticeId()).isEqualTo("N1");
        assertThat(finding.dueDate()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(finding.difference()).isNull();
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aNoticeDueInFifteenDaysIsNotYetADeadline() {
        f.notice("N1", "CP14", 2024, "2025-08-26", "1000.00", null);
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void anOverdueFinalNoticeIsHighAndPointsToACdpHearing() {
        f.notice("N1", "LTR1058", 2024, "2025-07-01", "5000.00", null);
        Finding finding = f.findings().get(0);
        assertThat(finding.type()).isEqualTo(FindingType.RESPONSE_DEADLINE);
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.recommendedAction()).contains("Form 12153", "2025-07-31");
        assertThat(finding.explanation()).contains("overdue");
    }

    @Test
    void aCodeNotInTheCatalogIsUnknownAndHasNoDeadline() {
        f.notice("N1", "CP9999", 2024, "2025-08-25", "1000.00", null);
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.UNKNOWN_NOTICE_CODE);
        assertThat(finding.recommendedAction()).contains("genuine", "IRS.gov");
    }

    @Test
    void aNoticeAddressedToAnotherTinIsAnIdentityMismatch() {
        f.notice("N1", STRANGER_TIN, "CP2000", 2024, "2025-08-20", "1000.00", "2025-12-01");
        assertThat(f.findings()).extracting(Finding::type, Finding::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingType.IDENTITY_MISMATCH, "N1"));
    }

    @Test
    void aBalanceNoticeThatDisagreesWithTheTranscriptIsABalanceMismatchAndTheBridgeReachesTheSupportedAmount() {
        f.notice("N1", "CP14", 2024, "2025-06-01", "3000.00", null);
        f.tx("T1", 2024, "150", "2025-05-15", "5000.00");
        f.tx("T2", 2024, "610", "2025-04-15", "-2500.00");
        f.payment("P1", 2024, "2025-05-01", "400.00"); // unposted
        ClientReconciliation r = f.run();
        Finding mismatch = r.findings().stream().filter(x -> x.type() == FindingType.NOTICE_BALANCE_MISMATCH)
                .findFirst().orElseThrow();
        assertThat(mismatch.difference()).isEqualByComparingTo("500.00"); // 3000 - (5000 - 2500)
        NoticeAssessment a = r.notices().get(0);
        assertThat(a.balanceOnNoticeDate()).isEqualByComparingTo("2500.00");
        assertThat(a.supported()).isEqualByComparingTo("2100.00");
        // Issue 12: the unposted payment also caused FTP and interest, netted out of the claim's excess over the
        // balance (no charge is assessed): FTP month 1 (2025-05-15) 0.5% x 400 = 2.00; interest on 400 from
        // 2025-05-02 to 2025-06-01, 31 days at 7%: 400 x ((1 + 0.07/365)^31 - 1) = 2.3849; 4.3849 -> 4.38. The
        // unexplained difference falls by as much (500.00 - 4.38 = 495.62), so the supported amount is unchanged.
        assertThat(a.adjustments()).extracting(NoticeAssessment.Adjustment::amount)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("-400.00"), new java.math.BigDecimal("-4.38"),
                        new java.math.BigDecimal("-495.62"));
        assertThat(a.adjustments().get(1).label())
                .isEqualTo("the IRS charged $4.38 of penalty and interest on a payment it had received on 2025-05-01");
        Finding unposted = r.findings().stream().filter(x -> x.type() == FindingType.UNPOSTED_PAYMENT)
                .findFirst().orElseThrow();
        assertThat(unposted.noticeId()).isEqualTo("N1");
        assertThat(unposted.dueDate()).isEqualTo(LocalDate.of(2025, 6, 22));
        assertThat(unposted.recommendedAction()).contains("CP14");
    }

    @Test
    void aBalanceWithinOneDollarIsNoMismatch() {
        f.notice("N1", "CP501", 2024, "2025-01-01", "2500.50", null);
        f.tx("T1", 2024, "150", "2024-05-15", "2500.00");
        assertThat(f.findings(FindingType.NOTICE_BALANCE_MISMATCH)).isEmpty();
    }

    @Test
    void aProposedAdjustmentIsNeverABalanceMismatch() {
        f.notice("N1", "CP2000", 2024, "2025-01-01", "2500.00", null);
        f.tx("T1", 2024, "150", "2024-05-15", "100.00");
        assertThat(f.findings(FindingType.NOTICE_BALANCE_MISMATCH)).isEmpty();
    }
}
