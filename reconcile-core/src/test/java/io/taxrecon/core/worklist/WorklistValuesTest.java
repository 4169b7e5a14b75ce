package io.taxrecon.core.worklist;

import static io.taxrecon.core.worklist.Nights.TUE;
import static io.taxrecon.core.worklist.Nights.WED;
import static io.taxrecon.core.worklist.Nights.deadline;
import static io.taxrecon.core.worklist.Nights.finding;
import static io.taxrecon.core.worklist.Nights.unposted;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorklistValuesTest {

    @Test
    void aKeyIsWrittenAsOneLineAndReadBackEvenWithSeparatorsInItsFields() {
        FindingKey key = new FindingKey("A|B\\C", 2024, "UNPOSTED_PAYMENT", "P|1");
        assertThat(key.text()).isEqualTo("A\\|B\\\\C|2024|UNPOSTED_PAYMENT|P\\|1");
        assertThat(FindingKey.parse(key.text())).contains(key);
        assertThat(FindingKey.parse("C-1|2024|RESPONSE_DEADLINE|")).contains(new FindingKey("C-1", 2024, "RESPONSE_DEADLINE", null));
    }

    @Test
    void aKeyTextThatWasEditedIsNoKey() {
        assertThat(FindingKey.parse("")).isEmpty();
        assertThat(FindingKey.parse("C-1|2024|UNPOSTED_PAYMENT")).isEmpty();
        assertThat(FindingKey.parse("C-1|24|UNPOSTED_PAYMENT|P-1")).isEmpty();
        assertThat(FindingKey.parse("|2024|UNPOSTED_PAYMENT|P-1")).isEmpty();
        assertThat(FindingKey.parse("C-1|2024|UNPOSTED_PAYMENT|P-1|x")).isEmpty();
    }

    @Test
    void aKeyKeepsATypeTheEnumDoesNotKnow() {
        FindingKey key = FindingKey.parse("C-1|2024|SOME_FUTURE_TYPE|X").orElseThrow();
        assertThat(key.findingType()).isEqualTo("SOME_FUTURE_TYPE");
        assertThat(key.is(FindingType.UNPOSTED_PAYMENT)).isFalse();
    }

    @Test
    void aStatusIsReadWhateverItsCaseSpacingOrSpelling() {
        assertThat(ReviewStatus.parse("in progress")).contains(ReviewStatus.IN_PROGRESS);
        assertThat(ReviewStatus.parse(" IN_PROGRESS ")).contains(ReviewStatus.IN_PROGRESS);
        assertThat(ReviewStatus.parse("Waiting on the IRS")).contains(ReviewStatus.WAITING_ON_IRS);
        assertThat(ReviewStatus.parse("waiting-on-irs")).contains(ReviewStatus.WAITING_ON_IRS);
        assertThat(ReviewStatus.parse("DISMISSED.")).contains(ReviewStatus.DISMISSED);
        assertThat(ReviewStatus.parse("Responded")).contains(ReviewStatus.RESPONDED);
        assertThat(ReviewStatus.parse("  ")).isEmpty();
        assertThat(ReviewStatus.parse("called the client")).isEmpty();
        assertThat(ReviewStatus.WAITING_ON_IRS.label()).isEqualTo("Waiting on IRS");
    }

    @Test
    void anEntryWithNothingWrittenIsBlankAndAFollowUpIsDueOnItsDay() {
        FindingKey key = FindingKey.of(unposted("C-1", "P-1", "1.00"));
        assertThat(new ReviewEntry(key, ReviewStatus.OPEN, " ", null, "", TUE).isBlank()).isTrue();
        assertThat(new ReviewEntry(key, null, null, null, null, TUE).isBlank()).isTrue();
        assertThat(new ReviewEntry(key, ReviewStatus.IN_PROGRESS, null, null, null, TUE).isBlank()).isFalse();
        ReviewEntry followUp = new ReviewEntry(key, null, null, WED, null, TUE);
        assertThat(followUp.followUpDue(TUE)).isFalse();
        assertThat(followUp.followUpDue(WED)).isTrue();
        assertThat(followUp.followUpDue(WED.plusDays(1))).isTrue();
    }

    @Test
    void knownResolutionsExplainOnlyTheKindsTheirFactBearsOn() {
        KnownResolutions hints = new KnownResolutions()
                .paymentCredited("C-1", 2024, "X-1", LocalDate.of(2026, 11, 20))
                .noticeSuperseded("C-1", 2024, "X-1", "CP501", "N-9", LocalDate.of(2026, 11, 19))
                .correctedForm("C-1", 2024, "WAGES", "W-2c");

        assertThat(hints.reasonFor(PriorFinding.of(unposted("C-1", "X-1", "5.00"), TUE)))
                .contains("the IRS credited the payment on 2026-11-20");
        assertThat(hints.reasonFor(PriorFinding.of(deadline("C-1", "X-1", WED), TUE)))
                .contains("a later notice superseded it (CP501 N-9 of 2026-11-19)");
        assertThat(hints.reasonFor(PriorFinding.of(finding("C-1", FindingType.INCOME_AMOUNT_MISMATCH, "WAGES",
                Severity.MEDIUM, "10.00", null), TUE))).contains("a corrected W-2c arrived");
        assertThat(hints.reasonFor(PriorFinding.of(finding("C-1", FindingType.DUPLICATE_POSTING, "X-1",
                Severity.LOW, "5.00", null), TUE))).isEmpty();
        assertThat(hints.reasonFor(PriorFinding.of(unposted("C-2", "X-1", "5.00"), TUE))).isEmpty();
    }

    @Test
    void theAmountShownIsTheDifferenceElseTheIrsAmountElseTheClients() {
        var f = new io.taxrecon.core.findings.Finding("C-1", 2024, FindingType.RESPONSE_DEADLINE, Severity.LOW, "N-1",
                new java.math.BigDecimal("75.00"), new java.math.BigDecimal("10.00"), null, "N-1", null, "", "",
                java.util.List.of());
        assertThat(PriorFinding.amountOf(f)).isEqualByComparingTo("75.00");
        assertThat(PriorFinding.amountOf(deadline("C-1", "N-1", WED))).isNull();
    }
}
