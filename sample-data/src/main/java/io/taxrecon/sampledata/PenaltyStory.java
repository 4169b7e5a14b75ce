package io.taxrecon.sampledata;

import java.util.List;

/**
 * The penalty and collection-statute stories a client may carry (issue 12), each written on older
 * tax years of the primary TIN that nothing else of the client uses. Those that give a finding go
 * to dirty clients, the hard negatives to clean ones.
 */
public enum PenaltyStory {
    /** Three clean prior years and FTF and/or FTP assessed, the year still owing: FIRST_TIME_ABATEMENT. */
    FTA_CLEAN(true),
    /** The only prior penalty is the estimated-tax penalty (TC 176), the year paid off 20 months ago: FIRST_TIME_ABATEMENT. */
    FTA_ESTIMATED_ONLY(true),
    /** Two years four years apart with clean prior years; the earlier paid off long ago, so only the later one's finding. */
    FTA_TWO_ELIGIBLE(true),
    /** A failure-to-pay penalty two years before (the year still owing): not eligible, no finding. */
    FTA_BROKEN(false),
    /** One of the three prior years has no transcript at all (the year still owing): cannot confirm, no finding. */
    FTA_MISSING_YEAR(false),
    /** The year's failure-to-pay penalty was abated in full (TC 277), the year still owing: nothing left to abate. */
    FTA_ABATED(false),
    /** An offer and a bankruptcy that overlap push the CSED to within 12 months: LOW COLLECTION_STATUTE. */
    CS_LOW(true),
    /** A CDP hearing, every CSED passed, and an open CP504 billing it: HIGH COLLECTION_STATUTE. */
    CS_HIGH(true),
    /** An offer and a CDP hearing that overlap: the CSED 13 months away, no finding. */
    CS_THIRTEEN_MONTHS(false),
    /** A bankruptcy, every CSED passed, a balance but no notice: no finding. */
    CS_PASSED_NO_NOTICE(false),
    /** The CSED within 12 months, but the balance was paid: no finding. */
    CS_PAID(false),
    /** Three clean prior years and FTF and/or FTP, but paid off long ago: no refund can come of it (IRC 6511(a)), no finding. */
    FTA_PAID_LONG_AGO(false),
    /** Three clean prior years and FTF and/or FTP, the year still owing but past every CSED (14 years back): not collectible, no finding. */
    FTA_PAST_CSED(false);

    /** The order the schedule hands out stories that give a finding. */
    static final List<PenaltyStory> FINDINGS = List.of(FTA_CLEAN, CS_LOW, FTA_ESTIMATED_ONLY, CS_HIGH, FTA_TWO_ELIGIBLE);
    /** The order the schedule hands out the hard negatives. */
    static final List<PenaltyStory> NEGATIVES = List.of(FTA_BROKEN, CS_THIRTEEN_MONTHS, FTA_MISSING_YEAR,
            CS_PASSED_NO_NOTICE, FTA_ABATED, CS_PAID, FTA_PAID_LONG_AGO,
            FTA_PAST_CSED);

    final boolean finding;

    PenaltyStory(boolean finding) {
        this.finding = finding;
    }

    boolean statute() {
        return name().startsWith("CS_");
    }
}
