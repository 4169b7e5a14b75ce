package io.taxrecon.reports.clientworkbook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every report of one run shares: the run date (the "as of" date of days left and overdue),
 * the date of the data the reports show, the firm's name for page headers and letterheads, and an
 * optional password with which every workbook and letter of the run is encrypted (for firms that
 * e-mail them).
 *
 * @param firmName null when the firm has not configured one
 * @param password null or empty for unencrypted files; never printed by {@link #toString()}
 * @param dataAsOf the night whose data a report shows: the run date, or an earlier night when a
 *                 client's data has not changed since (null means the run date)
 */
public record ReportContext(LocalDate runDate, String firmName, String password, LocalDate dataAsOf) {

    public ReportContext {
        Objects.requireNonNull(runDate, "runDate");
        password = password == null || password.isEmpty() ? null : password;
        dataAsOf = dataAsOf == null ? runDate : dataAsOf;
    }

    /** Reports of the run's own data. */
    public ReportContext(LocalDate runDate, String firmName, String password) {
        this(runDate, firmName, password, null);
    }

    /** Unencrypted reports. */
    public ReportContext(LocalDate runDate, String firmName) {
        this(runDate, firmName, null);
    }

    /** The same run, its reports encrypted with {@code newPassword} (null: unencrypted). */
    public ReportContext withPassword(String newPassword) {
        return new ReportContext(runDate, firmName, newPassword, dataAsOf);
    }

    /** The same run, showing data unchanged since {@code night}. */
    public ReportContext withDataAsOf(LocalDate night) {
        return new ReportContext(runDate, firmName, password, night);
    }

    public boolean encrypted() {
        return password != null;
    }

    // A context may be logged; the password must not be.
    @Override
    public String toString() {
        return "ReportContext[runDate=" + runDate + ", dataAsOf=" + dataAsOf + ", firmName=" + firmName
                + ", password=" + (encrypted() ? "***" : "none") + "]";
    }
}
