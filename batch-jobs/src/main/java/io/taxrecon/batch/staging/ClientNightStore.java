package io.taxrecon.batch.staging;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each night knew of each client, for the next night to decide whether to reconcile it again
 * or carry its conclusions forward: the one place that writes and reads the {@code client_night}
 * table. A chunk's rows commit with its findings; a night run again from the start forgets them.
 */
public final class ClientNightStore {

    /**
     * One client on one night.
     *
     * @param nextChange the first date its answer could change; null when no date can change it
     * @param reconciledOn the night the engine last ran for it (the night itself unless carried)
     * @param settled none of its findings was new that night
     * @param files the workbook and letters written for it, in its night's clients folder
     */
    public record ClientNight(String clientId, String inputsHash, String contextHash, LocalDate nextChange,
            LocalDate reconciledOn, boolean settled, List<String> files) {

        public ClientNight {
            files = List.copyOf(files);
        }

        /** True when the answer it holds is still the answer on {@code runDate}. */
        public boolean answersOn(LocalDate runDate) {
            return nextChange == null || nextChange.isAfter(runDate);
        }
    }

    private final JdbcTemplate jdbc;

    public ClientNightStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets a night's rows, before the night is run (again) from the start. */
    public void forgetNight(LocalDate runDate) {
        jdbc.update("delete from client_night where run_date = ?", runDate);
    }

    public void save(LocalDate runDate, List<ClientNight> clients) {
        List<Object[]> rows = new ArrayList<>();
        for (ClientNight c : clients) {
            rows.add(new Object[] {runDate, c.clientId(), c.inputsHash(), c.contextHash(), c.nextChange(),
                    c.reconciledOn(), c.settled(), String.join("|", c.files())});
        }
        jdbc.batchUpdate("insert into client_night (run_date, client_id, inputs_hash, context_hash, next_change, "
                + "reconciled_on, settled, files) values (?,?,?,?,?,?,?,?)", rows);
    }

    /** What a night knew of one client; empty when that night did not see it (or ran before this was kept). */
    public Optional<ClientNight> ofClient(LocalDate night, String clientId) {
        return jdbc.query("select * from client_night where run_date = ? and client_id = ?",
                (rs, i) -> clientNight(rs), night, clientId).stream().findFirst();
    }

    /**
     * What {@code night} knew of the clients that {@code runDate} may carry without reading them: none
     * of their findings new that night, the same run context, an answer that still holds on
     * {@code runDate}, and not yet decided on {@code runDate} (a step redone after a failure).
     */
    public List<ClientNight> settledClients(LocalDate night, LocalDate runDate, String contextHash) {
        return jdbc.query("select * from client_night c where c.run_date = ? and c.settled and c.context_hash = ? "
                        + "and (c.next_change is null or c.next_change > ?) and not exists (select 1 from client_night t "
                        + "where t.run_date = ? and t.client_id = c.client_id) order by c.client_id",
                (rs, i) -> clientNight(rs), night, contextHash, runDate, runDate);
    }

    /** How many clients a night carried forward without reconciling them. */
    public long carried(LocalDate runDate) {
        return jdbc.queryForObject("select count(*) from client_night where run_date = ? and reconciled_on < run_date",
                Long.class, runDate);
    }

    /** How many clients the engine reconciled on a night. */
    public long reconciled(LocalDate runDate) {
        return jdbc.queryForObject("select count(*) from client_night where run_date = ? and reconciled_on = run_date",
                Long.class, runDate);
    }

    private static ClientNight clientNight(ResultSet rs) throws SQLException {
        Date next = rs.getDate("next_change");
        String files = rs.getString("files");
        return new ClientNight(rs.getString("client_id"), rs.getString("inputs_hash"), rs.getString("context_hash"),
                next == null ? null : next.toLocalDate(), rs.getDate("reconciled_on").toLocalDate(),
                rs.getBoolean("settled"), files == null || files.isEmpty() ? List.of() : Arrays.asList(files.split("\\|")));
    }
}
