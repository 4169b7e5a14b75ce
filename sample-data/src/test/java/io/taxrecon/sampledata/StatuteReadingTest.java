package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's own reading of the collection statute (penalties-rules.md), worked by hand. */
class StatuteReadingTest {

    static final LocalDate RUN = LocalDate.of(2026, 11, 23);
    static final String TIN = "123456789";

    final List<TranscriptLine> lines = new ArrayList<>();
    final List<NoticeRecord> notices = new ArrayList<>();

    TranscriptLine line(String id, int code, String date, String amount, String description) {
        TranscriptLine t = new TranscriptLine(id, TIN, 2015, code, LocalDate.parse(date), new BigDecimal(amount), description);
        lines.add(t);
        return t;
    }

    LocalDate csedOf(TranscriptLine t) {
        return StatuteReading.cseds(lines, RUN).stream().filter(c -> c.assessment() == t).findFirst().orElseThrow().csed();
    }

    List<TruthRow> findings() {
        return StatuteReading.findings("C1", lines, notices, RUN);
    }

    static TruthRow statute(String reference, String balance) {
        return new TruthRow("C1", 2015, TruthRow.COLLECTION_STATUTE, reference, new BigDecimal(balance));
    }

    @Test
    void anOfferAndABankruptcyThatOverlapCountOnceWithTheirThirtyDaysAndSixMonths() {
        TranscriptLine tax = line("T1", 150, "2016-03-01", "5000.00", "Tax return filed");
        line("T2", 480, "2019-01-10", "0.00", "Offer in compromise pending");
        line("T3", 481, "2019-06-10", "0.00", "Offer in compromise rejected");
        line("T4", 520, "2019-05-01", "0.00", "Bankruptcy petition filed");
        line("T5", 521, "2019-09-01", "0.00", "Bankruptcy case closed");
        // [2019-01-10, 2019-07-10) and [2019-05-01, 2020-03-01): 416 days, 2020 a leap year
        assertThat(csedOf(tax)).isEqualTo(LocalDate.of(2027, 4, 21));
        assertThat(findings()).containsExactly(statute("T1", "5000.00"));
    }

    @Test
    void aCdpHearingAddsNoDaysAfterItCloses() {
        TranscriptLine tax = line("T1", 150, "2015-06-01", "5000.00", "Tax return filed");
        line("T2", 520, "2017-02-01", "0.00", "Collection due process (CDP) hearing requested");
        line("T3", 521, "2017-09-15", "0.00", "CDP hearing closed");
        line("T4", 480, "2017-08-01", "0.00", "Offer in compromise pending");
        line("T5", 481, "2017-12-01", "0.00", "Offer in compromise rejected");
        // [2017-02-01, 2017-09-15) and [2017-08-01, 2017-12-31): 333 days
        assertThat(csedOf(tax)).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void onlyTheSuspendedDaysOnOrAfterAnAssessmentMoveItsCsedAndTheLatestIsTheReference() {
        line("T1", 150, "2016-03-01", "5000.00", "Tax return filed");
        line("T2", 480, "2019-01-10", "0.00", "Offer in compromise pending");
        line("T3", 481, "2019-06-10", "0.00", "Offer in compromise rejected");
        line("T4", 520, "2019-05-01", "0.00", "Bankruptcy petition filed");
        line("T5", 521, "2019-09-01", "0.00", "Bankruptcy case closed");
        TranscriptLine added = line("T6", 290, "2019-03-01", "700.00", "Additional tax assessed");
        // from 2019-03-01 to 2020-03-01: 366 days
        assertThat(csedOf(added)).isEqualTo(LocalDate.of(2030, 3, 2));
        assertThat(findings()).isEmpty(); // the latest CSED is years away
    }

    @Test
    void theLatestCsedOnTheRunDatePlusTwelveMonthsIsLowAndOneDayLaterIsNothing() {
        line("T1", 150, "2017-11-23", "900.00", "Tax return filed");
        assertThat(findings()).containsExactly(statute("T1", "900.00"));
        lines.clear();
        line("T1", 150, "2017-11-24", "900.00", "Tax return filed");
        assertThat(findings()).isEmpty();
    }

    @Test
    void aBalanceOfADollarOrLessIsNoFinding() {
        line("T1", 150, "2017-01-10", "900.00", "Tax return filed");
        line("T2", 670, "2018-01-10", "899.00", "Payment");
        assertThat(findings()).isEmpty();
    }

    @Test
    void anOpenBillOnAYearPastEveryCsedIsHighAndWithoutOneThereIsNoFinding() {
        line("T1", 150, "2014-04-01", "3000.00", "Tax return filed");
        line("T2", 196, "2014-09-01", "120.00", "Interest charged for late payment");
        assertThat(findings()).isEmpty();
        notices.add(new NoticeRecord("N1", TIN, 2015, "CP504", LocalDate.of(2026, 11, 10), new BigDecimal("3120.00"),
                LocalDate.of(2026, 12, 10), null, null, null, null));
        assertThat(findings()).containsExactly(statute("T2", "3120.00"));
    }
}
