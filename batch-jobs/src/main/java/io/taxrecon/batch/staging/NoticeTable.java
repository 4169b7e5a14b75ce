package io.taxrecon.batch.staging;

import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.values.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code notice} table: the IRS notices of the notices files. */
public final class NoticeTable extends StagedTable<Notice> {

    NoticeTable() {
        super("notice", Notice.class, "line", "notice_id", "client_id", "tin", "tax_year", "notice_code", "notice_date",
                "amount_due", "tax_form", "response_due_date", "tax", "penalty", "interest", "payments_credited");
    }

    @Override
    protected Object[] values(Notice n) {
        return new Object[] {n.noticeId(), n.clientId(), n.tin().digits(), n.taxYear(), n.noticeCode(), n.noticeDate(),
                n.amountDue(), n.taxForm(), n.responseDueDate(), n.tax(), n.penalty(), n.interest(),
                n.paymentsCredited()};
    }

    @Override
    protected SourceRef source(Notice n) {
        return n.source();
    }

    @Override
    public Notice mapRow(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getString("notice_id"), rs.getString("client_id"), tin(rs, "tin"), rs.getInt("tax_year"),
                rs.getString("notice_code"), date(rs, "notice_date"), rs.getBigDecimal("amount_due"),
                rs.getString("tax_form"), date(rs, "response_due_date"), rs.getBigDecimal("tax"),
                rs.getBigDecimal("penalty"), rs.getBigDecimal("interest"), rs.getBigDecimal("payments_credited"),
                source(rs));
    }
}
