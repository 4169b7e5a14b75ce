package io.taxrecon.batch.ingest;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.ingest.Rejection;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stages a chunk of normalised rows of one file: loaded records into their kind's table,
 * rejections into rejected_row. Both commit (or roll back) with the chunk, so a restarted
 * ingestion never stages a row twice.
 */
public final class StagingWriter implements ItemWriter<NormalisedRow> {

    private static final Map<Class<?>, String> INSERTS = Map.of(
            Client.class, "insert into client (client_id, name, tin, spouse_name, spouse_tin, reviewer, "
                    + "file_sha, file_name, sheet, line) values (?,?,?,?,?,?,?,?,?,?)",
            Notice.class, "insert into notice (notice_id, client_id, tin, tax_year, notice_code, notice_date, amount_due, "
                    + "tax_form, response_due_date, tax, penalty, interest, payments_credited, "
                    + "file_sha, file_name, sheet, line) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            TranscriptTransaction.class, "insert into irs_transaction (transaction_id, client_id, tin, tax_year, "
                    + "transaction_code, transaction_date, amount, description, cycle, "
                    + "file_sha, file_name, sheet, line) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            InformationReturn.class, "insert into information_return (document_id, client_id, recipient_tin, tax_year, "
                    + "form_type, payer_name, payer_tin, box, amount, origin, corrected, "
                    + "file_sha, file_name, sheet, line) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ReturnLine.class, "insert into return_line (client_id, tin, tax_year, line, category, amount, tax_form, "
                    + "file_sha, file_name, sheet, line_no) values (?,?,?,?,?,?,?,?,?,?,?)",
            Payment.class, "insert into payment (payment_id, client_id, tin, tax_year, payment_date, amount, method, "
                    + "payment_type, confirmation_number, tax_form, "
                    + "file_sha, file_name, sheet, line) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            Rejection.class, "insert into rejected_row (client_id, column_name, bad_value, reason, "
                    + "file_sha, file_name, sheet, line) values (?,?,?,?,?,?,?,?)");

    private final JdbcTemplate jdbc;
    private final String fileSha;

    public StagingWriter(JdbcTemplate jdbc, String fileSha) {
        this.jdbc = jdbc;
        this.fileSha = fileSha;
    }

    @Override
    public void write(Chunk<? extends NormalisedRow> chunk) {
        Map<Class<?>, List<Object[]>> batches = new LinkedHashMap<>();
        for (NormalisedRow row : chunk) {
            Object item = row instanceof NormalisedRow.Loaded loaded
                    ? loaded.record()
                    : ((NormalisedRow.Rejected) row).rejection();
            batches.computeIfAbsent(item.getClass(), k -> new ArrayList<>()).add(values(item));
        }
        batches.forEach((type, rows) -> jdbc.batchUpdate(INSERTS.get(type), rows));
    }

    private Object[] values(Object item) {
        if (item instanceof Client c) {
            return withSource(c.source(), c.clientId(), c.name(), c.tin().digits(), c.spouseName(),
                    digits(c.spouseTin()), c.reviewer());
        }
        if (item instanceof Notice n) {
            return withSource(n.source(), n.noticeId(), n.clientId(), n.tin().digits(), n.taxYear(),
                    n.noticeCode(), n.noticeDate(), n.amountDue(), n.taxForm(), n.responseDueDate(), n.tax(),
                    n.penalty(), n.interest(), n.paymentsCredited());
        }
        if (item instanceof TranscriptTransaction t) {
            return withSource(t.source(), t.transactionId(), t.clientId(), t.tin().digits(),
                    t.taxYear(), t.transactionCode(), t.transactionDate(), t.amount(), t.description(), t.cycle());
        }
        if (item instanceof InformationReturn i) {
            return withSource(i.source(), i.documentId(), i.clientId(), i.recipientTin().digits(),
                    i.taxYear(), i.formType().name(), i.payerName(), i.payerTin().digits(), i.box(), i.amount(),
                    i.origin().name(), i.corrected());
        }
        if (item instanceof ReturnLine r) {
            return withSource(r.source(), r.clientId(), r.tin().digits(), r.taxYear(), r.line(),
                    r.category().name(), r.amount(), r.taxForm());
        }
        if (item instanceof Payment p) {
            return withSource(p.source(), p.paymentId(), p.clientId(), p.tin().digits(), p.taxYear(),
                    p.paymentDate(), p.amount(), p.method(), p.paymentType(), p.confirmationNumber(), p.taxForm());
        }
        if (item instanceof Rejection r) {
            return withSource(r.source(), r.clientId(), r.column(), r.value(), r.reason());
        }
        throw new IllegalArgumentException("not a staged record: " + item.getClass().getName());
    }

    private Object[] withSource(SourceRef source, Object... values) {
        Object[] row = new Object[values.length + 4];
        System.arraycopy(values, 0, row, 0, values.length);
        row[values.length] = fileSha;
        row[values.length + 1] = source.file();
        row[values.length + 2] = source.sheet();
        row[values.length + 3] = source.line();
        return row;
    }

    private static String digits(Tin tin) {
        return tin == null ? null : tin.digits();
    }
}
