package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.sampledata.inbox.InboxWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realistic mix (issue 15): a real practice's rows per client, mostly paid-up clients, every story still planted. */
class RealisticMixTest {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static final int CLIENTS = 2000;

    @TempDir
    static Path out;
    static GenerationResult result;

    @BeforeAll
    static void generate() throws IOException {
        result = SampleInboxGenerator.generate(new GeneratorOptions(CLIENTS, 1, RUN_DATE, out).withMix(Mix.REALISTIC));
    }

    @Test
    void theOptionsWriteThePlantedMixUnlessToldOtherwise() {
        assertThat(new GeneratorOptions(10, 1, RUN_DATE, out).mix()).isEqualTo(Mix.PLANTED);
        assertThat(Mix.parse(" Realistic ")).isEqualTo(Mix.REALISTIC);
    }

    @Test
    void eachClientHasAboutTheRowsOfTheIssuesHundredThousandClientFirm() {
        // issue 15: 2.16M, 1.54M, 1.09M, 413k and 45k rows for 100,000 clients
        assertThat(perClient(InboxWriter.INFORMATION_RETURNS)).isCloseTo(21.6, within(1.5));
        assertThat(perClient(InboxWriter.RETURN_LINES)).isCloseTo(15.4, within(1.2));
        assertThat(perClient(InboxWriter.TRANSACTIONS)).isCloseTo(10.9, within(1.2));
        assertThat(perClient(InboxWriter.PAYMENTS)).isCloseTo(4.1, within(0.5));
        // the issue has 0.45: the story clients' ~0.2 and one letter on a third of the paid-up clients
        assertThat(perClient(InboxWriter.NOTICES)).isCloseTo(0.54, within(0.05));
    }

    @Test
    void aboutFourClientsInTenHaveAWorkbookAndStillNineInTenHaveNoPlantedFinding() throws IOException {
        Set<String> withWorkbook = clientsWithANotice();
        List<String> truth = Files.readAllLines(out.resolve("truth.csv"));
        for (String line : truth.subList(1, truth.size())) {
            withWorkbook.add(line.split(",")[0]);
        }
        // issue 15: 43,473 client workbooks (a finding or a notice) for 100,000 clients
        assertThat(withWorkbook.size() / (double) CLIENTS).isCloseTo(0.40, within(0.03));
        assertThat(result.cleanClients()).isGreaterThan(CLIENTS * 9 / 10);
    }

    @Test
    void aPaidUpClientsLettersBillNothingAndNeedNoAnswer() throws IOException {
        List<String> notices = Files.readAllLines(out.resolve("inbox").resolve(InboxWriter.NOTICES));
        long letters = 0;
        for (String line : notices.subList(1, notices.size())) {
            String[] f = line.split(",", -1);
            String code = f[4].toUpperCase(Locale.ROOT).replaceAll("[ -]", "");
            if (code.equals("CP62") || code.equals("CP225")) {
                letters++;
                assertThat(new BigDecimal(f[6].replace("$", ""))).as(line).isZero();
                assertThat(f[8]).as(line).isEmpty();
            }
        }
        assertThat(letters / (double) CLIENTS).isCloseTo(0.34, within(0.04));
    }

    private static Set<String> clientsWithANotice() throws IOException {
        Set<String> withNotice = new HashSet<>();
        List<String> notices = Files.readAllLines(out.resolve("inbox").resolve(InboxWriter.NOTICES));
        for (String line : notices.subList(1, notices.size())) {
            withNotice.add(line.split(",")[1]);
        }
        return withNotice;
    }

    @Test
    void everyPlantedFindingTypeIsStillPlanted() {
        for (FindingType t : PlantSchedule.PLANTED) {
            assertThat(result.plantedByType().get(t.name())).as(t.name()).isPositive();
        }
        for (HardNegative n : HardNegative.values()) {
            assertThat(result.hardNegativesByKind().get(n)).as(n.name()).isPositive();
        }
    }

    private static double perClient(String file) {
        return result.rowsByFile().get(file) / (double) CLIENTS;
    }
}
