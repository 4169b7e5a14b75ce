package io.taxrecon.batch.staging;

import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.values.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code payment} table: the clients' payment records. */
public final class PaymentTable extends StagedTable<Payment> {

    PaymentTable() {
        super("payment", Payment.class, "line", "payment_id", "client_id", "tin", "tax_year", "payment_date", "amount",
                "method", "payment_type", "confirmation_number", "tax_form");
    }

    @Override
    protected Object[] values(Payment p) {
        return new Object[] {p.paymentId(), p.clientId(), p.tin().digits(), p.taxYear(), p.paymentDate(), p.amount(),
                p.method(), p.paymentType(), p.confirmationNumber(), p.taxForm()};
    }

    @Override
    protected SourceRef source(Payment p) {
        return p.source();
    }

    @Override
    public Payment mapRow(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getString("payment_id"), rs.getString("client_id"), tin(rs, "tin"), rs.getInt("tax_year"),
                date(rs, "payment_date"), rs.getBigDecimal("amount"), rs.getString("method"),
                rs.getString("payment_type"), rs.getString("confirmation_number"), rs.getString("tax_form"),
                source(rs));
    }
}
