package io.taxrecon.batch.reconcile;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gathers one client's staged rows into the engine's input. Transcript lines are gathered by TIN
 * as well as by client: a payment credited to the spouse's account, or to a TIN with two digits
 * swapped, is only visible that way.
 */
public final class ClientRecordsAssembler {

    private final JdbcTemplate jdbc;

    public ClientRecordsAssembler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The client's records, or null when no clients row exists for the id. */
    public ClientRecords assemble(String clientId) {
        // A client exported again on a later night: the latest staged row is the one that counts.
        List<Client> clients = jdbc.query("select c.* from client c join input_file f on f.file_sha = c.file_sha "
                + "where c.client_id = ? order by f.loaded_on, c.file_name, c.line", this::client, clientId);
        if (clients.isEmpty()) {
            return null;
        }
        Client client = clients.get(clients.size() - 1);
        return new ClientRecords(client,
                jdbc.query("select * from notice where client_id = ?", this::notice, clientId),
                transactions(client),
                jdbc.query("select * from information_return where client_id = ?", this::informationReturn, clientId),
                jdbc.query("select * from return_line where client_id = ?", this::returnLine, clientId),
                jdbc.query("select * from payment where client_id = ?", this::payment, clientId),
                jdbc.queryForObject("select count(*) from rejected_row where client_id = ?", Long.class, clientId));
    }

    private List<TranscriptTransaction> transactions(Client client) {
        Set<Tin> tins = new LinkedHashSet<>();
        tins.add(client.tin());
        tins.addAll(client.tin().adjacentTranspositions());
        if (client.spouseTin() != null) {
            tins.add(client.spouseTin());
            tins.addAll(client.spouseTin().adjacentTranspositions());
        }
        String placeholders = tins.stream().map(t -> "?").collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>();
        args.add(client.clientId());
        tins.forEach(t -> args.add(t.digits()));
        return jdbc.query("select * from irs_transaction where client_id = ? or tin in (" + placeholders + ")",
                this::transaction, args.toArray());
    }

    private Client client(ResultSet rs, int row) throws SQLException {
        return new Client(rs.getString("client_id"), rs.getString("name"), tin(rs, "tin"), rs.getString("spouse_name"),
                tin(rs, "spouse_tin"), rs.getString("reviewer"), source(rs, "line"));
    }

    private Notice notice(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getString("notice_id"), rs.getString("client_id"), tin(rs, "tin"), rs.getInt("tax_year"),
                rs.getString("notice_code"), date(rs, "notice_date"), rs.getBigDecimal("amount_due"),
                rs.getString("tax_form"), date(rs, "response_due_date"), rs.getBigDecimal("tax"),
                rs.getBigDecimal("penalty"), rs.getBigDecimal("interest"), rs.getBigDecimal("payments_credited"),
                source(rs, "line"));
    }

    private TranscriptTransaction transaction(ResultSet rs, int row) throws SQLException {
        return new TranscriptTransaction(rs.getString("transaction_id"), rs.getString("client_id"), tin(rs, "tin"),
                rs.getInt("tax_year"), rs.getString("transaction_code"), date(rs, "transaction_date"),
                rs.getBigDecimal("amount"), rs.getString("description"), rs.getString("cycle"), source(rs, "line"));
    }

    private InformationReturn informationReturn(ResultSet rs, int row) throws SQLException {
        return new InformationReturn(rs.getString("document_id"), rs.getString("client_id"),
                tin(rs, "recipient_tin"), rs.getInt("tax_year"), FormType.valueOf(rs.getString("form_type")),
                rs.getString("payer_name"), tin(rs, "payer_tin"), rs.getString("box"), rs.getBigDecimal("amount"),
                InformationReturn.Origin.valueOf(rs.getString("origin")), rs.getBoolean("corrected"),
                source(rs, "line"));
    }

    private ReturnLine returnLine(ResultSet rs, int row) throws SQLException {
        return new ReturnLine(rs.getString("client_id"), tin(rs, "tin"), rs.getInt("tax_year"), rs.getString("line"),
                Category.valueOf(rs.getString("category")), rs.getBigDecimal("amount"), rs.getString("tax_form"),
                source(rs, "line_no"));
    }

    private Payment payment(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getString("payment_id"), rs.getString("client_id"), tin(rs, "tin"), rs.getInt("tax_year"),
                date(rs, "payment_date"), rs.getBigDecimal("amount"), rs.getString("method"),
                rs.getString("payment_type"), rs.getString("confirmation_number"), rs.getString("tax_form"),
                source(rs, "line"));
    }

    private static SourceRef source(ResultSet rs, String lineColumn) throws SQLException {
        return new SourceRef(rs.getString("file_name"), rs.getString("sheet"), rs.getLong(lineColumn));
    }

    private static Tin tin(ResultSet rs, String column) throws SQLException {
        String digits = rs.getString(column);
        return digits == null ? null : Tin.of(digits);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
