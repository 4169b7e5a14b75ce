package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's own reading of FIRST_TIME_ABATEMENT (penalties-rules.md), on hand-built transcripts. */
class AbatementReadingTest {

    static final String TIN = "123456789";
    static final LocalDate RUN = LocalDate.of(2026, 11, 23);

    final List<TranscriptLine> lines = new ArrayList<>();

    void line(String tin, int year, int code, String amount) {
        line(tin, year, code, LocalDate.of(year + 1, 5, 1), amount);
    }

    void line(String tin, int year, int code, LocalDate date, String amount) {
        lines.add(new TranscriptLine(null, tin, year, code, date, new BigDecimal(amount), ""));
    }

    void filed(int... years) {
        for (int y : years) {
            line(TIN, y, 150, "1000.00");
        }
    }

    List<TruthRow> findings() {
        return AbatementReading.findings("C1", lines, RUN);
    }

    static TruthRow fta(int year, String reference, String difference) {
        return new TruthRow("C1", year, TruthRow.FIRST_TIME_ABATEMENT, reference, new BigDecimal(difference));
    }

    @Test
    void aYearWithFtfAndFtpAndThreeCleanPriorYearsQualifiesForTheNetAssessed() {
        filed(2019, 2020, 2021, 2022);
        line(TIN, 2022, 166, "50.00");
        line(TIN, 2022, 276, "100.00");
        line(TIN, 2022, 277, "30.00");
        assertThat(findings()).containsExactly(fta(2022, "FTF+FTP", "120.00"));
    }

    @Test
    void theEstimatedTaxPenaltyOfAPriorYearDoesNotStandInTheWay() {
        filed(2019, 2020, 2021, 2022);
        line(TIN, 2021, 176, "80.00");
        line(TIN, 2022, 276, "45.10");
        assertThat(findings()).containsExactly(fta(2022, "FTP", "45.10"));
    }

    @Test
    void aPriorYearsUnabatedFailureToPayPenaltyBreaksItButOneAbatedInFullDoesNot() {
        filed(2019, 2020, 2021, 2022);
        line(TIN, 2020, 276, "12.00");
        line(TIN, 2022, 166, "300.00");
        assertThat(findings()).isEmpty();
        line(TIN, 2020, 277, "12.00");
        assertThat(findings()).containsExactly(fta(2022, "FTF", "300.00"));
    }

    @Test
    void aPenaltyAbatedInFullLeavesNothingToAbate() {
        filed(2019, 2020, 2021, 2022);
        line(TIN, 2022, 276, "64.00");
        line(TIN, 2022, 277, "64.00");
        assertThat(findings()).isEmpty();
    }

    @Test
    void aPriorYearWithoutATranscriptOrWithoutAFiledReturnGivesNoFinding() {
        filed(2019, 2021, 2022);
        line(TIN, 2022, 276, "64.00");
        assertThat(findings()).isEmpty();
        line(TIN, 2020, 670, "10.00"); // a transcript, but no return filed
        assertThat(findings()).isEmpty();
    }

    @Test
    void onlyTheEarliestEligibleYearOfATinQualifiesAndEachTinIsReadApart() {
        filed(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022);
        line(TIN, 2018, 276, "20.00");
        line(TIN, 2022, 166, "90.00");
        String spouse = "987654321";
        for (int y = 2019; y <= 2022; y++) {
            line(spouse, y, 150, "500.00");
        }
        line(spouse, 2022, 276, "7.25");
        assertThat(findings()).containsExactly(fta(2018, "FTP", "20.00"), fta(2022, "FTP", "7.25"));
    }

    @Test
    void aYearPaidOffMoreThanTwoYearsBeforeTheRunDateAndFiledMoreThanThreeIsNoFinding() {
        filed(2016, 2017, 2018, 2019);
        line(TIN, 2019, 276, "40.00");
        line(TIN, 2019, 670, LocalDate.of(2024, 11, 22), "1040.00");
        assertThat(findings()).isEmpty();
    }

