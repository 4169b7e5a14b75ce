package io.taxrecon.reports.benchmark;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.fixtures.Fixtures;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Milliseconds per small client workbook, warm, one thread: a measurement, not a test (no timed
 * assertion). Run with
 * {@code ./mvnw -q -B -o -pl reports -am verify -Dtaxrecon.benchmark=true -Dtest=ClientWorkbookBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DenableAssertions=false} (XMLBeans' assertions, on
 * under surefire by default, double POI's cost and are off in production).
 */
@EnabledIfSystemProperty(named = "taxrecon.benchmark", matches = "true")
class ClientWorkbookBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 300;
    private static final int ROUNDS = 5;

    /** A typical client: 8 findings, 4 payments (5 credits), 5 W-2/1099 boxes, 3 notices. */
    static ClientReconciliation typicalClient() {
        List<Finding> extra = new ArrayList<>();
        extra.add(Fixtures.finding("C-001", 1, Severity.MEDIUM, "A second unposted payment, explained in a sentence or two."));
        extra.add(Fixtures.finding("C-001", 2, Severity.LOW, "A third one."));
        return Fixtures.reconciliation(Fixtures.client("C-001", "Jane Q. Public"), extra, 0);
    }

    @Test
    void clientWorkbookMillisecondsEach() throws IOException {
        measure("plain", new ReportContext(Fixtures.RUN_DATE, "Smith & Jones CPAs"), MEASURED);
    }

    @Test
    void encryptedClientWorkbookMillisecondsEach() throws IOException {
        // Agile encryption derives the key with 100,000 rounds of SHA-512 per file, by design.
        measure("encrypted", new ReportContext(Fixtures.RUN_DATE, "Smith & Jones CPAs", "s3cret"), MEASURED / 10);
    }

    private static void measure(String label, ReportContext context, int measured) throws IOException {
        ClientReconciliation rec = typicalClient();
        ClientWorkbook writer = new ClientWorkbook();
        Path dir = Files.createTempDirectory("bench");
        Path target = dir.resolve("C-001.xlsx");
        for (int i = 0; i < WARM_UP; i++) {
            writer.write(rec, context, target);
        }
        // The machine may be shared: report the best of several rounds, in wall-clock and CPU time.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < measured; i++) {
                writer.write(rec, context, target);
            }
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / measured);
            bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1e6 / measured);
        }
        System.out.printf("BENCHMARK ClientWorkbook.write (%s): %.2f ms wall, %.2f ms CPU per workbook (best of %d x %d, %d bytes)%n",
                label, bestWall, bestCpu, ROUNDS, measured, Files.size(target));
        Files.deleteIfExists(target);
        Files.deleteIfExists(dir);
    }
}
