package io.taxrecon.core.notices;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The next step of a notice, and which notice the other findings bear on. */
class NoticeStepsTest {

    private final Fixture f = new Fixture();

    @Test
    void aClaimTheRecordsSupportToZeroIsDisputedWithTheProofNeverPaid() {
        f.notice("N1", "CP14", 2024, "2025-08-20", "2500.00", null);
        f.tx("T1", 2024, "150", "2025-04-15", "2500.00");
        f.payment("P1", 2024, "2025-05-01", "2500.00"); // the IRS never credited it
        ClientReconciliation r = f.run();
        String expected = "Do not pay: the records support $0.00 of the $2,500.00 the CP14 claims ($0.00 owed now)."
                + " Dispute the notice by 2025-09-10 with the proof (the transcript balance of $2,500.00 on 2025-08-20;"
                + " payment P1 of $2,500.00 (UNPOSTED_PAYMENT) that the IRS should credit): send it to the address on"
                + " the CP14, or call the number on it, and ask the IRS to correct the account.";
        assertThat(r.notices().get(0).supported()).isEqualByComparingTo("0.00");
        assertThat(r.notices().get(0).recommendedAction()).isEqualTo(expected);
        Finding deadline = f.findings(FindingType.RESPONSE_DEADLINE).get(0);
        assertThat(deadline.recommendedAction()).isEqualTo(expected).doesNotContain("payment plan");
    }

    @Test
    void aFindingBearsOnTheLiveNoticeOnlyNeverOnHistory() {
        f.notice("N1", "CP14", 2024, "2025-06-02", "900.00", null);
        f.notice("N2", "CP501", 2024, "2025-07-07", "900.00", null);
        f.tx("T1", 2024, "150", "2025-04-15", "900.00");
        f.payment("P1", 2024, "2025-05-01", "300.00"); // unposted
        Finding unposted = f.findings(FindingType.UNPOSTED_PAYMENT).get(0);
        assertThat(unposted.noticeId()).isEqualTo("N2");
        assertThat(unposted.dueDate()).isEqualTo(LocalDate.of(2025, 7, 17));
        assertThat(unposted.recommendedAction()).contains("the address on the CP501");
    }

    @Test
    void aFindingWhoseOnlyNoticeIsPaidBearsOnNone() {
        f.notice("N1", "CP14", 2024, "2025-06-02", "900.00", null);
        f.tx("T1", 2024, "150", "2025-04-15", "900.00");
        f.tx("T2", 2024, "670", "2025-06-20", "900.00");
        f.payment("P1", 2024, "2025-05-01", "300.00"); // unposted
        Finding unposted = f.findings(FindingType.UNPOSTED_PAYMENT).get(0);
        assertThat(unposted.noticeId()).isNull();
        assertThat(unposted.dueDate()).isNull();
        assertThat(unposted.recommendedAction()).contains("the IRS service center for the client's return");
    }

    @Test
    void anIdentityLetterSendsTheClientToIrsGovNeverToTheMessage() {
        f.notice("N1", "LTR5071C", 2024, "2025-08-20", "0.00", null);
        ClientReconciliation r = f.run();
        NoticeAssessment a = r.notices().get(0);
        assertThat(a.type().stage()).isEqualTo(NoticeType.CollectionStage.IDENTITY_VERIFICATION);
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2025, 9, 19));
        assertThat(a.recommendedAction()).contains("idverify.irs.gov", "Never use a phone number, link or QR code")
                .doesNotContain("payment plan");
    }

    @Test
    void aCp11IsPaidLikeABillAndAbatementIsAskedWithinSixtyDays() {
        f.notice("N1", "CP11", 2024, "2025-08-20", "700.00", null);
        NoticeAssessment a = f.run().notices().get(0);
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(a.recommendedAction()).contains("within 60 days of the notice date (2025-08-20)",
                "The payment itself is due like any bill: pay $700.00 by 2025-09-10");
    }

    @Test
    void aBillLeftUnpaidPastItsDateSaysTheDateHasPassedRatherThanPayByIt() {
        f.notice("N1", "CP14", 2024, "2025-06-02", "900.00", null);
        f.tx("T1", 2024, "150", "2025-04-15", "900.00");
        NoticeAssessment a = f.run().notices().get(0);
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(a.recommendedAction()).contains("pay $900.00 by 2025-06-23 (already passed)");
    }

    @Test
    void aBillStillDueNamesItsDateAlone() {
        f.notice("N1", "CP14", 2024, "2025-08-25", "900.00", null);
        f.tx("T1", 2024, "150", "2025-04-15", "900.00");
        NoticeAssessment a = f.run().notices().get(0);
        assertThat(a.recommendedAction()).contains("pay $900.00 by 2025-09-15 or").doesNotContain("already passed");
    }
}
