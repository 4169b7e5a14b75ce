package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.ingest.InputFileLedger;
import io.taxrecon.batch.ingest.InputFileLedger.RunInput;
import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clients whose inputs may differ between two nights without reading any client's rows: those
 * with a staged or rejected row in a file one night's inbox holds and the other's does not, and
 * those whose reviewer entries were read in between. Every other client sees the same staged rows,
 * with the same files and lines, on both nights. Over-inclusive by design: a client named here is
 * only read and compared, never assumed changed.
 */
public final class ChangedClients {

    private static final List<String> TABLE_FILES = List.of(".csv", ".xlsx", ".xls");

    private final JdbcTemplate jdbc;
    private final InputFileLedger ledger;
    private final ReviewEntryStore entries;

    public ChangedClients(JdbcTemplate jdbc, InputFileLedger ledger, ReviewEntryStore entries) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.entries = entries;
    }

    /** The clients that may have changed from {@code previous} to {@code tonight}. */
    public Set<String> between(LocalDate previous, LocalDate tonight) {
        Map<String, RunInput> before = bySha(ledger.runInputs(previous));
        Map<String, RunInput> after = bySha(ledger.runInputs(tonight));
        Set<String> changed = new HashSet<>(entries.clientsWithEntriesReadBetween(previous, tonight));
        for (RunInput file : onlyIn(before, after)) {
            changed.addAll(clientsOf(file));
        }
        for (RunInput file : onlyIn(after, before)) {
            changed.addAll(clientsOf(file));
        }
        return changed;
    }

    private Set<String> clientsOf(RunInput file) {
        Set<String> clients = new HashSet<>();
        for (StagedTable<?> table : tablesOf(file)) {
            clients.addAll(jdbc.queryForList("select distinct client_id from " + table.name()
                    + " where file_sha = ? and client_id is not null", String.class, file.sha256()));
        }
        return clients;
    }

    /** A table file stages into its kind's table or the rejects; a transcript (any other file) into any table. */
    private static List<StagedTable<?>> tablesOf(RunInput file) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (TABLE_FILES.stream().anyMatch(name::endsWith)) {
            return List.of(StagedTables.of(file.kind()), StagedTables.REJECTED_ROWS);
        }
        return StagedTables.all();
    }

    private static List<RunInput> onlyIn(Map<String, RunInput> these, Map<String, RunInput> others) {
        List<RunInput> only = new ArrayList<>();
        these.forEach((sha, file) -> {
            if (!others.containsKey(sha)) {
                only.add(file);
            }
        });
        return only;
    }

    private static Map<String, RunInput> bySha(List<RunInput> inputs) {
        return inputs.stream().collect(Collectors.toMap(RunInput::sha256, Function.identity(), (a, b) -> a));
    }
}
