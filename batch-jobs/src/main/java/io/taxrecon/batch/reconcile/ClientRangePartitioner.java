package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.RunScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits the staged clients into {@code gridSize} ranges of consecutive client ids of about the
 * same number of clients. A partition's context holds only its bounds and its client count
 * (strings and a number), so a worker in another process can run it as well as a local thread.
 *
 * <p>The bounds are found by the database (the n-th id in its order), never by loading every id:
 * the manager's memory does not grow with the firm.
 */
public final class ClientRangePartitioner implements Partitioner {

    /** First client id of the range, inclusive; absent for the first range. */
    public static final String FROM_CLIENT_ID = "fromClientId";
    /** First client id after the range, exclusive; absent for the last range. */
    public static final String TO_CLIENT_ID = "toClientId";
    /** Clients in the range, for progress and ETA. */
    public static final String CLIENT_COUNT = "clientCount";

    private final JdbcTemplate jdbc;
    private final RunScope scope;

    public ClientRangePartitioner(JdbcTemplate jdbc, RunScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        long clients = jdbc.queryForObject("select count(distinct client_id) from client where " + scope.rows(),
                Long.class);
        int ranges = (int) Math.max(1, Math.min(gridSize, clients));
        List<String> starts = new ArrayList<>();
        starts.add(null);
        for (int i = 1; i < ranges; i++) {
            long offset = clients * i / ranges;
            starts.add(jdbc.queryForObject("select client_id from client where " + scope.rows() + " group by client_id order by client_id "
                    + "offset " + offset + " rows fetch next 1 rows only", String.class));
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < ranges; i++) {
            ExecutionContext context = new ExecutionContext();
            if (starts.get(i) != null) {
                context.putString(FROM_CLIENT_ID, starts.get(i));
            }
            if (i + 1 < ranges) {
                context.putString(TO_CLIENT_ID, starts.get(i + 1));
            }
            context.putLong(CLIENT_COUNT, clients * (i + 1) / ranges - clients * i / ranges);
            partitions.put(String.format("clients%02d", i), context);
        }
        return partitions;
    }
}
