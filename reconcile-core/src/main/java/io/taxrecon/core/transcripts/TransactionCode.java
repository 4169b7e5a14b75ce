package io.taxrecon.core.transcripts;

import java.math.BigDecimal;

/**
 * A transaction code's catalog entry: what part it plays in reconciliation, which way it moves
 * the account balance and, for assessments and abatements, what it charges. The file's sign is
 * ignored; {@link #balanceEffect} applies the direction.
 *
 * @param charge what an assessment or abatement charges or takes off; null for every other code
 * @param source the IRS publication the entry was checked against (Document 6209, an IRM section)
 */
public record TransactionCode(String code, Role role, Direction direction, String description, Charge charge,
                              String source) {

    /** An entry without a charge or a source, as older override files give it. */
    public TransactionCode(String code, Role role, Direction direction, String description) {
        this(code, role, direction, description, null, "");
    }

    /**
     * What a code is, for matching and balances. Only REMITTANCE credits are matched to client
     * payments, and only a REMITTANCE_REVERSAL makes a matched payment dishonored: a
     * REMITTANCE_CORRECTION moves a payment elsewhere (another year or account), it is no dishonour.
     */
    public enum Role {
        REMITTANCE,
        REMITTANCE_REVERSAL,
        REMITTANCE_CORRECTION,
        DESIGNATED_PAYMENT,
        WITHHOLDING,
        WITHHOLDING_REVERSAL,
        OTHER_CREDIT,
        OTHER_CREDIT_REVERSAL,
        CREDIT_INTEREST,
        CREDIT_INTEREST_REVERSAL,
        ASSESSMENT,
        ABATEMENT,
        REFUND_OR_TRANSFER_OUT,
        REFUND_OR_TRANSFER_OUT_REVERSAL,
        WRITE_OFF,
        WRITE_OFF_REVERSAL,
        /** A status or statute marker (extension, offer pending, bankruptcy, lien, TC 971 ...): moves no money. */
        MARKER
    }

    /** A debit raises what the taxpayer owes; a credit lowers it; NONE (markers) moves nothing. */
    public enum Direction {
        DEBIT,
        CREDIT,
        NONE
    }

    /** What an assessment charges (and its abatement takes off): the penalty and statute rules read it. */
    public enum Charge {
        TAX,
        FAILURE_TO_FILE,
        FAILURE_TO_PAY,
        ESTIMATED_TAX,
        /** Any other penalty (FTD, dishonored payment, fraud, miscellaneous civil penalties). */
        PENALTY,
        INTEREST,
        FEE;

        /** True for a penalty: every charge but tax, interest and fees. */
        public boolean isPenalty() {
            return this == FAILURE_TO_FILE || this == FAILURE_TO_PAY || this == ESTIMATED_TAX || this == PENALTY;
        }
    }

    /** The transaction's effect on the balance owed: +|amount| for a debit, −|amount| for a credit, 0 for a marker. */
    public BigDecimal balanceEffect(TranscriptTransaction transaction) {
        BigDecimal magnitude = transaction.magnitude();
        return switch (direction) {
            case DEBIT -> magnitude;
            case CREDIT -> magnitude.negate();
            case NONE -> BigDecimal.ZERO;
        };
    }

    /** True when the code moves the balance (every code but a marker). */
    public boolean movesBalance() {
        return direction != Direction.NONE;
    }
}
