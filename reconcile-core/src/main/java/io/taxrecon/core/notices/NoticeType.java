package io.taxrecon.core.notices;

/**
 * A notice code's catalog entry (notice-codes.csv): what it means, where in the collection
 * process it stands, how long the taxpayer has to respond and what rights it gives.
 *
 * @param responseDays days from the notice date to respond; 0 when the notice sets no deadline
 * @param appealRights e.g. "CDP hearing (Form 12153)", "Tax Court petition", or "" for none
 * @param largeBalanceBusinessDays business days to pay a bill of $100,000 or more (IRC 6651(a)(3));
 *                                 0 when the code is no such bill
 */
public record NoticeType(
        String code,
        String title,
        String meaning,
        CollectionStage stage,
        int responseDays,
        boolean collectionDueProcess,
        String appealRights,
        int largeBalanceBusinessDays) {

    /** An entry without a large-balance window. */
    public NoticeType(String code, String title, String meaning, CollectionStage stage, int responseDays,
                      boolean collectionDueProcess, String appealRights) {
        this(code, title, meaning, stage, responseDays, collectionDueProcess, appealRights, 0);
    }

    /** Where a notice stands on the road from a bill to a levy; later stages are more urgent. */
    public enum CollectionStage {
        INFORMATION,
        IDENTITY_VERIFICATION,
        PROPOSED_ADJUSTMENT,
        BALANCE_DUE,
        REMINDER,
        INTENT_TO_LEVY,
        FINAL_NOTICE;

        /** The stages whose notice claims a balance the transcript can check (SPEC "Notices over time"). */
        public boolean claimsBalance() {
            return this == BALANCE_DUE || this == REMINDER || this == INTENT_TO_LEVY || this == FINAL_NOTICE;
        }
    }

    /** True when the notice claims a balance owed (a balance stage). */
    public boolean claimsBalance() {
        return stage.claimsBalance();
    }
}
