package io.taxrecon.sampledata;

/** The generator's names for the notice catalog's stages (docs/RULES.md, "Notices over time"). */
enum NoticeStage {
    INFORMATION,
    PROPOSED_ADJUSTMENT,
    IDENTITY_VERIFICATION,
    BALANCE_DUE,
    REMINDER,
    INTENT_TO_LEVY,
    FINAL_NOTICE;

    /** The stages whose amount is a balance the transcript can check. */
    boolean balance() {
        return this == BALANCE_DUE || this == REMINDER || this == INTENT_TO_LEVY || this == FINAL_NOTICE;
    }
}
