package io.taxrecon.core.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.income.Category;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Form1040LinesTest {

    private final Form1040Lines lines = Form1040Lines.defaults();

    @ParameterizedTest(name = "{0} line {1} is {2}")
    @CsvSource({
            "2021, 1, WAGES",
            "2022, 1a, WAGES",
            "2025, 1a, WAGES",
            "2023, 2a, TAX_EXEMPT_INTEREST",
            "2023, 2b, TAXABLE_INTEREST",
            "2021, 3a, QUALIFIED_DIVIDENDS",
            "2024, 3b, ORDINARY_DIVIDENDS",
            "2022, 4b, RETIREMENT_DISTRIBUTIONS_TAXABLE",
            "2022, 5b, RETIREMENT_DISTRIBUTIONS_TAXABLE",
            "2024, 6a, SOCIAL_SECURITY_BENEFITS",
            "2024, 24, TOTAL_TAX",
            "2021, 25a, FEDERAL_WITHHOLDING",
            "2024, 25b, FEDERAL_WITHHOLDING",
            "2025, 25c, FEDERAL_WITHHOLDING",
            "2023, 26, ESTIMATED_TAX_PAYMENTS",
            "2023, 34, OVERPAYMENT",
            "2023, 37, AMOUNT_OWED",
    })
    void mapsEachYearsLineNumbersToTheirCategory(int year, String line, Category category) {
        assertThat(lines.categoryOf(line, year)).contains(category);
    }

    @Test
    void wagesMovedFromLine1In2021ToLine1aFrom2022() {
        assertThat(lines.categoryOf("1a", 2021)).isEmpty();
        assertThat(lines.categoryOf("1", 2022)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Line 25A", "25A", " 25a ", "line25a"})
    void readsALineNumberInAnyCaseWithOrWithoutTheWordLine(String line) {
        assertThat(lines.categoryOf(line, 2023)).contains(Category.FEDERAL_WITHHOLDING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25d", "7", "4a", "6b", "33", "99", ""})
    void leavesOutLinesThatAreTotalsOrNotComparable(String line) {
        assertThat(lines.categoryOf(line, 2023)).isEmpty();
    }

    @Test
    void knowsNoLineNumbersBefore2021() {
        assertThat(lines.categoryOf("25a", 2020)).isEmpty();
        assertThat(lines.categoryOf("1", 2020)).isEmpty();
    }

    @Test
    void loadsAFileWhereABlankLastYearMeansAndLater() {
        Form1040Lines custom = Form1040Lines.load(new StringReader("""
                first_year,last_year,line,category
                2021,,1z,WAGES
                """));
        assertThat(custom.categoryOf("1z", 2040)).contains(Category.WAGES);
        assertThat(custom.categoryOf("1z", 2020)).isEmpty();
    }

    @Test
    void refusesAFileGivingOneLineTwoCategoriesInTheSameYear() {
        assertThatThrownBy(() -> Form1040Lines.load(new StringReader("""
                first_year,last_year,line,category
                2021,2023,1,WAGES
                2023,2024,1,RENTS
                """))).hasMessageContaining("line 3");
    }

    @Test
    void refusesAnUnknownCategoryNamingTheLine() {
        assertThatThrownBy(() -> Form1040Lines.load(new StringReader("""
                first_year,last_year,line,category
                2021,2023,1,SALARY
                """))).hasMessageContaining("line 2");
    }
}
