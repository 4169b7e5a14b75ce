package io.taxrecon.sampledata;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The generator's copy of notice-codes.csv, for the codes it writes: stage, response days and the
 * business-day window of a large bill. The truth needs them (which notice supersedes which, when
 * it is due); not the engine's catalog, so that the truth does not depend on the code it tests.
 * {@code GeneratorCopiesAgreeWithCoreCatalogsTest} holds it to the catalog.
 */
final class NoticeCodes {

    /** One code's facts; {@code largeBalanceBusinessDays} is 0 where the catalog leaves it blank. */
    record Facts(NoticeStage stage, int responseDays, int largeBalanceBusinessDays) {}

    /** A bill at or above this is due in business days, not calendar days (IRC 6651(a)(3)). */
    static final java.math.BigDecimal LARGE_BALANCE = new java.math.BigDecimal("100000.00");

    static final Map<String, Facts> WRITTEN = new TreeMap<>(Map.ofEntries(
            Map.entry("CP14", new Facts(NoticeStage.BALANCE_DUE, 21, 10)),
            Map.entry("CP22A", new Facts(NoticeStage.BALANCE_DUE, 21, 10)),
            Map.entry("CP501", new Facts(NoticeStage.REMINDER, 10, 0)),
            Map.entry("CP503", new Facts(NoticeStage.REMINDER, 10, 0)),
            Map.entry("CP504", new Facts(NoticeStage.INTENT_TO_LEVY, 30, 0)),
            Map.entry("LT11", new Facts(NoticeStage.FINAL_NOTICE, 30, 0)),
            Map.entry("LTR1058", new Facts(NoticeStage.FINAL_NOTICE, 30, 0)),
            Map.entry("CP2000", new Facts(NoticeStage.PROPOSED_ADJUSTMENT, 30, 0)),
            // Identity letters are written with a printed due date whenever they are live, so the
            // truth does not hang on the catalog's response days for them (30 assumed here).
            Map.entry("LTR5071C", new Facts(NoticeStage.IDENTITY_VERIFICATION, 30, 0)),
            Map.entry("LTR4883C", new Facts(NoticeStage.IDENTITY_VERIFICATION, 30, 0)),
            Map.entry("CP71C", new Facts(NoticeStage.INFORMATION, 0, 0)),
            Map.entry("CP49", new Facts(NoticeStage.INFORMATION, 0, 0)),
            Map.entry("CP62", new Facts(NoticeStage.INFORMATION, 0, 0)),
            Map.entry("CP225", new Facts(NoticeStage.INFORMATION, 0, 0))));

    /** Codes the generator writes that are well formed but in no catalog: UNKNOWN_NOTICE_CODE. */
    static final java.util.List<String> UNKNOWN = java.util.List.of("CP9999", "LTR9999");

    private NoticeCodes() {}

    /** Empty for a code the catalog does not know. */
    static Optional<Facts> find(String code) {
        return Optional.ofNullable(WRITTEN.get(code));
    }
}
