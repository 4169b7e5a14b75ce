package io.taxrecon.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.FindingType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The engine names the exact next date on which a planted client's answer can change. */
class NextChangeTest {

    private static final LocalDate RUN = LocalDate.of(2025, 9, 1);

    private static LocalDate nextChange(Fixture f) {
        ReconciliationEngine engine = new ReconciliationEngine(Fixture.CATALOGS, ReconciliationSettings.defaults(RUN));
        return engine.nextChange(engine.reconcile(f.records()));
    }

    @Test
    void aClientWithNothingDatedAheadNeverChangesWithTheDate() {
        Fixture f = new Fixture();
        f.line(2024, io.taxrecon.core.income.Category.WAGES, "1000");

        assertThat(nextChange(f)).isEqualTo(LocalDate.MAX);
    }

    @Test
    void aPendingPaymentChangesTheDayAfterItsWindowCloses() {
        Fixture f = new Fixture();
        f.payment("P1", 2024, "2025-08-20", "500.00"); // no credit yet: pending for 30 days

        assertThat(nextChange(f)).isEqualTo(LocalDate.of(2025, 9, 20));
    }

    @Test
    void aDeadlineChangesTheAnswerWhenItEntersTheMonthWindowOfTheSeverityRules() {
        Fixture f = new Fixture();
        f.notice("N1", "CP2000", 2023, "2025-08-15", "900.00", "2025-10-15");

        // severity-rules.csv: "due within a month" (30 days) is the first threshold it meets
        assertThat(nextChange(f)).isEqualTo(LocalDate.of(2025, 9, 15));
    }

    @Test
    void aDeadlineWithinTheFourteenDayWindowChangesTheAnswerOnlyWhenItTurnsHighThenOverdue() {
        Fixture f = new Fixture();
        f.notice("N1", "CP2000", 2023, "2025-08-15", "900.00", "2025-09-10");

        assertThat(f.run(RUN).findings())
                .anyMatch(x -> x.type() == FindingType.RESPONSE_DEADLINE);
        // the text names the due date, not the days left: the answer changes when the deadline is a
        // week away (HIGH), then on the day after the due date (overdue)
        assertThat(nextChange(f)).isEqualTo(LocalDate.of(2025, 9, 3));
    }

    @Test
    void aNoticeDatedAfterTheRunDateChangesTheAnswerOnItsDate() {
        Fixture f = new Fixture();
        f.notice("N1", "CP2000", 2023, "2025-09-12", "900.00", "2026-01-20");

        assertThat(nextChange(f)).isEqualTo(LocalDate.of(2025, 9, 12));
    }

    @Test
    void aBalanceStillOwedAccruesInterestEveryDay() {
        Fixture f = new Fixture();
        f.tx("T1", 2024, "150", "2025-04-14", "2000.00"); // tax assessed, nothing paid

        assertThat(nextChange(f)).isEqualTo(RUN.plusDays(1));
    }
}
