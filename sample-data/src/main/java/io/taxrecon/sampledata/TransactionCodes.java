package io.taxrecon.sampledata;

/**
 * The generator's copy of RULES.md's direction table, for the codes it writes. The truth needs
 * transcript balances, and RULES.md defines them from this table alone. Not the engine's catalog:
 * the generator must not depend on the code it tests.
 */
public final class TransactionCodes {

    private TransactionCodes() {}

    public static boolean isRemittance(int code) {
        return code == 430 || code == 610 || code == 640 || code == 650 || code == 660 || code == 670;
    }

    public static boolean isRemittanceReversal(int code) {
        return code == 611 || code == 641 || code == 651 || code == 661 || code == 671;
    }

    /** True for codes that lower the balance (credits); everything else the generator writes is a debit. */
    public static boolean isCredit(int code) {
        return isRemittance(code)
                || code == 806
                || code == 700 || code == 706 || code == 710 || code == 716
                || code == 760 || code == 766 || code == 768
                || code == 291 || code == 301 || code == 161 || code == 167 || code == 171
                || code == 177 || code == 271 || code == 277 || code == 197;
    }

    public static String description(int code) {
        return switch (code) {
            case 150 -> "Tax return filed";
            case 806 -> "W-2 or 1099 withholding";
            case 430, 660 -> "Estimated tax payment";
            case 610 -> "Payment with return";
            case 670 -> "Payment";
            case 611 -> "Payment with return reversed";
            case 661 -> "Estimated tax payment reversed";
            case 671 -> "Dishonored payment";
            case 196 -> "Interest charged for late payment";
            case 276 -> "Penalty for late payment of tax";
            case 166 -> "Penalty for filing tax return after the due date";
            case 846 -> "Refund issued";
            case 766 -> "Credit to your account";
            default -> "";
        };
    }
}
