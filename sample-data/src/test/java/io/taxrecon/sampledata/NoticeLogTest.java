package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.sampledata.NoticeLog.Status;
import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator's own reading of the notice rules (notices-rules.md), on hand-built logs. */
class NoticeLogTest {

    static final LocalDate RUN = LocalDate.of(2026, 11, 23);
    static final String TIN = "123456789";

    final List<NoticeRecord> notices = new ArrayList<>();
    final List<TranscriptLine> txns = new ArrayList<>();

    NoticeRecord notice(String id, String code, String date, String amount, String printedDue) {
        NoticeRecord n = new NoticeRecord(id, TIN, 2022, code, LocalDate.parse(date), new BigDecimal(amount),
                printedDue == null ? null : LocalDate.parse(printedDue), null, null, null, null);
        notices.add(n);
        return n;
    }

    void line(int code, String date, String amount) {
        txns.add(new TranscriptLine(null, TIN, 2022, code, LocalDate.parse(date), new BigDecimal(amount), ""));
    }

    List<TruthRow> findings() {
        return new NoticeLog(notices, txns, RUN).findings("C1", Set.of(TIN));
    }

    NoticeLog.Judged judged(NoticeRecord n) {
        return new NoticeLog(notices, txns, RUN).judge(n);
    }

    @Test
    void aBillPaidByTwelveInstallmentsIsPaidAndGivesNoFinding() {
        line(150, "2024-02-01", "12000.00");
        NoticeRecord cp14 = notice("N1", "CP14", "2024-03-15", "12000.00", null);
        for (int m = 0; m < 12; m++) {
            line(670, LocalDate.of(2024, 4, 15).plusMonths(m).toString(), "1000.00");
        }
        assertThat(judged(cp14).status()).isEqualTo(Status.PAID);
        assertThat(judged(cp14).balanceOnDate()).isEqualByComparingTo("12000.00");
        assertThat(findings()).isEmpty();
    }

    @Test
    void ofTwoNoticesOnOneDayTheHigherIdInNaturalOrderIsTheLater() {
        line(150, "2025-01-02", "5000.00");
        NoticeRecord cp503 = notice("N1-9", "CP503", "2025-06-02", "5000.00", null);
        NoticeRecord cp504 = notice("N1-10", "CP504", "2025-06-02", "5000.00", null);
        assertThat(judged(cp503).status()).isEqualTo(Status.SUPERSEDED);
        assertThat(judged(cp503).supersededBy()).isSameAs(cp504);
        assertThat(judged(cp504).status()).isEqualTo(Status.OPEN);
        assertThat(findings()).containsExactly(new TruthRow("C1", 2022, FindingType.RESPONSE_DEADLINE, "N1-10", null));
    }

    @Test
    void anUnknownCodeAfterARealOneSupersedesNothingAndOneBeforeARealOneIsSuperseded() {
        line(150, "2025-01-02", "5000.00");
        notice("N1", "CP14", "2025-02-01", "5000.00", null);
        NoticeRecord before = notice("N2", "CP9999", "2025-03-01", "75.00", null);
        NoticeRecord cp501 = notice("N3", "CP501", "2025-04-01", "5000.00", null);
        notice("N4", "LTR9999", "2025-05-01", "80.00", null);
        assertThat(judged(before).supersededBy()).isSameAs(cp501);
        assertThat(judged(cp501).status()).isEqualTo(Status.OPEN);
        assertThat(findings()).containsExactlyInAnyOrder(
                new TruthRow("C1", 2022, FindingType.RESPONSE_DEADLINE, "N3", null),
                new TruthRow("C1", 2022, FindingType.UNKNOWN_NOTICE_CODE, "N4", null));
    }

    @Test
    void anInformationalNoticeAfterABillLeavesTheBillLive() {
        line(150, "2024-01-02", "3000.00");
        NoticeRecord cp14 = notice("N1", "CP14", "2024-02-12", "3000.00", null);
        notice("N2", "CP71C", "2025-02-10", "3000.00", null);
        assertThat(judged(cp14).status()).isEqualTo(Status.OPEN);
        assertThat(findings()).containsExactly(new TruthRow("C1", 2022, FindingType.RESPONSE_DEADLINE, "N1", null));
    }

    @Test
    void aNoticeWrongOnItsDateKeepsItsMismatchOncePaid() {
        line(150, "2024-01-02", "3000.00");
        line(670, "2024-02-05", "500.00");
        notice("N1", "CP14", "2024-02-12", "3000.00", null); // missed the payment of Feb 5
        line(670, "2024-03-20", "2500.00");
        assertThat(judged(notices.get(0)).status()).isEqualTo(Status.PAID);
        assertThat(findings()).containsExactly(
                new TruthRow("C1", 2022, FindingType.NOTICE_BALANCE_MISMATCH, "N1", new BigDecimal("500.00")));
    }

    @Test
    void aLargeBillWithoutAPrintedDateIsDueInTenBusinessDaysSkippingThanksgiving() {
        line(150, "2026-10-01", "150000.00");
        NoticeRecord cp14 = notice("N1", "CP14", "2026-11-20", "150000.00", null);
        assertThat(judged(cp14).due()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(findings()).containsExactly(new TruthRow("C1", 2022, FindingType.RESPONSE_DEADLINE, "N1", null));
    }

    @Test
    void aLargeBillDatedOnTheRunDateBeforeThanksgivingIsDueInFifteenDays() {
        assertThat(BusinessDays.plus(RUN, 10)).isEqualTo(LocalDate.of(2026, 12, 8));
        line(150, "2026-10-01", "150000.00");
        notice("N1", "CP14", "2026-11-23", "150000.00", null);
        assertThat(findings()).isEmpty();
    }
}
