package io.taxrecon.batch.staging;

import io.taxrecon.core.transcriptfiles.AccountFigures;
import io.taxrecon.core.transcriptfiles.AccountHeader;
import io.taxrecon.core.transcriptfiles.TranscriptProduct;
import io.taxrecon.core.values.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code transcript_account} table: the header of each tax period of the account transcripts
 * read from transcript files (balance, accruals and their as-of date, balance plus accruals, the
 * return's figures, the IRS's status line).
 */
public final class AccountHeaderTable extends StagedTable<AccountHeader> {

    AccountHeaderTable() {
        super("transcript_account", AccountHeader.class, "line", "client_id", "tin", "tax_year", "tax_form", "product",
                "status", "account_balance", "accrued_interest", "accrued_penalty", "accruals_as_of",
                "balance_plus_accruals", "adjusted_gross_income", "taxable_income", "tax_per_return",
                "processing_date");
    }

    @Override
    protected Object[] values(AccountHeader h) {
        AccountFigures f = h.figures();
        return new Object[] {h.clientId(), h.tin().digits(), h.taxYear(), h.taxForm(), h.product().name(), h.status(),
                f.accountBalance(), f.accruedInterest(), f.accruedPenalty(), f.accrualsAsOf(), f.balancePlusAccruals(),
                f.adjustedGrossIncome(), f.taxableIncome(), f.taxPerReturn(), f.processingDate()};
    }

    @Override
    protected SourceRef source(AccountHeader h) {
        return h.source();
    }

    @Override
    public AccountHeader mapRow(ResultSet rs, int row) throws SQLException {
        return new AccountHeader(rs.getString("client_id"), tin(rs, "tin"), rs.getInt("tax_year"),
                rs.getString("tax_form"), TranscriptProduct.valueOf(rs.getString("product")), rs.getString("status"),
                new AccountFigures(rs.getBigDecimal("account_balance"), rs.getBigDecimal("accrued_interest"),
                        rs.getBigDecimal("accrued_penalty"), date(rs, "accruals_as_of"),
                        rs.getBigDecimal("balance_plus_accruals"), rs.getBigDecimal("adjusted_gross_income"),
                        rs.getBigDecimal("taxable_income"), rs.getBigDecimal("tax_per_return"),
                        date(rs, "processing_date")),
                source(rs));
    }
}
