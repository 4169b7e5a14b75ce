package io.taxrecon.core.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Notices judged in their history on the run date (SPEC "Notices over time"). */
class NoticeHistoryTest {

    private final Fixture f = new Fixture();

    private static NoticeAssessment assessment(ClientReconciliation r, String noticeId) {
        return r.notices().stream().filter(a -> a.notice().noticeId().equals(noticeId)).findFirst().orElseThrow();
    }

    @Test
    void aBillPaidByTwelveInstallmentsIsPaidOnTheDateOfTheLastOne() {
        f.notice("N1", "CP14", 2023, "2024-05-20", "1200.00", null);
        f.tx("T0", 2023, "150", "2024-04-15", "1200.00");
        LocalDate installment = LocalDate.of(2024, 6, 15);
        for (int i = 1; i <= 12; i++) {
            f.tx("T" + i, 2023, "670", installment.toString(), "-100.00");
            installment = installment.plusMonths(1);
        }
        ClientReconciliation r = f.run();
        NoticeAssessment a = assessment(r, "N1");
        assertThat(a.status().state()).isEqualTo(NoticeStatus.State.PAID);
        assertThat(a.status().paidOn()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(a.status().paidByCredits()).isEqualTo(12);
        assertThat(a.status().reason()).isEqualTo("paid 2025-05-15 by 12 credits");
        assertThat(a.live()).isFalse();
        assertThat(a.dueDate()).isNull();
        assertThat(a.daysLeft()).isNull();
        assertThat(a.balanceOnNoticeDate()).isEqualByComparingTo("1200.00");
        assertThat(a.creditedSince()).isEqualByComparingTo("1200.00");
        assertThat(a.chargedSince()).isEqualByComparingTo("0.00");
        assertThat(a.owedNow()).isEqualByComparingTo("0.00");
        assertThat(a.recommendedAction()).isEqualTo("No action needed: this CP14 is history, paid 2025-05-15 by 12 credits,"
                + " and the transcript has shown $1.00 or less owed since. Keep the proof of payment with the notice.");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aCollectionLadderPaidAfterTheLt11LeavesEveryRungHistory() {
        ladder();
        f.tx("T9", 2023, "670", "2024-11-05", "5000.00");
        ClientReconciliation r = f.run();
        assertThat(r.notices()).extracting(a -> a.notice().noticeId(), a -> a.status().state(), a -> a.status().supersededBy())
                .containsExactly(
                        tuple("N1", NoticeStatus.State.SUPERSEDED, "N2"),
                        tuple("N2", NoticeStatus.State.SUPERSEDED, "N3"),
                        tuple("N3", NoticeStatus.State.SUPERSEDED, "N4"),
                        tuple("N4", NoticeStatus.State.SUPERSEDED, "N5"),
                        tuple("N5", NoticeStatus.State.PAID, null));
        assertThat(assessment(r, "N1").status().reason()).isEqualTo("followed by CP501 N2 on 2024-07-08");
        assertThat(assessment(r, "N1").recommendedAction()).isEqualTo("No action needed on this CP14: it is history,"
                + " followed by CP501 N2 on 2024-07-08; answer that later notice instead.");
        assertThat(assessment(r, "N5").status().paidOn()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(assessment(r, "N5").status().paidByCredits()).isEqualTo(1);
        assertThat(assessment(r, "N5").status().reason()).isEqualTo("paid 2024-11-05 by 1 credit");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aCollectionLadderPartlyPaidAfterTheLt11LeavesTheLt11OpenAndOverdue() {
        ladder();
        f.tx("T9", 2023, "670", "2024-11-05", "2000.00");
        ClientReconciliation r = f.run();
        NoticeAssessment lt11 = assessment(r, "N5");
        assertThat(lt11.status().state()).isEqualTo(NoticeStatus.State.OPEN);
        assertThat(lt11.dueDate()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(lt11.daysLeft()).isEqualTo(-285L);
        assertThat(lt11.supported()).isEqualByComparingTo("5000.00");
        assertThat(lt11.creditedSince()).isEqualByComparingTo("2000.00");
        assertThat(lt11.owedNow()).isEqualByComparingTo("3000.00");
        assertThat(r.findings()).extracting(Finding::type, Finding::reference, Finding::severity, Finding::dueDate)
                .containsExactly(tuple(FindingType.RESPONSE_DEADLINE, "N5", Severity.HIGH, LocalDate.of(2024, 11, 20)));
        assertThat(r.findings().get(0).recommendedAction()).contains("Form 12153", "2024-11-20", "$3,000.00");
    }

    private void ladder() {
        f.tx("T0", 2023, "150", "2024-04-15", "5000.00");
        f.notice("N1", "CP14", 2023, "2024-06-03", "5000.00", null);
        f.notice("N2", "CP501", 2023, "2024-07-08", "5000.00", null);
        f.notice("N3", "CP503", 2023, "2024-08-12", "5000.00", null);
        f.notice("N4", "CP504", 2023, "2024-09-16", "5000.00", null);
        f.notice("N5", "LT11", 2023, "2024-10-21", "5000.00", null);
    }

    @Test
    void aNoticeThatWasWrongOnItsDateIsAMismatchAgainstThatDaysBalanceThoughPaidSince() {
        f.notice("N1", "CP14", 2024, "2025-05-05", "15000.00", null);
        f.tx("T1", 2024, "150", "2025-04-15", "2500.00");
        f.tx("T2", 2024, "670", "2025-06-02", "2500.00");
        ClientReconciliation r = f.run();
        assertThat(assessment(r, "N1").status().state()).isEqualTo(NoticeStatus.State.PAID);
        Finding mismatch = r.findings().get(0);
        assertThat(r.findings()).hasSize(1);
        assertThat(mismatch.type()).isEqualTo(FindingType.NOTICE_BALANCE_MISMATCH);
        assertThat(mismatch.difference()).isEqualByComparingTo("12500.00");
        assertThat(mismatch.irsAmount()).isEqualByComparingTo("15000.00");
        assertThat(mismatch.clientAmount()).isEqualByComparingTo("2500.00");
        assertThat(mismatch.noticeId()).isEqualTo("N1");
        assertThat(mismatch.dueDate()).isNull();
        assertThat(mismatch.severity()).isEqualTo(Severity.MEDIUM); // $12,500 would be HIGH, but it is history
        assertThat(mismatch.explanation()).isEqualTo("The CP14 notice N1 claims $15,000.00 for 2024; on the notice's date"
                + " (2025-05-05) the IRS transcript for 2024 showed a balance of $2,500.00, a difference of $12,500.00.");
        assertThat(mismatch.recommendedAction()).startsWith("No payment is due on this CP14: it is history (paid 2025-06-02 by 1 credit).");
    }

    @Test
    void anOpenNoticeIsComparedWithTheBalanceOnItsDateNotTodays() {
        f.notice("N1", "CP14", 2024, "2025-08-20", "3000.00", null);
        f.tx("T1", 2024, "150", "2025-04-15", "2500.00");
        f.tx("T2", 2024, "196", "2025-08-25", "100.00"); // interest charged after the notice
        ClientReconciliation r = f.run();
        Finding mismatch = f.findings(FindingType.NOTICE_BALANCE_MISMATCH).get(0);
        assertThat(mismatch.difference()).isEqualByComparingTo("500.00");
        assertThat(mismatch.dueDate()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(mismatch.evidence()).hasSize(2); // the notice and the one line dated by then
        NoticeAssessment a = assessment(r, "N1");
        assertThat(a.supported()).isEqualByComparingTo("2500.00");
        assertThat(a.chargedSince()).isEqualByComparingTo("100.00");
        assertThat(a.owedNow()).isEqualByComparingTo("2600.00");
    }

    @Test
    void ofTwoNoticesOnOneDayTheHigherNoticeIdSupersedes() {
        f.notice("N10", "CP501", 2024, "2025-08-20", "1000.00", null);
        f.notice("N9", "CP14", 2024, "2025-08-20", "1000.00", null);
        ClientReconciliation r = f.run();
        assertThat(assessment(r, "N9").status().supersededBy()).isEqualTo("N10");
        assertThat(assessment(r, "N10").status().state()).isEqualTo(NoticeStatus.State.OPEN);
        assertThat(r.findings()).extracting(Finding::type, Finding::reference)
                .containsExactly(tuple(FindingType.RESPONSE_DEADLINE, "N10"));
    }

    @Test
    void anUnknownCodeAfterARealNoticeDoesNotSupersedeIt() {
        f.notice("N1", "CP14", 2024, "2025-08-20", "1000.00", null);
        f.notice("N2", "CP9999", 2024, "2025-08-25", "1000.00", null);
        ClientReconciliation r = f.run();
        assertThat(assessment(r, "N1").status().state()).isEqualTo(NoticeStatus.State.OPEN);
        assertThat(r.findings()).extracting(Finding::type, Finding::reference)
                .containsExactly(tuple(FindingType.UNKNOWN_NOTICE_CODE, "N2"), tuple(FindingType.RESPONSE_DEADLINE, "N1"));
    }

    @Test
    void aRealNoticeAfterAnUnknownCodeSupersedesIt() {
        f.notice("N1", "CP9999", 2024, "2025-08-01", "1000.00", null);
        f.notice("N2", "CP14", 2024, "2025-08-20", "1000.00", null);
        ClientReconciliation r = f.run();
        assertThat(assessment(r, "N1").status().supersededBy()).isEqualTo("N2");
        assertThat(r.findings()).extracting(Finding::type, Finding::reference)
                .containsExactly(tuple(FindingType.RESPONSE_DEADLINE, "N2"));
    }

    @Test
    void aCp2000FollowedByACp22aThatWasPaidIsAllHistory() {
        f.notice("N1", "CP2000", 2023, "2024-10-01", "1800.00", null);
        f.notice("N2", "CP22A", 2023, "2025-01-13", "1800.00", null);
        f.tx("T1", 2023, "150", "2024-04-15", "10000.00");
        f.tx("T2", 2023, "806", "2024-04-15", "10000.00");
        f.tx("T3", 2023, "290", "2025-01-06", "1800.00");
        f.tx("T4", 2023, "670", "2025-02-03", "1800.00");
        ClientReconciliation r = f.run();
        assertThat(assessment(r, "N1").status().reason()).isEqualTo("followed by CP22A N2 on 2025-01-13");
        assertThat(assessment(r, "N2").status().reason()).isEqualTo("paid 2025-02-03 by 1 credit");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anInformationalNoticeAfterABillDoesNotSupersedeIt() {
        f.notice("N1", "CP14", 2024, "2025-08-20", "1000.00", null);
        f.notice("N2", "CP71C", 2024, "2025-08-25", "1000.00", null);
        ClientReconciliation r = f.run();
        assertThat(assessment(r, "N1").status().state()).isEqualTo(NoticeStatus.State.OPEN);
        assertThat(r.findings()).extracting(Finding::type, Finding::reference, Finding::dueDate)
                .containsExactly(tuple(FindingType.RESPONSE_DEADLINE, "N1", LocalDate.of(2025, 9, 10)));
    }

    @Test
    void aBillOfOneHundredThousandIsDueInTenBusinessDaysSkippingIndependenceDay() {
        f.notice("N1", "CP14", 2024, "2025-06-30", "100000.00", null);
        f.notice("N2", "CP14", 2023, "2025-06-30", "99999.99", null);
        ClientReconciliation r = f.run(LocalDate.of(2025, 7, 1));
        assertThat(assessment(r, "N1").dueDate()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(assessment(r, "N2").dueDate()).isEqualTo(LocalDate.of(2025, 7, 21));
    }

    @Test
    void aPrintedDueDateWinsOverTheLargeBalanceWindow() {
        f.notice("N1", "CP14", 2024, "2025-06-30", "250000.00", "2025-07-25");
        assertThat(assessment(f.run(LocalDate.of(2025, 7, 1)), "N1").dueDate()).isEqualTo(LocalDate.of(2025, 7, 25));
    }

    @Test
    void noticesDatedAfterTheRunDateAreNotInTheLogYet() {
        f.notice("N1", "CP14", 2024, "2025-08-20", "1000.00", null);
        f.notice("N2", "CP501", 2024, "2025-09-02", "1000.00", null);
        ClientReconciliation r = f.run();
        assertThat(r.notices()).extracting(a -> a.notice().noticeId()).containsExactly("N1");
        assertThat(assessment(r, "N1").live()).isTrue();
    }
}
