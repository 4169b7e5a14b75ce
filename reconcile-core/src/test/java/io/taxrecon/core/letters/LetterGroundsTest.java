package io.taxrecon.core.letters;

import static io.taxrecon.core.letters.LetterCases.reconciliation;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterGroundsTest {

    @Test
    void aLiveNoticeThatTheRecordsShowToOverclaimWarrantsALetter() {
        NoticeAssessment cp14 = LetterCases.liveCp14();
        assertThat(LetterGrounds.of(cp14, reconciliation(cp14))).isEqualTo(new LetterGrounds(true, false));
    }

    @Test
    void aSupersededNoticeAndAPaidOneWarrantNoneThoughEachOverclaimedOnItsDate() {
        NoticeAssessment superseded = LetterCases.superseded();
        NoticeAssessment paid = LetterCases.paid();
        ClientReconciliation rec = reconciliation(superseded, paid);
        assertThat(superseded.supported()).isLessThan(superseded.claimed());
        assertThat(LetterGrounds.of(superseded, rec)).isEqualTo(LetterGrounds.NONE);
        assertThat(LetterGrounds.of(paid, rec)).isEqualTo(LetterGrounds.NONE);
    }

    @Test
    void aHistoryNoticeToAnotherTinWarrantsNone() {
        NoticeAssessment stranger = LetterCases.toAStranger();
        NoticeAssessment followed = new NoticeAssessment(stranger.notice(), stranger.type(),
                NoticeStatus.superseded("NW-2", "CP501", LetterCases.RUN_DATE, "followed by CP501 NW-2"), null, null,
                stranger.claimed(), null, List.of(), stranger.supported(), null, null, null, "No action needed.");
        assertThat(LetterGrounds.of(followed, reconciliation(followed)).warranted()).isFalse();
    }

    @Test
    void aLiveNoticeToAnotherTinWarrantsALetterOnIdentityAlone() {
        NoticeAssessment stranger = LetterCases.toAStranger();
        assertThat(LetterGrounds.of(stranger, reconciliation(stranger))).isEqualTo(new LetterGrounds(false, true));
    }

    @Test
    void anUnknownCodeWarrantsNoneTillTheNoticeIsShownGenuine() {
        NoticeAssessment cp14 = LetterCases.liveCp14();
        NoticeAssessment unknown = new NoticeAssessment(cp14.notice(), null, cp14.status(), cp14.dueDate(), cp14.daysLeft(),
                cp14.claimed(), cp14.balanceOnNoticeDate(), cp14.adjustments(), cp14.supported(), cp14.chargedSince(),
                cp14.creditedSince(), cp14.owedNow(), "Verify the notice.");
        assertThat(LetterGrounds.of(unknown, reconciliation(unknown))).isEqualTo(LetterGrounds.NONE);
    }

    @Test
    void aBridgeThatLandsAtOrAboveTheClaimWarrantsNone() {
        NoticeAssessment cp14 = LetterCases.liveCp14();
        NoticeAssessment atClaim = new NoticeAssessment(cp14.notice(), cp14.type(), cp14.status(), cp14.dueDate(),
                cp14.daysLeft(), cp14.claimed(), cp14.balanceOnNoticeDate(), cp14.adjustments(), cp14.claimed(),
                null, null, null, "Pay.");
        assertThat(LetterGrounds.of(atClaim, reconciliation(atClaim)).warranted()).isFalse();
    }
}
