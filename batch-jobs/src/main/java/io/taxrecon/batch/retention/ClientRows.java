package io.taxrecon.batch.retention;

import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one client's rows are across the staging store: the staged rows of every input kind and
 * the rejects that name the client ({@link StagedTables}), and what the nights concluded about
 * the client (findings, summary lines, reasons a finding left, penalty figures) and what the
 * reviewer wrote about them. Every one of these tables has a {@code client_id} column.
 */
public final class ClientRows {

    /** The tables of the nights' conclusions and the reviewer's entries, by client. */
    private static final List<String> CONCLUSIONS = List.of(
            "finding", "client_summary", "resolved_finding", "penalty_figure", "client_night", "review_entry");
    /** Where the store looks clients up by file ({@code FileClients}, {@code FileRowIdentities}). */
    private static final List<String> LOOKUPS = List.of("file_client", "file_row_identity");
    /** The conclusions kept per run date. */
    private static final List<String> BY_NIGHT = List.of("finding", "client_summary", "resolved_finding", "penalty_figure",
            "client_night");

    private final JdbcTemplate jdbc;

    public ClientRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every table that holds rows of a client, the staged ones first. */
    public static List<String> tables() {
        List<String> tables = new ArrayList<>();
        for (StagedTable<?> table : StagedTables.all()) {
            tables.add(table.name());
        }
        tables.addAll(CONCLUSIONS);
        tables.addAll(LOOKUPS);
        return tables;
    }

    /** The client's rows per table (tables without any left out). */
    public Map<String, Long> count(String clientId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables()) {
            long n = jdbc.queryForObject("select count(*) from " + table + " where client_id = ?", Long.class, clientId);
            if (n > 0) {
                counts.put(table, n);
            }
        }
        return counts;
    }

    /** Deletes the client's rows from every table. */
    public void delete(String clientId) {
        for (String table : tables()) {
            jdbc.update("delete from " + table + " where client_id = ?", clientId);
        }
    }

    /** The nights that concluded anything about the client. */
    public Set<LocalDate> nights(String clientId) {
        Set<LocalDate> nights = new TreeSet<>();
        for (String table : BY_NIGHT) {
            nights.addAll(jdbc.queryForList("select distinct run_date from " + table + " where client_id = ?",
                    LocalDate.class, clientId));
        }
        return nights;
    }

    /** The ids of the client's notices (a draft letter's file name is made of one). */
    public List<String> noticeIds(String clientId) {
        return jdbc.queryForList("select distinct notice_id from " + StagedTables.NOTICES.name() + " where client_id = ?",
                String.class, clientId);
    }

    /** Where each of the client's rejected rows was in its file, as rejects.csv shows it. */
    public Set<RejectedLine> rejectedLines(String clientId) {
        return new HashSet<>(jdbc.query("select file_name, sheet, " + StagedTables.REJECTED_ROWS.lineColumn()
                + " from " + StagedTables.REJECTED_ROWS.name() + " where client_id = ?",
                (rs, n) -> new RejectedLine(rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3))), clientId));
    }

    /** A rejected row's place: file, sheet (blank for CSV) and line, as rejects.csv writes them. */
    public record RejectedLine(String file, String sheet, String line) {
        public RejectedLine {
            sheet = sheet == null ? "" : sheet;
        }
    }
}
