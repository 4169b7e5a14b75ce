package io.taxrecon.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.values.Tin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Nothing the engine says may depend on the order of the input rows. */
class InputOrderPropertyTest {

    private static final String[] CODES = {"430", "610", "660", "670", "671", "806", "807", "150", "166", "846", "999"};
    private static final String[] NOTICES = {"CP14", "CP501", "CP2000", "LT11", "CP9999"};
    private static final Tin[] TINS = {Fixture.CLIENT_TIN, Fixture.SPOUSE_TIN, Tin.of("213456789"), Fixture.STRANGER_TIN};

    /** 300 worlds from a fixed seed: the same cases every run, and a failing case names its seeds. */
    static Stream<Arguments> seeds() {
        SplittableRandom master = new SplittableRandom(20261123);
        return Stream.generate(() -> Arguments.of(master.nextLong(), master.nextLong())).limit(300);
    }

    @ParameterizedTest(name = "data seed {0}, shuffle seed {1}")
    @MethodSource("seeds")
    void shufflingEveryInputListChangesNoFindingAndNoOutcome(long dataSeed, long shuffleSeed) {
        Fixture f = generate(new Random(dataSeed));
        ClientRecords records = f.records();
        Random shuffle = new Random(shuffleSeed);
        ClientRecords shuffled = new ClientRecords(records.client(), shuffled(records.notices(), shuffle),
                shuffled(records.transactions(), shuffle), shuffled(records.informationReturns(), shuffle),
                shuffled(records.returnLines(), shuffle), shuffled(records.payments(), shuffle), 0);
        ReconciliationEngine engine = new ReconciliationEngine(Fixture.CATALOGS,
                ReconciliationSettings.defaults(Fixture.RUN_DATE));

        ClientReconciliation a = engine.reconcile(records);
        ClientReconciliation b = engine.reconcile(shuffled);

        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(b.payments()).isEqualTo(a.payments());
        assertThat(b.income()).isEqualTo(a.income());
        assertThat(b.notices()).isEqualTo(a.notices());
        for (var finding : a.findings()) {
            for (Tin tin : TINS) {
                assertThat(finding.explanation() + finding.recommendedAction()).doesNotContain(tin.digits());
            }
            assertThat(finding.severity()).isNotNull();
            assertThat(finding.evidence()).isNotEmpty();
        }
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** A small world where collisions (same amounts, dates, ids) are likely, so tie-breaks matter. */
    static Fixture generate(Random r) {
        Fixture f = new Fixture();
        String[] amounts = {"100.00", "250.00", "350.00", "600.00", "1000"};
        LocalDate base = LocalDate.of(2025, 4, 1);
        int payments = r.nextInt(6);
        for (int i = 0; i < payments; i++) {
            f.payment("P" + r.nextInt(4), r.nextInt(5) == 0 ? TINS[r.nextInt(TINS.length)] : Fixture.CLIENT_TIN,
                    2023 + r.nextInt(2), base.plusDays(r.nextInt(150)).toString(), amounts[r.nextInt(amounts.length)]);
        }
        int txs = r.nextInt(10);
        for (int i = 0; i < txs; i++) {
            String amount = (r.nextBoolean() ? "-" : "") + amounts[r.nextInt(amounts.length)];
            f.tx("T" + r.nextInt(8), TINS[r.nextInt(3)], 2023 + r.nextInt(2), CODES[r.nextInt(CODES.length)],
                    base.plusDays(r.nextInt(160)).toString(), amount);
        }
        int docs = r.nextInt(6);
        FormType[] forms = {FormType.W2, FormType.F1099_INT, FormType.F1099_NEC, FormType.F1099_MISC};
        String[] boxes = {"1", "2", "3", "4"};
        for (int i = 0; i < docs; i++) {
            String id = "D" + r.nextInt(6);
            int boxCount = 1 + r.nextInt(2);
            for (int b = 0; b < boxCount; b++) {
                f.box(id, r.nextInt(6) == 0 ? Fixture.STRANGER_TIN : Fixture.CLIENT_TIN, 2024, forms[i % forms.length],
                        r.nextBoolean() ? "111111111" : "222222222", boxes[r.nextInt(boxes.length)],
                        amounts[r.nextInt(amounts.length)], r.nextInt(4) == 0,
                        r.nextInt(5) == 0 ? InformationReturn.Origin.CLIENT : InformationReturn.Origin.IRS);
            }
        }
        Category[] categories = {Category.WAGES, Category.TAXABLE_INTEREST, Category.BUSINESS_GROSS_RECEIPTS,
                Category.OTHER_INCOME, Category.FEDERAL_WITHHOLDING, Category.RENTS};
        int lines = r.nextInt(5);
        for (int i = 0; i < lines; i++) {
            f.line(2024, categories[r.nextInt(categories.length)], amounts[r.nextInt(amounts.length)]);
        }
        int notices = r.nextInt(4);
        for (int i = 0; i < notices; i++) {
            f.notice("N" + r.nextInt(3), r.nextInt(6) == 0 ? Fixture.STRANGER_TIN : Fixture.CLIENT_TIN,
                    NOTICES[r.nextInt(NOTICES.length)], 2023 + r.nextInt(2),
                    base.plusDays(r.nextInt(150)).toString(), amounts[r.nextInt(amounts.length)],
                    r.nextBoolean() ? null : base.plusDays(100 + r.nextInt(100)).toString());
        }
        return f;
    }
}
