package io.taxrecon.batch.staging;

import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.values.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code information_return} table: the W-2 and 1099 boxes of the information_returns files. */
public final class InformationReturnTable extends StagedTable<InformationReturn> {

    InformationReturnTable() {
        super("information_return", InformationReturn.class, "line", "document_id", "client_id", "recipient_tin",
                "tax_year", "form_type", "payer_name", "payer_tin", "box", "amount", "origin", "corrected");
    }

    @Override
    protected Object[] values(InformationReturn i) {
        return new Object[] {i.documentId(), i.clientId(), i.recipientTin().digits(), i.taxYear(), i.formType().name(),
                i.payerName(), i.payerTin().digits(), i.box(), i.amount(), i.origin().name(), i.corrected()};
    }

    @Override
    protected SourceRef source(InformationReturn i) {
        return i.source();
    }

    @Override
    public InformationReturn mapRow(ResultSet rs, int row) throws SQLException {
        return new InformationReturn(rs.getString("document_id"), rs.getString("client_id"),
                tin(rs, "recipient_tin"), rs.getInt("tax_year"), FormType.valueOf(rs.getString("form_type")),
                rs.getString("payer_name"), tin(rs, "payer_tin"), rs.getString("box"), rs.getBigDecimal("amount"),
                InformationReturn.Origin.valueOf(rs.getString("origin")), rs.getBoolean("corrected"), source(rs));
    }
}
