package io.taxrecon.reports.benchmark;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Milliseconds per small client workbook, warm, one thread: a measurement, not a test (no timed
 * assertion). Run with
 * {@code ./mvnw -q -B -o -pl reports -am verify -Dtaxrecon.benchmark=true -Dtest=ClientWorkbookBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "taxrecon.benchmark", matches = "true")
class ClientWorkbookBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 1_000;

    /** A typical client: 8 findings, 4 payments (5 credits), 5 W-2/1099 boxes, 3 notices. */
    static ClientReconciliation typicalClient() {
        List<Finding> extra = new ArrayList<>();
        extra.add(Fixtures.finding("C-001", 1, Severity.MEDIUM, "A second unposted payment, explained in a sentence or two."));
        extra.add(Fixtures.finding("C-001", 2, Severity.LOW, "A third one."));
        return Fixtures.reconciliation(Fixtures.client("C-001", "Jane Q. Public"), extra, 0);
    }

    @Test
    void clientWorkbookMillisecondsEach() throws IOException {
        ClientReconciliation rec = typicalClient();
        ReportContext context = new ReportContext(Fixtures.RUN_DATE, "Smith & Jones CPAs");
        ClientWorkbook writer = new ClientWorkbook();
        Path dir = Files.createTempDirectory("bench");
        Path target = dir.resolve("C-001.xlsx");
        for (int i = 0; i < WARM_UP; i++) {
            writer.write(rec, context, target);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            writer.write(rec, context, target);
        }
        double ms = (System.nanoTime() - start) / 1e6 / MEASURED;
        System.out.printf("BENCHMARK ClientWorkbook.write: %.2f ms per workbook (%d warm runs, %d bytes)%n",
                ms, MEASURED, Files.size(target));
        Files.deleteIfExists(target);
        Files.deleteIfExists(dir);
    }
}
