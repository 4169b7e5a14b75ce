package io.taxrecon.sampledata;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generator's copy of RULES.md's direction table, for the codes it writes. The truth needs
 * transcript balances, and RULES.md defines them from this table alone. Not the engine's catalog:
 * the generator must not depend on the code it tests ({@code GeneratorCopiesAgreeWithCoreCatalogsTest}
 * holds this copy to transaction-codes.csv).
 */
public final class TransactionCodes {

    /** Remittances: the credits client payments are matched to. */
    static final Set<Integer> REMITTANCES = Set.of(430, 610, 640, 650, 660, 670);
    /** Their reversals (dishonored or reversed payments): debits. */
    static final Set<Integer> REMITTANCE_REVERSALS = Set.of(611, 641, 651, 661, 671);
    /** Every credit of the table; any other code the generator writes is a debit. */
    static final Set<Integer> CREDITS = Set.of(430, 610, 640, 650, 660, 670, 806, 700, 706, 710, 716, 760, 766, 768,
            291, 301, 161, 167, 171, 177, 271, 277, 197);

    /** The codes the generator writes, with the description it gives them. */
    static final Map<Integer, String> WRITTEN = new TreeMap<>(Map.ofEntries(
            Map.entry(150, "Tax return filed"),
            Map.entry(290, "Additional tax assessed"),
            Map.entry(806, "W-2 or 1099 withholding"),
            Map.entry(430, "Estimated tax payment"),
            Map.entry(660, "Estimated tax payment"),
            Map.entry(610, "Payment with return"),
            Map.entry(670, "Payment"),
            Map.entry(671, "Dishonored payment"),
            Map.entry(706, "Overpayment credit transferred in from another tax period"),
            Map.entry(196, "Interest charged for late payment"),
            Map.entry(276, "Penalty for late payment of tax"),
            Map.entry(166, "Penalty for filing tax return after the due date"),
            Map.entry(176, "Penalty for not pre-paying tax (estimated tax penalty)"),
            Map.entry(277, "Removed penalty for late payment of tax"),
            Map.entry(480, "Offer in compromise pending"),
            Map.entry(481, "Offer in compromise rejected"),
            Map.entry(520, StatuteStories.BANKRUPTCY),
            Map.entry(521, StatuteStories.BANKRUPTCY_CLOSED),
            Map.entry(846, "Refund issued"),
            Map.entry(766, "Credit to your account")));

    private TransactionCodes() {}

    public static boolean isRemittance(int code) {
        return REMITTANCES.contains(code);
    }

    public static boolean isRemittanceReversal(int code) {
        return REMITTANCE_REVERSALS.contains(code);
    }

    /** True for codes that lower the balance (credits); everything else the generator writes is a debit. */
    public static boolean isCredit(int code) {
        return CREDITS.contains(code);
    }

    public static String description(int code) {
        return WRITTEN.getOrDefault(code, "");
    }

    /** The IRS cycle code of a posting date: year, week, and the day digit "05". */
    public static String cycle(LocalDate d) {
        int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return d.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "0" : "") + week + "05";
    }
}
