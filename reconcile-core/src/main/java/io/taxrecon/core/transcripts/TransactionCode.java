package io.taxrecon.core.transcripts;

import java.math.BigDecimal;

/**
 * A transaction code's catalog entry: what part it plays in reconciliation and which way it moves
 * the account balance. The file's sign is ignored; {@link #balanceEffect} applies the direction.
 */
public record TransactionCode(String code, Role role, Direction direction, String description) {

    /** What a code is, for matching: only REMITTANCE credits are matched to client payments. */
    public enum Role {
        REMITTANCE,
        REMITTANCE_REVERSAL,
        WITHHOLDING,
        WITHHOLDING_REVERSAL,
        OTHER_CREDIT,
        OTHER_CREDIT_REVERSAL,
        ASSESSMENT,
        ABATEMENT,
        REFUND_OR_TRANSFER_OUT
    }

    /** A debit raises what the taxpayer owes; a credit lowers it. */
    public enum Direction {
        DEBIT,
        CREDIT
    }

    /** The transaction's effect on the balance owed: +|amount| for a debit, −|amount| for a credit. */
    public BigDecimal balanceEffect(TranscriptTransaction transaction) {
        BigDecimal magnitude = transaction.magnitude();
        return direction == Direction.DEBIT ? magnitude : magnitude.negate();
    }
}
