package io.taxrecon.core.accruals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.catalog.CatalogException;
import io.taxrecon.core.engine.Catalogs;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quarterly rates and late-filing minimums are data a firm can extend without a rebuild. */
class AccrualTablesTest {

    private final AccrualTables defaults = AccrualTables.defaults();

    @Test
    void theShippedRatesFollowTheIrsQuarterByQuarter() {
        assertThat(defaults.ratePercent(LocalDate.of(2019, 1, 1))).isEqualByComparingTo("6");
        assertThat(defaults.ratePercent(LocalDate.of(2019, 9, 30))).isEqualByComparingTo("5");
        assertThat(defaults.ratePercent(LocalDate.of(2020, 6, 30))).isEqualByComparingTo("5");
        assertThat(defaults.ratePercent(LocalDate.of(2020, 7, 1))).isEqualByComparingTo("3");
        assertThat(defaults.ratePercent(LocalDate.of(2022, 3, 31))).isEqualByComparingTo("3");
        assertThat(defaults.ratePercent(LocalDate.of(2022, 4, 1))).isEqualByComparingTo("4");
        assertThat(defaults.ratePercent(LocalDate.of(2022, 7, 1))).isEqualByComparingTo("5");
        assertThat(defaults.ratePercent(LocalDate.of(2022, 10, 1))).isEqualByComparingTo("6");
        assertThat(defaults.ratePercent(LocalDate.of(2023, 9, 30))).isEqualByComparingTo("7");
        assertThat(defaults.ratePercent(LocalDate.of(2023, 10, 1))).isEqualByComparingTo("8");
        assertThat(defaults.ratePercent(LocalDate.of(2024, 12, 31))).isEqualByComparingTo("8");
        assertThat(defaults.ratePercent(LocalDate.of(2025, 1, 1))).isEqualByComparingTo("7");
        assertThat(defaults.ratePercent(LocalDate.of(2026, 3, 31))).isEqualByComparingTo("7");
    }

    @Test
    void theMinimumLateFilingPenaltyFollowsTheYearTheReturnWasDue() {
        assertThat(defaults.lateFilingMinimum(2019)).isEqualByComparingTo("215");
        assertThat(defaults.lateFilingMinimum(2020)).isEqualByComparingTo("435");
        assertThat(defaults.lateFilingMinimum(2023)).isEqualByComparingTo("450");
        assertThat(defaults.lateFilingMinimum(2024)).isEqualByComparingTo("485");
        assertThat(defaults.lateFilingMinimum(2025)).isEqualByComparingTo("510");
        assertThat(defaults.lateFilingMinimum(2026)).isEqualByComparingTo("525");
        assertThat(defaults.lateFilingMinimum(2030)).isEqualByComparingTo("525");
    }

    @Test
    void aFirmsRateFileReplacesTheShippedOneAndADatePastItsLastQuarterKeepsTheLastRate() {
        Catalogs catalogs = Catalogs.load(name -> name.equals(AccrualTables.RATES_FILE)
                ? Optional.of(new StringReader("year,quarter,rate_percent,source\n2027,1,9,firm\n"))
                : Optional.empty());
        assertThat(catalogs.accruals().ratePercent(LocalDate.of(2027, 8, 1))).isEqualByComparingTo("9");
        assertThat(catalogs.accruals().lateFilingMinimum(2025)).isEqualByComparingTo("510");
        assertThat(Catalogs.FILES).contains(AccrualTables.RATES_FILE, AccrualTables.MINIMUMS_FILE);
    }

    @Test
    void aQuarterOutsideOneToFourIsAnErrorOfTheFile() {
        assertThatThrownBy(() -> AccrualTables.read(new StringReader("year,quarter,rate_percent\n2027,5,9\n"),
                new StringReader("year_due,minimum\n2025,510\n")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("underpayment-rates.csv:2");
    }
}
