package io.taxrecon.batch.staging;

import java.time.LocalDate;

/**
 * Which staged rows a run reconciles: those of the files in its own inbox, whether loaded tonight
 * or recognised from an earlier night. The staging store keeps every night's rows, so without
 * this a file exported again with one byte changed would count its rows twice, a re-run of an
 * old date would see later nights' data, and a client dropped from the exports would be
 * reconciled forever.
 */
public final class RunScope {

    private final String condition;

    private RunScope(String condition) {
        this.condition = condition;
    }

    public static RunScope of(LocalDate runDate) {
        // an ISO date literal: a LocalDate prints only digits and dashes, so nothing can be injected
        return new RunScope("file_sha in (select file_sha from run_input where run_date = date '" + runDate + "')");
    }

    /** Every staged row: for tests of the reconcile step's machinery alone. */
    public static RunScope everything() {
        return new RunScope("1 = 1");
    }

    /** A SQL condition on a staged table's {@code file_sha}, optionally qualified by a table alias. */
    public String rows(String alias) {
        return alias == null ? condition : condition.replace("file_sha in", alias + ".file_sha in");
    }

    public String rows() {
        return rows(null);
    }
}
