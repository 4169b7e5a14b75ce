package io.taxrecon.batch;

import io.taxrecon.reports.clientworkbook.ReportContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the nightly job (prefix {@code taxrecon}), from application.properties, the
 * environment or the command line.
 *
 * @param catalogDir a folder whose files replace the built-in catalogs of the same name
 * @param columnMapping a firm's column-mapping file (see the README)
 * @param maxRejectedShare a file with a larger share of rejected rows stops the run
 * @param reportPassword when set, every workbook and letter is encrypted with it (never a job
 *                       parameter, so it is never stored in the job repository)
 * @param threads how many files are ingested, and how many client ranges reconciled, at once;
 *        0 (the default) means one per processor
 */
@ConfigurationProperties("taxrecon")
public record ReconcileProperties(
        @DefaultValue("5") int windowDaysBefore,
        @DefaultValue("30") int windowDaysAfter,
        @DefaultValue("1.00") BigDecimal tolerance,
        @DefaultValue("180") int reversalDays,
        @DefaultValue("14") int deadlineSoonDays,
        @DefaultValue("0.5") double maxRejectedShare,
        @DefaultValue("1000") int ingestChunkSize,
        @DefaultValue("100") int reconcileChunkSize,
        @DefaultValue("0") int threads,
        Path catalogDir,
        Path columnMapping,
        String firmName,
        String reportPassword) {

    /** {@link #threads()}, with 0 resolved to the number of processors. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** How the run's reports are written: its date, the firm's name and the optional password. */
    public ReportContext reportContext(LocalDate runDate) {
        return new ReportContext(runDate, firmName, reportPassword);
    }

    /** Never shows the report password (a record's own toString would). */
    @Override
    public String toString() {
        return "ReconcileProperties[window=-" + windowDaysBefore + "/+" + windowDaysAfter + " days, tolerance="
                + tolerance + ", catalogDir=" + catalogDir + ", columnMapping=" + columnMapping + ", reportPassword="
                + (reportPassword == null || reportPassword.isEmpty() ? "none" : "set") + "]";
    }
}
