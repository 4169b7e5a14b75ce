package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.ClientIds;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.batch.staging.TranscriptTransactionTable;
import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.Tin;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gathers the staged rows of a run of consecutive clients into the engine's input: one query
 * per table for the whole run (a range of client ids) rather than one per client, because the
 * per-client round trips, not the engine, were what a night's reconciliation spent its time on.
 * Transcript lines are gathered by TIN as well as by client: a payment credited to the spouse's
 * account, or to a TIN with two digits swapped, is only visible that way.
 */
public final class ClientRecordsAssembler {

    /** TINs per "tin = any(?)" query: each row found is checked against the array, so it stays short. */
    private static final int TINS_PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private final RunScope scope;

    public ClientRecordsAssembler(JdbcTemplate jdbc, RunScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The records of these clients (those of them with a client row tonight), in client id order. */
    public List<ClientRecords> assemble(ClientIds ids) {
        // A client exported again on a later night: the latest staged row is the one that counts.
        Map<String, Client> clients = new LinkedHashMap<>();
        jdbc.query(StagedTables.CLIENTS.clientsInLoadOrder(scope, ids), rs -> {
            Client client = StagedTables.CLIENTS.mapRow(rs, 0);
            clients.put(client.clientId(), client);
        }, ids.args());
        if (clients.isEmpty()) {
            return List.of();
        }
        Map<String, List<Notice>> notices = byClient(StagedTables.NOTICES, Notice::clientId, ids);
        Map<String, List<InformationReturn>> documents = byClient(StagedTables.INFORMATION_RETURNS,
                InformationReturn::clientId, ids);
        Map<String, List<ReturnLine>> returnLines = byClient(StagedTables.RETURN_LINES, ReturnLine::clientId, ids);
        Map<String, List<Payment>> payments = byClient(StagedTables.PAYMENTS, Payment::clientId, ids);
        Map<String, Long> rejected = new HashMap<>();
        jdbc.query(StagedTables.REJECTED_ROWS.countsOfClients(scope, ids), rs -> {
            rejected.put(rs.getString(1), rs.getLong(2));
        }, ids.args());
        TranscriptPool transcripts = transcripts(clients.values(), ids);

        List<ClientRecords> records = new ArrayList<>(clients.size());
        for (Client client : clients.values()) {
            String id = client.clientId();
            records.add(new ClientRecords(client, notices.getOrDefault(id, List.of()), transcripts.of(client),
                    documents.getOrDefault(id, List.of()), returnLines.getOrDefault(id, List.of()),
                    payments.getOrDefault(id, List.of()), rejected.getOrDefault(id, 0L)));
        }
        return records;
    }

    private <T> Map<String, List<T>> byClient(StagedTable<T> table, Function<T, String> clientId, ClientIds ids) {
        Map<String, List<T>> rows = new HashMap<>();
        jdbc.query(table.rowsOfClients(scope, ids), rs -> {
            T row = table.mapRow(rs, 0);
            rows.computeIfAbsent(clientId.apply(row), k -> new ArrayList<>()).add(row);
        }, ids.args());
        return rows;
    }

    /**
     * The transcript lines of these clients, and those of other clients' rows filed under a
     * TIN one of these clients may have paid to: the client's and spouse's TINs and their
     * adjacent-digit transpositions.
     */
    private TranscriptPool transcripts(Collection<Client> clients, ClientIds ids) {
        TranscriptPool pool = new TranscriptPool();
        TranscriptTransactionTable table = StagedTables.IRS_TRANSACTIONS;
        jdbc.query(table.rowsOfClients(scope, ids), rs -> {
            pool.add(table.mapRow(rs, 0));
        }, ids.args());
        List<String> tins = clients.stream().flatMap(c -> tinsOf(c).stream()).map(Tin::digits).distinct().toList();
        for (int from = 0; from < tins.size(); from += TINS_PER_QUERY) {
            String[] slice = tins.subList(from, Math.min(tins.size(), from + TINS_PER_QUERY)).toArray(String[]::new);
            // rows of these clients were read above: each staged row enters the pool once
            Object[] args = ids.argsAfter((Object) slice); // the slice is one array parameter
            jdbc.query(table.onTinsOutsideClients(scope, ids), rs -> {
                pool.add(table.mapRow(rs, 0));
            }, args);
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
}
