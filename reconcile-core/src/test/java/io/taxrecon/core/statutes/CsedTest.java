package io.taxrecon.core.statutes;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The collection statute expiration date of each assessment, worked out by hand (IRC 6502, collection-suspensions.csv). */
class CsedTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2025, 9, 1);
    private final Fixture f = new Fixture();
    private final CollectionStatutes statutes =
            new CollectionStatutes(TransactionCodeCatalog.defaults(), SuspensionRules.defaults(), RUN_DATE);

    private YearStatute year(int taxYear) {
        return statutes.of(f.transactions, List.of(Fixture.CLIENT_TIN)).stream()
                .filter(y -> y.taxYear() == taxYear).findFirst().orElseThrow();
    }

    @Test
    void withoutSuspensionTheStatuteIsTenYearsFromTheAssessment() {
        f.tx("A1", 2013, "150", "2014-04-14", "5000.00");
        AssessmentStatute a = year(2013).assessments().get(0);
        assertThat(a.baseDate()).isEqualTo("2024-04-14");
        assertThat(a.suspendedDays()).isZero();
        assertThat(a.csed()).isEqualTo("2024-04-14");
        assertThat(a.code()).isEqualTo("150");
        assertThat(a.amount()).isEqualByComparingTo("5000.00");
        assertThat(a.reference()).isEqualTo("A1");
    }

    @Test
    void anOfferPendingSuspendsUntilItsRejectionPlusThirtyDays() {
        f.tx("A1", 2013, "150", "2014-04-14", "5000.00");
        f.tx("S1", 2013, "480", "2017-03-01", "0.00");
        f.tx("S2", 2013, "481", "2017-09-01", "0.00");
        YearStatute y = year(2013);
        // 2017-03-01 .. 2017-09-01 + 30 days = 2017-10-01 (exclusive): 214 days
        assertThat(y.suspensions()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("OFFER_IN_COMPROMISE");
            assertThat(s.start()).isEqualTo("2017-03-01");
            assertThat(s.end()).isEqualTo("2017-10-01");
            assertThat(s.days()).isEqualTo(214);
        });
        assertThat(y.assessments().get(0).suspendedDays()).isEqualTo(214);
        assertThat(y.assessments().get(0).csed()).isEqualTo("2024-11-14");
        assertThat(y.latestCsed()).contains(LocalDate.of(2024, 11, 14));
    }

    @Test
    void aBankruptcySuspendsUntilItsDischargePlusSixMonths() {
        f.tx("A1", 2014, "150", "2015-05-18", "8000.00");
        f.tx("S1", 2014, "520", "2019-02-01", "0.00", "Bankruptcy petition filed (chapter 7)");
        f.tx("S2", 2014, "521", "2019-06-03", "0.00");
        YearStatute y = year(2014);
        // 2019-02-01 .. 2019-06-03 + 6 months = 2019-12-03 (exclusive): 305 days
        assertThat(y.suspensions()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("BANKRUPTCY");
            assertThat(s.end()).isEqualTo("2019-12-03");
        });
        assertThat(y.assessments().get(0).suspendedDays()).isEqualTo(305);
        assertThat(y.assessments().get(0).csed()).isEqualTo("2026-03-19");
    }

    @Test
    void aCollectionDueProcessHearingSuspendsUntilItEndsWithNothingAdded() {
        f.tx("A1", 2014, "150", "2015-05-18", "8000.00");
        f.tx("S1", 2014, "520", "2018-01-10", "0.00", "Collection Due Process hearing requested");
        f.tx("S2", 2014, "521", "2018-04-10", "0.00");
        YearStatute y = year(2014);
        assertThat(y.suspensions()).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo("COLLECTION_DUE_PROCESS"));
        assertThat(y.assessments().get(0).suspendedDays()).isEqualTo(90);
        assertThat(y.assessments().get(0).csed()).isEqualTo("2025-08-16");
    }

    @Test
    void aCdpDescriptionIsReadInAnyCase() {
        f.tx("A1", 2014, "150", "2015-05-18", "8000.00");
        f.tx("S1", 2014, "520", "2018-01-10", "0.00", "cdp HEARING");
        f.tx("S2", 2014, "522", "2018-04-10", "0.00");
        assertThat(year(2014).assessments().get(0).csed()).isEqualTo("2025-08-16");
    }

    @Test
    void overlappingSuspensionsAreCountedOnce() {
        f.tx("A1", 2013, "150", "2014-04-14", "5000.00");
        f.tx("S1", 2013, "480", "2017-03-01", "0.00");
        f.tx("S2", 2013, "481", "2017-09-01", "0.00"); // offer: 2017-03-01 .. 2017-10-01, 214 days
        f.tx("S3", 2013, "520", "2017-08-01", "0.00", "Bankruptcy");
        f.tx("S4", 2013, "521", "2017-11-01", "0.00"); // bankruptcy: 2017-08-01 .. 2018-05-01, 273 days
        AssessmentStatute a = year(2013).assessments().get(0);
        // union 2017-03-01 .. 2018-05-01 = 426 days, not 214 + 273 = 487
        assertThat(a.suspensions()).hasSize(2);
        assertThat(a.suspendedDays()).isEqualTo(426);
        assertThat(a.csed()).isEqualTo("2025-06-14");
    }

    @Test
    void aSuspensionBeforeTheAssessmentDateIsNotCountedAndOneAcrossItCountsFromIt() {
        f.tx("A1", 2013, "150", "2014-05-19", "5000.00");
        f.tx("S1", 2013, "480", "2014-01-06", "0.00");
        f.tx("S2", 2013, "481", "2014-02-05", "0.00"); // ends 2014-03-07: before the TC 150
        f.tx("A2", 2013, "290", "2016-03-01", "700.00");
        f.tx("S3", 2013, "480", "2016-01-04", "0.00");
        f.tx("S4", 2013, "482", "2016-03-04", "0.00"); // ends 2016-04-03: 33 days from the TC 290
        YearStatute y = year(2013);
        AssessmentStatute tax = y.assessments().get(0);
        AssessmentStatute additional = y.assessments().get(1);
        assertThat(tax.reference()).isEqualTo("A1");
        // the TC 150 counts the 2016 offer (after it) in full: 2016-01-04 .. 2016-04-03 = 90 days
        assertThat(tax.suspendedDays()).isEqualTo(90);
        assertThat(tax.suspensions()).extracting(Suspension::start).containsExactly(LocalDate.of(2016, 1, 4));
        assertThat(tax.csed()).isEqualTo("2024-08-17");
        assertThat(additional.suspendedDays()).isEqualTo(33);
        assertThat(additional.suspensions()).singleElement()
                .satisfies(s -> assertThat(s.daysFrom(additional.assessedOn())).isEqualTo(33));
        assertThat(additional.csed()).isEqualTo("2026-04-03");
        assertThat(y.deciding().orElseThrow().reference()).isEqualTo("A2");
    }

    @Test
    void anOpenSuspensionRunsToTheRunDate() {
        f.tx("A1", 2015, "150", "2016-01-04", "5000.00");
        f.tx("S1", 2015, "480", "2025-01-02", "0.00");
        YearStatute y = year(2015);
        assertThat(y.suspensions()).singleElement().satisfies(s -> {
            assertThat(s.open()).isTrue();
            assertThat(s.end()).isEqualTo(RUN_DATE);
        });
        // 2025-01-02 .. 2025-09-01 = 242 days
        assertThat(y.assessments().get(0).csed()).isEqualTo("2026-09-03");
    }

    @Test
    void currentlyNotCollectibleStatusSuspendsNothing() {
        f.tx("A1", 2013, "150", "2014-04-14", "5000.00");
        f.tx("S1", 2013, "530", "2016-06-01", "0.00");
        assertThat(year(2013).suspensions()).isEmpty();
        assertThat(year(2013).assessments().get(0).csed()).isEqualTo("2024-04-14");
    }

    @Test
    void penaltiesAndInterestCarryTheirOwnStatuteButFeesAndZeroAssessmentsNone() {
        f.tx("A1", 2013, "150", "2014-04-14", "5000.00");
        f.tx("A2", 2013, "276", "2015-04-13", "250.00");
        f.tx("A3", 2013, "196", "2015-04-13", "120.00");
        f.tx("A4", 2013, "360", "2015-05-01", "50.00");
        f.tx("A5", 2013, "290", "2015-06-01", "0.00");
        f.tx("P1", 2013, "670", "2015-07-01", "1000.00");
        YearStatute y = year(2013);
        assertThat(y.assessments()).extracting(AssessmentStatute::reference).containsExactly("A1", "A2", "A3");
        // A2 and A3 tie on CSED and date: the first id in natural order decides
        assertThat(y.deciding().orElseThrow().reference()).isEqualTo("A2");
        assertThat(y.latestCsed()).contains(LocalDate.of(2025, 4, 13));
    }

    @Test
    void anInstallmentAgreementPendingSuspendsUntilItIsEstablishedPlusThirtyDays() {
        f.tx("A1", 2013, "150", "2014-04-14", "5000.00");
        f.tx("S1", 2013, "971", "2016-02-01", "0.00", "Installment agreement pending");
        f.tx("S2", 2013, "971", "2016-03-02", "0.00", "Installment agreement established");
        YearStatute y = year(2013);
        // 2016-02-01 .. 2016-03-02 + 30 = 2016-04-01 (exclusive): 60 days
        assertThat(y.suspensions()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("INSTALLMENT_AGREEMENT_PENDING");
            assertThat(s.days()).isEqualTo(60);
        });
        assertThat(y.assessments().get(0).csed()).isEqualTo("2024-06-13");
    }

    @Test
    void actionCodesInTheirOwnColumnOpenAndCloseTheInstallmentAgreementSuspensionLikeDescriptions() {
        f.tx("A1", 2013, "150", "2014-04-14", "5000.00");
        f.actionCoded("S1", 2013, "971", "2016-02-01", "43");
        f.actionCoded("S2", 2013, "971", "2016-03-02", "063");
        YearStatute y = year(2013);
        // AC 043 pending on 2016-02-01, AC 063 established on 2016-03-02, + 30 days: 60 days, as with descriptions
        assertThat(y.suspensions()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("INSTALLMENT_AGREEMENT_PENDING");
            assertThat(s.days()).isEqualTo(60);
        });
        assertThat(y.assessments().get(0).csed()).isEqualTo("2024-06-13");
    }
}
