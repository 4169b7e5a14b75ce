package io.taxrecon.reports.clientworkbook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every report of one run shares: the run date (the "as of" date of days left and overdue)
 * and the firm's name for page headers.
 *
 * @param firmName null when the firm has not configured one
 */
public record ReportContext(LocalDate runDate, String firmName) {

    public ReportContext {
        Objects.requireNonNull(runDate, "runDate");
    }
}
