package io.taxrecon.batch.staging;

import io.taxrecon.core.accruals.PenaltyFigures;
import io.taxrecon.core.engine.ClientReconciliation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each night's penalties.csv rows, per run date: the one place that writes and reads the
 * {@code penalty_figure} table. The reconcile step saves a chunk's rows with its findings (they
 * commit or roll back together); the outputs step streams them; a night run again from the start
 * forgets them first.
 */
public final class PenaltyFigureStore {

    private final JdbcTemplate jdbc;

    public PenaltyFigureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets a night's rows, before the night is run (again) from the start. */
    public void forgetNight(LocalDate runDate) {
        jdbc.update("delete from penalty_figure where run_date = ?", runDate);
    }

    /** Keeps the rows of a chunk of clients, each TIN-year with the latest CSED of its assessments. */
    public void save(LocalDate runDate, List<? extends ClientReconciliation> reconciliations) {
        List<Object[]> rows = new ArrayList<>();
        for (ClientReconciliation rec : reconciliations) {
            int position = 0;
            for (var year : rec.accruals().years()) {
                var t = year.timeline();
                PenaltyFigures p = year.figures().withCsed(rec.latestCsed(t.tin(), t.taxYear()).orElse(null));
                rows.add(new Object[] {runDate, rec.records().client().clientId(), position++, p.taxYear(),
                        p.tinLast4(), p.filed(), cents(p.taxAssessed()), cents(p.ftfAssessed()), cents(p.ftpAssessed()),
                        cents(p.interestAssessed()), cents(p.ftfComputed()), cents(p.ftpComputed()),
                        cents(p.interestComputed()), cents(p.causedByFindings()), cents(p.owedToday()), p.csed()});
            }
        }
        jdbc.batchUpdate("insert into penalty_figure (run_date, client_id, position, tax_year, tin_last4, filed, "
                + "tax_assessed, ftf_assessed, ftp_assessed, interest_assessed, ftf_computed, ftp_computed, "
                + "interest_computed, caused_by_findings, owed_today, csed) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows);
    }

    /**
     * Carries clients' rows of an earlier night forward to {@code runDate} unchanged: only for
     * clients whose figures no longer move with the date (nothing owed, no interest running).
     */
    public void carry(LocalDate from, LocalDate runDate, List<String> clientIds) {
        // one statement a client, batched: a seek on the primary key's (run_date, client_id) each
        jdbc.batchUpdate("insert into penalty_figure (run_date, client_id, position, tax_year, tin_last4, filed, "
                + "tax_assessed, ftf_assessed, ftp_assessed, interest_assessed, ftf_computed, ftp_computed, "
                + "interest_computed, caused_by_findings, owed_today, csed) select ?, client_id, position, tax_year, "
                + "tin_last4, filed, tax_assessed, ftf_assessed, ftp_assessed, interest_assessed, ftf_computed, "
                + "ftp_computed, interest_computed, caused_by_findings, owed_today, csed from penalty_figure "
                + "where run_date = ? and client_id = ?", clientIds.stream().map(id -> new Object[] {runDate, from, id}).toList());
    }

    /** Hands a night's rows to {@code each}, by client id then in each client's order (year, then TIN). */
    public void forEachRow(LocalDate runDate, Consumer<PenaltyFigures> each) {
        jdbc.query("select * from penalty_figure where run_date = ? order by client_id, position",
                rs -> {
                    each.accept(figures(rs));
                }, runDate);
    }

    // The figures come rounded; the column's scale makes it so for any caller that did not round.
    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static PenaltyFigures figures(ResultSet rs) throws SQLException {
        return new PenaltyFigures(rs.getString("client_id"), rs.getInt("tax_year"), rs.getString("tin_last4"),
                date(rs, "filed"), rs.getBigDecimal("tax_assessed"), rs.getBigDecimal("ftf_assessed"),
                rs.getBigDecimal("ftp_assessed"), rs.getBigDecimal("interest_assessed"),
                rs.getBigDecimal("ftf_computed"), rs.getBigDecimal("ftp_computed"),
                rs.getBigDecimal("interest_computed"), rs.getBigDecimal("caused_by_findings"),
                rs.getBigDecimal("owed_today"), date(rs, "csed"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