    @Test
    void aYearPaidOffOnTheDayTwoYearsBeforeTheRunDateIsAFinding() {
        filed(2016, 2017, 2018, 2019);
        line(TIN, 2019, 276, "40.00");
        line(TIN, 2019, 670, LocalDate.of(2024, 11, 23), "1040.00");
        assertThat(findings()).containsExactly(fta(2019, "FTP", "40.00"));
    }

    @Test
    void aYearOwingMoreThanADollarOnTheRunDateIsAFindingButOneOwingADollarIsNot() {
        filed(2016, 2017, 2018, 2019);
        line(TIN, 2019, 166, "40.00");
        line(TIN, 2019, 670, LocalDate.of(2020, 6, 1), "1038.99");
        assertThat(findings()).containsExactly(fta(2019, "FTF", "40.00"));
        line(TIN, 2019, 670, LocalDate.of(2020, 7, 1), "0.01");
        assertThat(findings()).isEmpty();
    }

    @Test
    void aReturnFiledOnTheDayThreeYearsBeforeTheRunDateIsAFindingThoughPaidOff() {
        filed(2019, 2020, 2021);
        line(TIN, 2022, 150, LocalDate.of(2023, 11, 23), "1000.00");
        line(TIN, 2022, 166, LocalDate.of(2023, 11, 23), "50.00");
        line(TIN, 2022, 670, LocalDate.of(2023, 11, 23), "1050.00");
        assertThat(findings()).containsExactly(fta(2022, "FTF", "50.00"));
    }

    @Test
    void creditsAfterTheRunDateAreNotRead() {
        filed(2016, 2017, 2018, 2019);
        line(TIN, 2019, 276, "40.00");
        line(TIN, 2019, 670, LocalDate.of(2020, 6, 1), "1040.00");
        line(TIN, 2019, 670, LocalDate.of(2026, 11, 24), "5.00");
        assertThat(findings()).isEmpty();
    }

    @Test
    void anEarlierYearPaidLongAgoLeavesTheLaterEligibleYearTheEarliest() {
        filed(2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018);
        line(TIN, 2014, 276, "20.00");
        line(TIN, 2014, 670, LocalDate.of(2016, 1, 4), "1020.00");
        line(TIN, 2018, 166, "90.00");
        assertThat(findings()).containsExactly(fta(2018, "FTF", "90.00"));
    }

    @Test
    void aYearPaidLongAgoStillBreaksTheThreeYearsAfterIt() {
        filed(2013, 2014, 2015, 2016, 2017);
        line(TIN, 2016, 276, "20.00");
        line(TIN, 2016, 670, LocalDate.of(2018, 1, 4), "1020.00");
        line(TIN, 2017, 166, "90.00");
        assertThat(findings()).isEmpty();
    }

    @Test
    void aYearThatOwesButIsPastEveryCsedIsNoFindingAndTheLaterEligibleYearIsTheEarliest() {
        filed(2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016);
        // 2012's last assessment is dated 2013-05-01: its CSED, 2023-05-01, is before the run date.
        line(TIN, 2012, 166, "70.00");
        line(TIN, 2016, 276, "25.00");
        assertThat(findings()).containsExactly(fta(2016, "FTP", "25.00"));
    }

    @Test
    void anOwingYearWhoseLatestCsedIsTheRunDateItselfIsStillCollectible() {
        filed(2013, 2014, 2015);
        line(TIN, 2016, 150, LocalDate.of(2016, 5, 1), "1000.00");
        line(TIN, 2016, 276, LocalDate.of(2016, 11, 23), "25.00");
        assertThat(findings()).containsExactly(fta(2016, "FTP", "25.00"));
    }

    @Test
    void anOwingYearWhoseLatestCsedWasTheDayBeforeTheRunDateIsNoFinding() {
        filed(2013, 2014, 2015);
        line(TIN, 2016, 150, LocalDate.of(2016, 5, 1), "1000.00");
        line(TIN, 2016, 276, LocalDate.of(2016, 11, 22), "25.00");
        assertThat(findings()).isEmpty();
    }
}
