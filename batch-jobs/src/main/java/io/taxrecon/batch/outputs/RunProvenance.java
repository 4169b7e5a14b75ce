package io.taxrecon.batch.outputs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Who ran a night and where, read from the process: run-summary.json's {@link RunSummary.Provenance}. */
final class RunProvenance {

    private RunProvenance() {
    }

    /**
     * The provenance of a run whose job execution started at {@code started} (Spring Batch's
     * local time) and whose outputs were complete at {@code ended}.
     */
    static RunSummary.Provenance of(LocalDateTime started, OffsetDateTime ended) {
        String start = started == null ? null
                : started.atZone(ZoneId.systemDefault()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
        return new RunSummary.Provenance(System.getProperty("user.name"), host(), start,
                ended.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** The machine's name; a machine without one in its resolver falls back to what the shell knows. */
    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String name = System.getenv("HOSTNAME");
            if (name == null) {
                name = System.getenv("COMPUTERNAME");
            }
            return name != null ? name : "unknown";
        }
    }
}
