package io.taxrecon.batch.staging;

import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.core.worklist.ReviewStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the reviewers wrote on the worklist, night after night: the one place that writes and reads
 * the {@code review_entry} and {@code worklist_read} tables. An entry is never deleted or updated:
 * a change is a new row, and the latest row of a key (the highest id) is the entry that stands, so
 * nothing a run does later (a kill, a restart, a re-run, a worklist that cannot be read) can take
 * back a word once stored.
 */
public final class ReviewEntryStore {

    /** How a run's reading of the worklist went, for run-summary.json and the console. */
    public enum Outcome { READ, MISSING, UNREADABLE }

    /**
     * One reading of the worklist.
     *
     * @param entriesRead the entries in which the reviewer wrote something
     * @param message the one-line reason of an unreadable worklist (or the reader's warnings); null when none
     * @param setAsideAs the name the unreadable worklist was kept under; null when none
     */
    public record WorklistReading(Outcome outcome, int entriesRead, String message, String setAsideAs) {
    }

    private static final String LATEST = "select e.* from review_entry e join (select finding_key, max(id) as id "
            + "from review_entry %s group by finding_key) l on l.id = e.id";

    private final JdbcTemplate jdbc;

    public ReviewEntryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the entries read on {@code readOn}: each one that differs from the entry standing for
     * its key (a blank one included: a reviewer who clears a note means it; a blank entry where
     * none stands says nothing new). Entries that did not change add no row, so storing the same
     * reading twice (a restart) changes nothing.
     *
     * @return the rows added
     */
    public int store(LocalDate readOn, Collection<ReviewEntry> read) {
        Map<FindingKey, ReviewEntry> standing = new HashMap<>();
        for (ReviewEntry e : latest()) {
            standing.put(e.key(), e);
        }
        List<Object[]> rows = new ArrayList<>();
        for (ReviewEntry e : read) {
            if (!sameWords(standing.get(e.key()), e)) {
                rows.add(new Object[] {e.key().text(), e.key().clientId(), e.status() == null ? null : e.status().name(),
                        e.assignedTo(), e.followUp(), e.note(), readOn});
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("insert into review_entry (finding_key, client_id, status, assigned_to, follow_up, note, "
                + "read_on) values (?,?,?,?,?,?,?)", rows);
        return rows.size();
    }

    /** The clients with an entry read after {@code after} and on or before {@code upTo}: what a reviewer changed since. */
    public Set<String> clientsWithEntriesReadBetween(LocalDate after, LocalDate upTo) {
        return new HashSet<>(jdbc.queryForList("select distinct client_id from review_entry where read_on > ? "
                + "and read_on <= ?", String.class, after, upTo));
    }

    /** The entry standing for every key. */
    public List<ReviewEntry> latest() {
        return jdbc.query(LATEST.formatted(""), (rs, i) -> entry(rs)).stream().filter(Objects::nonNull).toList();
    }

    /** The entry standing for every key of the clients whose ids lie between the two (both included). */
    public List<ReviewEntry> latestOfClients(String firstId, String lastId) {
        return jdbc.query(LATEST.formatted("where client_id between ? and ?"), (rs, i) -> entry(rs), firstId, lastId)
                .stream().filter(Objects::nonNull).toList();
    }

    /** Records how the worklist's reading went on a run date. */
    public void recordReading(LocalDate runDate, WorklistReading reading) {
        jdbc.update("insert into worklist_read (run_date, outcome, entries_read, message, set_aside_as) "
                + "values (?,?,?,?,?)", runDate, reading.outcome().name(), reading.entriesRead(), reading.message(),
                reading.setAsideAs());
    }

    /** The latest reading of the worklist on a run date; empty when the run has not read it. */
    public Optional<WorklistReading> lastReading(LocalDate runDate) {
        return jdbc.query("select * from worklist_read where run_date = ? order by id desc",
                (rs, i) -> new WorklistReading(Outcome.valueOf(rs.getString("outcome")), rs.getInt("entries_read"),
                        rs.getString("message"), rs.getString("set_aside_as")), runDate).stream().findFirst();
    }

    /** True when {@code read} says what {@code standing} says; a blank entry says what no entry says. */
    private static boolean sameWords(ReviewEntry standing, ReviewEntry read) {
        if (standing == null) {
            return read.isBlank();
        }
        return status(standing) == status(read) && Objects.equals(standing.assignedTo(), read.assignedTo())
                && Objects.equals(standing.followUp(), read.followUp()) && Objects.equals(standing.note(), read.note());
    }

    private static ReviewStatus status(ReviewEntry e) {
        return e.status() == null ? ReviewStatus.OPEN : e.status(); // the worklist shows no status as Open
    }

    /** Null for a key that no longer parses (the format of keys changed): the row stays stored, unused. */
    private static ReviewEntry entry(ResultSet rs) throws SQLException {
        FindingKey key = FindingKey.parse(rs.getString("finding_key")).orElse(null);
        if (key == null) {
            return null;
        }
        String status = rs.getString("status");
        Date followUp = rs.getDate("follow_up");
        return new ReviewEntry(key, status == null ? null : ReviewStatus.valueOf(status), rs.getString("assigned_to"),
                followUp == null ? null : followUp.toLocalDate(), rs.getString("note"),
                rs.getDate("read_on").toLocalDate());
    }
}
