package io.taxrecon.core.transcriptfiles;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The header of an Account Transcript or Record of Account for one period: ACCOUNT BALANCE,
 * ACCRUED INTEREST and ACCRUED PENALTY with their AS OF date, ACCOUNT BALANCE PLUS ACCRUALS, and
 * the return's figures it repeats (adjusted gross income, taxable income, tax per return,
 * processing date). A figure the transcript does not print is null.
 */
public record AccountFigures(BigDecimal accountBalance, BigDecimal accruedInterest, BigDecimal accruedPenalty,
        LocalDate accrualsAsOf, BigDecimal balancePlusAccruals, BigDecimal adjustedGrossIncome,
        BigDecimal taxableIncome, BigDecimal taxPerReturn, LocalDate processingDate) {

    static final AccountFigures NONE = new AccountFigures(null, null, null, null, null, null, null, null, null);

    /** True when the transcript printed none of the figures. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
