package io.taxrecon.batch.staging;

import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;

/** The {@code irs_transaction} table: the account-transcript lines of the irs_transactions files. */
public final class TranscriptTransactionTable extends StagedTable<TranscriptTransaction> {

    TranscriptTransactionTable() {
        super("irs_transaction", TranscriptTransaction.class, "line", "transaction_id", "client_id", "tin", "tax_year",
                "transaction_code", "transaction_date", "amount", "description", "cycle", "action_code");
    }

    /**
     * The lines filed under any of an array of TINs (one parameter, {@code = any(?)}) by clients
     * other than some clients (then {@link ClientIds#args()}): a payment credited to a spouse's or a
     * mistyped TIN. One array rather than a list of parameters: the database checks each row it
     * finds against the array once converted, not against each parameter converted again.
     */
    public String onTinsOutsideClients(RunScope scope, ClientIds clients) {
        return "select * from irs_transaction where tin = any(cast(? as char(9) array))"
                + " and not (" + clients.condition("client_id") + ") and " + scope.rows();
    }

    @Override
    protected Object[] values(TranscriptTransaction t) {
        return new Object[] {t.transactionId(), t.clientId(), t.tin().digits(), t.taxYear(), t.transactionCode(),
                t.transactionDate(), t.amount(), t.description(), t.cycle(), t.actionCode()};
    }

    @Override
    protected SourceRef source(TranscriptTransaction t) {
        return t.source();
    }

    @Override
    public TranscriptTransaction mapRow(ResultSet rs, int row) throws SQLException {
        return new TranscriptTransaction(rs.getString("transaction_id"), rs.getString("client_id"), tin(rs, "tin"),
                rs.getInt("tax_year"), rs.getString("transaction_code"), date(rs, "transaction_date"),
                rs.getBigDecimal("amount"), rs.getString("description"), rs.getString("cycle"),
                rs.getString("action_code"), source(rs));
    }
}
