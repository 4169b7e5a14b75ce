package io.taxrecon.reports.clientworkbook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every report of one run shares: the run date (the "as of" date of days left and overdue),
 * the firm's name for page headers and letterheads, and an optional password with which every
 * workbook and letter of the run is encrypted (for firms that e-mail them).
 *
 * @param firmName null when the firm has not configured one
 * @param password null or empty for unencrypted files; never printed by {@link #toString()}
 */
public record ReportContext(LocalDate runDate, String firmName, String password) {

    public ReportContext {
        Objects.requireNonNull(runDate, "runDate");
        password = password == null || password.isEmpty() ? null : password;
    }

    /** Unencrypted reports. */
    public ReportContext(LocalDate runDate, String firmName) {
        this(runDate, firmName, null);
    }

    /** The same run, its reports encrypted with {@code newPassword} (null: unencrypted). */
    public ReportContext withPassword(String newPassword) {
        return new ReportContext(runDate, firmName, newPassword);
    }

    public boolean encrypted() {
        return password != null;
    }

    // A context may be logged; the password must not be.
    @Override
    public String toString() {
        return "ReportContext[runDate=" + runDate + ", firmName=" + firmName + ", password=" + (encrypted() ? "***" : "none") + "]";
    }
}
