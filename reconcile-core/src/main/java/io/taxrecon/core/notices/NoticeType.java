package io.taxrecon.core.notices;

/**
 * A notice code's catalog entry (notice-codes.csv): what it means, where in the collection
 * process it stands, how long the taxpayer has to respond and what rights it gives.
 *
 * @param responseDays days from the notice date to respond; 0 when the notice sets no deadline
 * @param appealRights e.g. "CDP hearing (Form 12153)", "Tax Court petition", or "" for none
 */
public record NoticeType(
        String code,
        String title,
        String meaning,
        CollectionStage stage,
        int responseDays,
        boolean collectionDueProcess,
        String appealRights) {

    /** Where a notice stands on the road from a bill to a levy; later stages are more urgent. */
    public enum CollectionStage {
        INFORMATION,
        PROPOSED_ADJUSTMENT,
        BALANCE_DUE,
        REMINDER,
        INTENT_TO_LEVY,
        FINAL_NOTICE
    }
}
