package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.sampledata.inbox.InboxWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later night's re-export (issue 15): every file written again, the chosen clients' rows changed, the truth the generator's. */
class LaterNightExportTest {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static final List<String> INPUTS = List.of(InboxWriter.CLIENTS, InboxWriter.NOTICES, InboxWriter.TRANSACTIONS,
            InboxWriter.INFORMATION_RETURNS, InboxWriter.RETURN_LINES, InboxWriter.PAYMENTS);

    @TempDir
    static Path work;
    static GeneratorOptions firstNight;
    static LaterNightExport.Result export;

    @BeforeAll
    static void firstNightAndItsReExport() throws IOException {
        firstNight = new GeneratorOptions(400, 5, RUN_DATE, work.resolve("night-1")).withMix(Mix.REALISTIC);
        SampleInboxGenerator.generate(firstNight);
        export = LaterNightExport.write(firstNight, RUN_DATE.plusDays(1), work.resolve("night-2"), 0.05);
    }

    @Test
    void aboutTheAskedShareOfClientsChange() {
        assertThat(export.changedClients()).hasSizeBetween(16, 20);
        assertThat(export.amountsChanged()).isEqualTo(2 * export.changedClients().size());
        assertThat(export.rowsAppended()).isPositive();
    }

    @Test
    void everyOtherClientsRowsAreWrittenExactlyAsOnTheFirstNight() throws IOException {
        for (String file : INPUTS) {
            assertThat(rowsOfUnchangedClients(work.resolve("night-2"), file)).as(file)
                    .isEqualTo(rowsOfUnchangedClients(work.resolve("night-1"), file));
        }
    }

    @Test
    void eachChangedClientHasRowsThatDiffer() throws IOException {
        List<String> first = Files.readAllLines(work.resolve("night-1/inbox").resolve(InboxWriter.INFORMATION_RETURNS));
        List<String> second = Files.readAllLines(work.resolve("night-2/inbox").resolve(InboxWriter.INFORMATION_RETURNS));
        for (String client : export.changedClients()) {
            assertThat(rowsOf(second, client)).as(client).isNotEqualTo(rowsOf(first, client));
        }
        assertThat(second.size() - first.size()).isEqualTo(export.rowsAppended());
    }

    @Test
    void appendedRowsComeAfterEveryClientSoNoOtherRowChangesItsLine() throws IOException {
        List<String> first = Files.readAllLines(work.resolve("night-1/inbox").resolve(InboxWriter.INFORMATION_RETURNS));
        List<String> second = Files.readAllLines(work.resolve("night-2/inbox").resolve(InboxWriter.INFORMATION_RETURNS));
        for (int line = 0; line < first.size(); line++) {
            String row = first.get(line);
            if (export.changedClients().stream().noneMatch(c -> row.contains("," + c + ","))) {
                assertThat(second.get(line)).as("line %d", line + 1).isEqualTo(row);
            }
        }
        assertThat(second.subList(first.size(), second.size()))
                .allMatch(row -> export.changedClients().stream().anyMatch(c -> row.contains("," + c + ",")));
    }

    @Test
    void onTheSameDateTheTruthIsTheFirstNightsPlusTheAppendedInterest(@TempDir Path sameDay)
            throws IOException {
        LaterNightExport.Result same = LaterNightExport.write(firstNight, RUN_DATE, sameDay, 0.05);
        Set<String> first = new TreeSet<>(Files.readAllLines(work.resolve("night-1").resolve(InboxWriter.TRUTH)));
        Set<String> second = new TreeSet<>(Files.readAllLines(sameDay.resolve(InboxWriter.TRUTH)));
        assertThat(second).containsAll(first);
        second.removeAll(first);
        assertThat(second).hasSize(same.rowsAppended()).hasSize(export.rowsAppended())
                .allMatch(row -> row.contains(",UNREPORTED_INCOME,TAXABLE_INTEREST,")
                        || row.contains(",INCOME_AMOUNT_MISMATCH,TAXABLE_INTEREST,"));
    }

    @Test
    void aDayLaterTheDeadlinesFifteenDaysAwayAreInTheTruth() throws IOException {
        Set<String> first = new TreeSet<>(Files.readAllLines(work.resolve("night-1").resolve(InboxWriter.TRUTH)));
        Set<String> second = new TreeSet<>(Files.readAllLines(work.resolve("night-2").resolve(InboxWriter.TRUTH)));
        assertThat(first).isSubsetOf(second);
        second.removeAll(first);
        long deadlines = second.stream().filter(row -> row.contains(",RESPONSE_DEADLINE,")).count();
        assertThat(deadlines).isEqualTo(export.generation().hardNegativesByKind().get(HardNegative.DEADLINE_15_DAYS))
                .isPositive();
    }

    @Test
    void noShareChangesNothing(@TempDir Path again) throws IOException {
        LaterNightExport.Result none = LaterNightExport.write(firstNight, RUN_DATE, again, 0);
        assertThat(none.changedClients()).isEmpty();
        for (String file : INPUTS) {
            assertThat(Files.readAllBytes(again.resolve("inbox").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(work.resolve("night-1/inbox").resolve(file)));
        }
    }

    private static List<String> rowsOfUnchangedClients(Path out, String file) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("inbox").resolve(file))) {
            if (export.changedClients().stream().noneMatch(c -> line.contains("," + c + ",") || line.startsWith(c + ","))) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static List<String> rowsOf(List<String> lines, String client) {
        return lines.stream().filter(l -> l.contains("," + client + ",")).toList();
    }
}
