package io.taxrecon.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.catalog.CatalogException;
import io.taxrecon.core.income.FormType;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoxColumnsTest {

    private final BoxColumns boxes = BoxColumns.defaults();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Box 1;W2;1", "box 2a;F1099_R;2a", "Box #12a;W2;12a", "BOX 1 - Wages, tips;W2;1",
            "Wages;W2;1", "wages, tips, other compensation;W2;1", "Federal income tax withheld;W2;2",
            "Federal income tax withheld;F1099_INT;4", "Federal_Income_Tax_Withheld;F1099_R;4",
            "Interest income;F1099_INT;1", "Total ordinary dividends;F1099_DIV;1a", "Taxable amount;F1099_R;2a",
            "Nonemployee compensation;F1099_NEC;1", "Net benefits;SSA_1099;5"})
    void aColumnNamesTheBoxOfTheRowsForm(String header, FormType form, String box) {
        assertThat(boxes.isBoxColumn(header)).isTrue();
        assertThat(boxes.boxOf(header, form)).contains(box);
    }

    @Test
    void aCaptionOfOneFormIsNoBoxOfAnother() {
        assertThat(boxes.boxOf("Wages", FormType.F1099_INT)).isEmpty();
        assertThat(boxes.boxOf("Interest income", FormType.W2)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Box", "Box Number", "Boxes", "Notes", "Box 1234"})
    void otherHeadersAreNoBoxColumns(String header) {
        assertThat(boxes.isBoxColumn(header)).isFalse();
    }

    @Test
    void aCatalogThatGivesOneNameTwoBoxesOfOneFormIsRefusedWithItsLine() {
        assertThatThrownBy(() -> BoxColumns.load(new StringReader("""
                form_type,box,header,source
                W-2,1,Pay,test
                W-2,2,Pay,test
                """))).isInstanceOf(CatalogException.class).hasMessageContaining(":3:").hasMessageContaining("'Pay'");
    }

    @Test
    void aFirmMappingOfABoxOfAnUnknownFormIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> ColumnAliases.defaults().withFirmMapping(new StringReader("""
                kind,column,header
                information_returns,1098-T box 1,Tuition
                """))).isInstanceOf(InvalidColumnMappingException.class)
                .hasMessageContaining("line 2").hasMessageContaining("'1098-T' is not a form this product reads");
    }
}
