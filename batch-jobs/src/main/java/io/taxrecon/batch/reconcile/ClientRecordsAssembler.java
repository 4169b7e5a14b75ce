package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.RunScope;
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
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Gathers the staged rows of a run of consecutive clients into the engine's input: one query
 * per table for the whole run (a range of client ids) rather than one per client, because the
 * per-client round trips, not the engine, were what a night's reconciliation spent its time on.
 * Transcript lines are gathered by TIN as well as by client: a payment credited to the spouse's
 * account, or to a TIN with two digits swapped, is only visible that way.
 */
public final class ClientRecordsAssembler {

    /** TINs per "tin in (...)" query: well below any driver's limit on parameters. */
    private static final int TINS_PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private final RunScope scope;

    public ClientRecordsAssembler(JdbcTemplate jdbc, RunScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /**
     * The records of every client whose id lies between {@code firstId} and {@code lastId} (both
     * included, in the database's order), in client id order.
     */
    public List<ClientRecords> assemble(String firstId, String lastId) {
        // A client exported again on a later night: the latest staged row is the one that counts.
        Map<String, Client> clients = new LinkedHashMap<>();
        jdbc.query("select c.* from client c join input_file f on f.file_sha = c.file_sha "
                + "where c.client_id between ? and ? and " + scope.rows("c")
                + " order by c.client_id, f.loaded_on, c.file_name, c.line",
                rs -> {
                    Client client = client(rs, 0);
                    clients.put(client.clientId(), client);
                }, firstId, lastId);
        if (clients.isEmpty()) {
            return List.of();
        }
        Map<String, List<Notice>> notices = byClient("notice", this::notice, Notice::clientId, firstId, lastId);
        Map<String, List<InformationReturn>> documents = byClient("information_return", this::informationReturn,
                InformationReturn::clientId, firstId, lastId);
        Map<String, List<ReturnLine>> returnLines = byClient("return_line", this::returnLine, ReturnLine::clientId,
                firstId, lastId);
        Map<String, List<Payment>> payments = byClient("payment", this::payment, Payment::clientId, firstId, lastId);
        Map<String, Long> rejected = new HashMap<>();
        jdbc.query("select client_id, count(*) from rejected_row where client_id between ? and ? and " + scope.rows()
                + " group by client_id",
                rs -> {
                    rejected.put(rs.getString(1), rs.getLong(2));
                }, firstId, lastId);
        TranscriptPool transcripts = transcripts(clients.values(), firstId, lastId);

        List<ClientRecords> records = new ArrayList<>(clients.size());
        for (Client client : clients.values()) {
            String id = client.clientId();
            records.add(new ClientRecords(client, notices.getOrDefault(id, List.of()), transcripts.of(client),
                    documents.getOrDefault(id, List.of()), returnLines.getOrDefault(id, List.of()),
                    payments.getOrDefault(id, List.of()), rejected.getOrDefault(id, 0L)));
        }
        return records;
    }

    private <T> Map<String, List<T>> byClient(String table, RowMapper<T> mapper, Function<T, String> clientId,
            String firstId, String lastId) {
        Map<String, List<T>> rows = new HashMap<>();
        jdbc.query("select * from " + table + " where client_id between ? and ? and " + scope.rows(), rs -> {
            T row = mapper.mapRow(rs, 0);
            rows.computeIfAbsent(clientId.apply(row), k -> new ArrayList<>()).add(row);
        }, firstId, lastId);
        return rows;
    }

    /**
     * The transcript lines of the range's clients, and those of other clients' rows filed under a
     * TIN one of these clients may have paid to: the client's and spouse's TINs and their
     * adjacent-digit transpositions.
     */
    private TranscriptPool transcripts(Collection<Client> clients, String firstId, String lastId) {
        TranscriptPool pool = new TranscriptPool();
        jdbc.query("select * from irs_transaction where client_id between ? and ? and " + scope.rows(),
                rs -> {
                    pool.add(transaction(rs, 0));
                }, firstId, lastId);
        List<String> tins = clients.stream().flatMap(c -> tinsOf(c).stream()).map(Tin::digits).distinct().toList();
        for (int from = 0; from < tins.size(); from += TINS_PER_QUERY) {
            List<String> slice = tins.subList(from, Math.min(tins.size(), from + TINS_PER_QUERY));
            List<Object> args = new ArrayList<>(slice);
            args.add(firstId);
            args.add(lastId);
            // rows of the range itself were read above: each staged row enters the pool once
            jdbc.query("select * from irs_transaction where tin in ("
                    + slice.stream().map(t -> "?").collect(Collectors.joining(","))
                    + ") and not (client_id between ? and ?) and " + scope.rows(), rs -> {
                        pool.add(transaction(rs, 0));
                    }, args.toArray());
        }
        return pool;
    }

    private static Set<Tin> tinsOf(Client client) {
        Set<Tin> tins = new LinkedHashSet<>();
        tins.add(client.tin());
        tins.addAll(client.tin().adjacentTranspositions());
        if (client.spouseTin() != null) {
            tins.add(client.spouseTin());
            tins.addAll(client.spouseTin().adjacentTranspositions());
        }
        return tins;
    }

    /** Transcript lines indexed by client and by TIN; each staged row is one object here. */
    private static final class TranscriptPool {

        private final Map<String, List<TranscriptTransaction>> byClient = new HashMap<>();
        private final Map<Tin, List<TranscriptTransaction>> byTin = new HashMap<>();

        void add(TranscriptTransaction t) {
            byClient.computeIfAbsent(t.clientId(), k -> new ArrayList<>()).add(t);
            byTin.computeIfAbsent(t.tin(), k -> new ArrayList<>()).add(t);
        }

        /** The client's own lines and every line on one of its TINs, each once. */
        List<TranscriptTransaction> of(Client client) {
            // identity, not equality: two staged rows that happen to be equal are still two rows
            Set<TranscriptTransaction> lines = Collections.newSetFromMap(new IdentityHashMap<>());
            List<TranscriptTransaction> ordered = new ArrayList<>();
            for (TranscriptTransaction t : byClient.getOrDefault(client.clientId(), List.of())) {
                if (lines.add(t)) {
                    ordered.add(t);
                }
            }
            for (Tin tin : tinsOf(client)) {
                for (TranscriptTransaction t : byTin.getOrDefault(tin, List.of())) {
                    if (lines.add(t)) {
                        ordered.add(t);
                    }
                }
            }
            return ordered;
        }
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
