package io.taxrecon.core.income;

/**
 * A kind of figure, as information-return boxes and return lines name it. The first group comes
 * from W-2/1099 boxes; the rest exist only on the return.
 */
public enum Category {
    WAGES,
    TAXABLE_INTEREST,
    TAX_EXEMPT_INTEREST,
    ORDINARY_DIVIDENDS,
    QUALIFIED_DIVIDENDS,
    CAPITAL_GAIN_DISTRIBUTIONS,
    SECURITIES_PROCEEDS,
    RETIREMENT_DISTRIBUTIONS_TAXABLE,
    SOCIAL_SECURITY_BENEFITS,
    NONEMPLOYEE_COMPENSATION,
    PAYMENT_CARD_RECEIPTS,
    RENTS,
    ROYALTIES,
    OTHER_INCOME,
    UNEMPLOYMENT_COMPENSATION,
    GAMBLING_WINNINGS,
    FEDERAL_WITHHOLDING,
    BUSINESS_GROSS_RECEIPTS,
    ESTIMATED_TAX_PAYMENTS,
    TOTAL_TAX,
    AMOUNT_OWED,
    OVERPAYMENT
}
