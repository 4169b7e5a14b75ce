package io.taxrecon.batch.staging;

import io.taxrecon.core.income.Category;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.values.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code return_line} table: the figures of the returns filed. Its {@code line} is the
 * return's line number, so the row's line in its file is {@code line_no}.
 */
public final class ReturnLineTable extends StagedTable<ReturnLine> {

    ReturnLineTable() {
        super("return_line", ReturnLine.class, "line_no", "client_id", "tin", "tax_year", "line", "category", "amount",
                "tax_form");
    }

    @Override
    protected Object[] values(ReturnLine r) {
        return new Object[] {r.clientId(), r.tin().digits(), r.taxYear(), r.line(), r.category().name(), r.amount(),
                r.taxForm()};
    }

    @Override
    protected SourceRef source(ReturnLine r) {
        return r.source();
    }

    @Override
    public ReturnLine mapRow(ResultSet rs, int row) throws SQLException {
        return new ReturnLine(rs.getString("client_id"), tin(rs, "tin"), rs.getInt("tax_year"), rs.getString("line"),
                Category.valueOf(rs.getString("category")), rs.getBigDecimal("amount"), rs.getString("tax_form"),
                source(rs));
    }
}
