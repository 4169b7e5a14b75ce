package io.taxrecon.batch.staging;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.PriorFinding;
import io.taxrecon.core.worklist.ResolvedRow;
import io.taxrecon.core.worklist.WorklistRow;
import io.taxrecon.reports.firmsummary.ClientSummary;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each night concluded, per run date: the findings of every client (with when each was first
 * seen), its summary line, why last night's findings left, and whether the night completed. The
 * one place that writes and reads the {@code finding}, {@code client_summary},
 * {@code resolved_finding} and {@code night_completed} tables; a night's conclusions are replaced
 * whole when its date is run again.
 */
public final class FindingStore {

    /**
     * What one client concluded: its findings, in the engine's order, its summary line, and its
     * part of the night (null when the night was not compared: every finding is first seen tonight).
     */
    public record Conclusion(String clientId, List<Finding> findings, ClientSummary summary, NightView night) {

        public Conclusion(String clientId, List<Finding> findings, ClientSummary summary) {
            this(clientId, findings, summary, null);
        }
    }

    private final JdbcTemplate jdbc;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets a night's conclusions, before the night is run (again) from the start. */
    public void forgetNight(LocalDate runDate) {
        jdbc.update("delete from finding where run_date = ?", runDate);
        jdbc.update("delete from client_summary where run_date = ?", runDate);
        jdbc.update("delete from resolved_finding where run_date = ?", runDate);
        jdbc.update("delete from night_completed where run_date = ?", runDate);
    }

    /** Keeps the conclusions of a chunk of clients; they commit (or roll back) with the chunk. */
    public void save(LocalDate runDate, List<Conclusion> conclusions) {
        List<Object[]> findings = new ArrayList<>();
        List<Object[]> summaries = new ArrayList<>();
        List<Object[]> resolved = new ArrayList<>();
        for (Conclusion c : conclusions) {
            int position = 0;
            for (Finding f : c.findings()) {
                LocalDate firstSeen = c.night() == null ? runDate
                        : c.night().row(f).map(WorklistRow::firstSeen).orElse(runDate);
                findings.add(new Object[] {runDate, c.clientId(), position++, f.taxYear(), f.type().name(),
                        f.severity().name(), f.reference(), f.irsAmount(), f.clientAmount(), f.difference(),
                        f.noticeId(), f.dueDate(), f.explanation(), f.recommendedAction(), evidence(f.evidence()),
                        firstSeen});
            }
            for (ResolvedRow r : c.night() == null ? List.<ResolvedRow>of() : c.night().resolved()) {
                if (r.tonight()) {
                    resolved.add(new Object[] {runDate, c.clientId(), r.key().text(), r.reason()});
                }
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
                + "recommended_action, evidence, first_seen) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", findings);
        jdbc.batchUpdate("insert into client_summary (run_date, client_id, client_name, masked_tin, reviewer, "
                + "top_severity, severity_rank, min_days_left, amount_at_stake, finding_counts, finding_total, "
                + "notice_count, data_incomplete, workbook) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", summaries);
        jdbc.batchUpdate("insert into resolved_finding (run_date, client_id, finding_key, reason) values (?,?,?,?)",
                resolved);
    }

    /**
     * Carries clients' conclusions of an earlier night forward to {@code runDate} unchanged: their
     * findings with their first_seen, and their summary lines, the days left to their deadlines
     * counted from {@code runDate}. For clients whose records and answer have not changed since.
     */
    public void carry(LocalDate from, LocalDate runDate, List<String> clientIds) {
        if (clientIds.isEmpty()) {
            return;
        }
        long days = ChronoUnit.DAYS.between(from, runDate);
        // one statement a client, batched: each a seek on the primary key's (run_date, client_id), where an
        // IN list of a chunk's ids was compared, id by id, with every row of the night
        jdbc.batchUpdate("insert into finding (run_date, client_id, position, tax_year, finding_type, severity, reference, "
                + "irs_amount, client_amount, difference, notice_id, due_date, explanation, recommended_action, "
                + "evidence, first_seen) select ?, client_id, position, tax_year, finding_type, severity, reference, "
                + "irs_amount, client_amount, difference, notice_id, due_date, explanation, recommended_action, "
                + "evidence, first_seen from finding where run_date = ? and client_id = ?",
                clientIds.stream().map(id -> new Object[] {runDate, from, id}).toList());
        jdbc.batchUpdate("insert into client_summary (run_date, client_id, client_name, masked_tin, reviewer, top_severity, "
                + "severity_rank, min_days_left, amount_at_stake, finding_counts, finding_total, notice_count, "
                + "data_incomplete, workbook) select ?, client_id, client_name, masked_tin, reviewer, top_severity, "
                + "severity_rank, min_days_left - ?, amount_at_stake, finding_counts, finding_total, notice_count, "
                + "data_incomplete, workbook from client_summary where run_date = ? and client_id = ?",
                clientIds.stream().map(id -> new Object[] {runDate, days, from, id}).toList());
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

    /** A night is complete: its outputs are written, and later nights compare with it. */
    public void completeNight(LocalDate runDate) {
        jdbc.update("delete from night_completed where run_date = ?", runDate);
        jdbc.update("insert into night_completed (run_date, completed_at) values (?, current_timestamp)", runDate);
    }

    /** Every completed night of the store, earliest first. */
    public List<LocalDate> completedNights() {
        return jdbc.query("select run_date from night_completed order by run_date",
                (rs, i) -> rs.getDate(1).toLocalDate());
    }

    /** The latest completed night before {@code runDate}: the one it compares with. */
    public Optional<LocalDate> previousNight(LocalDate runDate) {
        Date night = jdbc.queryForObject("select max(run_date) from night_completed where run_date < ?", Date.class,
                runDate);
        return Optional.ofNullable(night).map(Date::toLocalDate);
    }

    /** True when a completed night later than {@code runDate} exists: a re-run of a past date. */
    public boolean laterNightCompleted(LocalDate runDate) {
        return count("select count(*) from night_completed where run_date > ?", runDate) > 0;
    }

    /** What a night stored of each finding of the clients between the two ids (both included). */
    public List<PriorFinding> priorFindings(LocalDate night, String firstId, String lastId) {
        return jdbc.query("select * from finding where run_date = ? and client_id between ? and ? "
                + "order by client_id, position", (rs, i) -> prior(rs), night, firstId, lastId);
    }

    /** What a night stored of each of its findings. */
    public List<PriorFinding> priorFindings(LocalDate night) {
        return jdbc.query("select * from finding where run_date = ? order by client_id, position",
                (rs, i) -> prior(rs), night);
    }

    /** Why each finding of the previous night left on {@code runDate}, as the reconcile step found it. */
    public Map<FindingKey, String> resolutionReasons(LocalDate runDate) {
        Map<FindingKey, String> reasons = new LinkedHashMap<>();
        jdbc.query("select finding_key, reason from resolved_finding where run_date = ?", rs -> {
            String reason = rs.getString(2);
            FindingKey.parse(rs.getString(1)).ifPresent(key -> reasons.put(key, reason));
        }, runDate);
        return reasons;
    }

    private static PriorFinding prior(ResultSet rs) throws SQLException {
        Finding f = finding(rs);
        Date firstSeen = rs.getDate("first_seen");
        // a night stored before first_seen was kept: its findings start their series on it
        return PriorFinding.of(f, (firstSeen == null ? rs.getDate("run_date") : firstSeen).toLocalDate());
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
