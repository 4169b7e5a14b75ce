package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.ClientIds;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.core.engine.ClientRecords;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the clients of one range of client ids (a partition), each with all its records, in
 * client id order. Clients are fetched and assembled a batch at a time (a batch is a run of
 * consecutive ids, so each table is read with one range query per batch).
 *
 * <p>Restartable: at each commit it saves the id of the last client handed out, and a restart
 * resumes with the next id. Ids compare in the database's order throughout, so the bounds, the
 * batches and the restart point agree whatever the collation.
 */
public final class ClientBatchReader implements ItemStreamReader<ClientRecords> {

    static final String LAST_CLIENT_ID = "clientBatches.lastClientId";

    private final JdbcTemplate jdbc;
    private final ClientRecordsAssembler assembler;
    private final String fromId;   // inclusive; null: from the first client
    private final String toId;     // exclusive; null: to the last client
    private final int batchSize;
    private final RunScope scope;
    private final LocalDate decidedOn; // null: every client of the range
    private final Deque<ClientRecords> batch = new ArrayDeque<>();
    private String lastFetchedId;  // the last id of the batch in hand
    private String lastReadId;     // the last id handed out
    private boolean exhausted;

    public ClientBatchReader(JdbcTemplate jdbc, RunScope scope, ClientRecordsAssembler assembler, String fromId,
            String toId, int batchSize) {
        this(jdbc, scope, assembler, fromId, toId, batchSize, null);
    }

    /** @param decidedOn skip the clients whose night {@code decidedOn} is already recorded (carried); null: none */
    public ClientBatchReader(JdbcTemplate jdbc, RunScope scope, ClientRecordsAssembler assembler, String fromId,
            String toId, int batchSize, LocalDate decidedOn) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.jdbc = jdbc;
        this.scope = scope;
        this.assembler = assembler;
        this.fromId = fromId;
        this.toId = toId;
        this.batchSize = batchSize;
        this.decidedOn = decidedOn;
    }

    @Override
    public void open(ExecutionContext context) {
        lastReadId = context.containsKey(LAST_CLIENT_ID) ? context.getString(LAST_CLIENT_ID) : null;
        lastFetchedId = lastReadId;
        batch.clear();
        exhausted = false;
    }

    @Override
    public ClientRecords read() {
        while (batch.isEmpty() && !exhausted) {
            fetchNextBatch();
        }
        ClientRecords next = batch.poll();
        if (next != null) {
            lastReadId = next.client().clientId();
        }
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        if (lastReadId != null) {
            context.putString(LAST_CLIENT_ID, lastReadId);
        }
    }

    @Override
    public void close() {
        batch.clear();
    }

    private void fetchNextBatch() {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where " + scope.rows());
        if (lastFetchedId != null) {
            where.append(" and client_id > ?");
            args.add(lastFetchedId);
        } else if (fromId != null) {
            where.append(" and client_id >= ?");
            args.add(fromId);
        }
        if (toId != null) {
            where.append(" and client_id < ?");
            args.add(toId);
        }
        // distinct, not group by: H2 then stops at the batch's last id instead of grouping the rest of the range
        List<String> ids = jdbc.queryForList("select distinct client_id from client" + where
                + " order by client_id fetch first " + batchSize + " rows only",
                String.class, args.toArray());
        if (ids.isEmpty()) {
            exhausted = true;
            return;
        }
        lastFetchedId = ids.get(ids.size() - 1);
        if (decidedOn == null) {
            batch.addAll(assembler.assemble(ClientIds.between(ids.get(0), lastFetchedId)));
            return;
        }
        // clients carried before this step ran (carryUnchangedClients) are decided already: the rest
        // of the batch is read with one query per table, by range when none was carried, else as a list
        Set<String> decided = new HashSet<>(jdbc.queryForList("select client_id from client_night where run_date = ? "
                + "and client_id between ? and ?", String.class, decidedOn, ids.get(0), lastFetchedId));
        List<String> undecided = ids.stream().filter(id -> !decided.contains(id)).toList();
        if (undecided.size() == ids.size()) {
            batch.addAll(assembler.assemble(ClientIds.between(ids.get(0), lastFetchedId)));
        } else if (!undecided.isEmpty()) {
            batch.addAll(assembler.assemble(ClientIds.listed(undecided)));
        }
    }
}
