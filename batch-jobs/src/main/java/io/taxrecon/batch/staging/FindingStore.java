package io.taxrecon.batch.staging;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.reports.firmsummary.ClientSummary;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each night concluded, per run date: the findings of every client and its summary line.
 * The one place that writes and reads the {@code finding} and {@code client_summary} tables; a
 * night's conclusions are replaced whole when its date is run again.
 */
public final class FindingStore {

    /** What one client concluded: its findings, in the engine's order, and its summary line. */
    public record Conclusion(String clientId, List<Finding> findings, ClientSummary summary) {
    }

    private final JdbcTemplate jdbc;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets a night's conclusions, before the night is run (again) from the start. */
    public void forgetNight(LocalDate runDate) {
        jdbc.update("delete from finding where run_date = ?", runDate);
        jdbc.update("delete from client_summary where run_date = ?", runDate);
    }

    /** Keeps the conclusions of a chunk of clients; they commit (or roll back) with the chunk. */
    public void save(LocalDate runDate, List<Conclusion> conclusions) {
        List<Object[]> findings = new ArrayList<>();
        List<Object[]> summaries = new ArrayList<>();
        for (Conclusion c : conclusions) {
            int position = 0;
            for (Finding f : c.findings()) {
                findings.add(new Object[] {runDate, c.clientId(), position++, f.taxYear(), f.type().name(),
                        f.severity().name(), f.reference(), f.irsAmount(), f.clientAmount(), f.difference(),
                        f.noticeId(), f.dueDate(), f.explanation(), f.recommendedAction(), evidence(f.evidence())});
            }
            ClientSummary s = c.summary();
            summaries.add(new Object[] {runDate, c.clientId(), s.clientName(), s.maskedTin(), s.reviewer(),
                    s.topSeverity() == null ? null : s.topSeverity().name(),
                    s.topSeverity() == null ? 9 : s.topSeverity().ordinal(), s.minDaysLeft(), s.amountAtStake(),
                    counts(s.findingCounts()), c.findings().size(), s.noticeCount(), s.dataIncomplete(),
                    s.workbookFileName()});
        }
        jdbc.batchUpdate("insert into finding (run_date, client_id, position, tax_year, finding_type, severity, "
                + "reference, irs_amount, client_amount, difference, notice_id, due_date, explanation, "
                + "recommended_action, evidence) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", findings);
        jdbc.batchUpdate("insert into client_summary (run_date, client_id, client_name, masked_tin, reviewer, "
                + "top_severity, severity_rank, min_days_left, amount_at_stake, finding_counts, finding_total, "
                + "notice_count, data_incomplete, workbook) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", summaries);
    }

    /**
     * Hands a night's findings to {@code each}, by client id then in each client's order, streamed
     * from the database. The evidence stays in the store: the outputs that read this carry none.
     */
    public void forEachFinding(LocalDate runDate, Consumer<Finding> each) {
        jdbc.query("select * from finding where run_date = ? order by client_id, position",
                rs -> {
                    each.accept(finding(rs));
                }, runDate);
    }

    /** How many findings of each type a night found, every type present (zero when none). */
    public Map<String, Long> countsByType(LocalDate runDate) {
        Map<String, Long> byType = new LinkedHashMap<>();
        for (FindingType type : FindingType.values()) {
            byType.put(type.name(), 0L);
        }
        jdbc.query("select finding_type, count(*) from finding where run_date = ? group by finding_type",
                rs -> {
                    byType.put(rs.getString(1), rs.getLong(2));
                }, runDate);
        return byType;
    }

    /** The summary lines of the clients a night wrote a workbook for, in no particular order. */
    public List<ClientSummary> clientsWithWorkbooks(LocalDate runDate) {
        return jdbc.query("select * from client_summary where run_date = ? and workbook is not null",
                (rs, i) -> clientSummary(rs), runDate);
    }

    public long clientsSeen(LocalDate runDate) {
        return count("select count(*) from client_summary where run_date = ?", runDate);
    }

    public long clientsWithFindings(LocalDate runDate) {
        return count("select count(*) from client_summary where run_date = ? and finding_total > 0", runDate);
    }

    public long workbooksWritten(LocalDate runDate) {
        return count("select count(*) from client_summary where run_date = ? and workbook is not null", runDate);
    }

    private long count(String sql, LocalDate runDate) {
        return jdbc.queryForObject(sql, Long.class, runDate);
    }

    static String evidence(List<SourceRef> evidence) {
        return evidence.stream().map(SourceRef::toString).collect(Collectors.joining("; "));
    }

    /** "UNPOSTED_PAYMENT=2;WITHHOLDING_MISMATCH=1", in finding-type order. */
    static String counts(Map<FindingType, Integer> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_date");
        return new Finding(rs.getString("client_id"), rs.getInt("tax_year"),
                FindingType.valueOf(rs.getString("finding_type")), Severity.valueOf(rs.getString("severity")),
                rs.getString("reference"), rs.getBigDecimal("irs_amount"), rs.getBigDecimal("client_amount"),
                rs.getBigDecimal("difference"), rs.getString("notice_id"), due == null ? null : due.toLocalDate(),
                rs.getString("explanation"), rs.getString("recommended_action"), List.of());
    }

    private static ClientSummary clientSummary(ResultSet rs) throws SQLException {
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        String encoded = rs.getString("finding_counts");
        if (!encoded.isEmpty()) {
            for (String pair : encoded.split(";")) {
                String[] kv = pair.split("=");
                counts.put(FindingType.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        String severity = rs.getString("top_severity");
        long daysLeft = rs.getLong("min_days_left");
        Long minDaysLeft = rs.wasNull() ? null : daysLeft;
        BigDecimal stake = rs.getBigDecimal("amount_at_stake");
        return new ClientSummary(rs.getString("client_id"), rs.getString("client_name"), rs.getString("masked_tin"),
                rs.getString("reviewer"), severity == null ? null : Severity.valueOf(severity), minDaysLeft, stake,
                counts, rs.getInt("notice_count"), rs.getBoolean("data_incomplete"), rs.getString("workbook"));
    }
}
