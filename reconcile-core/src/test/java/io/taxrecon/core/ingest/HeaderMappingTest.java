package io.taxrecon.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderMappingTest {

    private final ColumnAliases aliases = ColumnAliases.defaults();

    @Test
    void findsEachColumnWhereverItSitsAndIgnoresExtraColumns() {
        HeaderMapping mapping = HeaderMapping.resolve(InputKind.PAYMENTS,
                List.of("Notes", "Amount Paid", "SSN", "Payment ID", "Client ID", "Year", "Date Paid", "Method"), aliases);
        assertThat(mapping.indexOf("amount")).hasValue(1);
        assertThat(mapping.indexOf("tin")).hasValue(2);
        assertThat(mapping.indexOf("payment_date")).hasValue(6);
        assertThat(mapping.indexOf("method")).hasValue(7);
        assertThat(mapping.indexOf("confirmation_number")).isEmpty();
        assertThat(mapping.headers()).containsEntry("amount", "Amount Paid").doesNotContainKey("Notes");
    }

    @Test
    void theCanonicalNameBeatsAnAliasWhenBothArePresent() {
        HeaderMapping mapping = HeaderMapping.resolve(InputKind.CLIENTS,
                List.of("client_id", "name", "SSN", "TIN"), aliases);
        assertThat(mapping.indexOf("tin")).hasValue(3);
    }

    @Test
    void theLeftmostOfTwoAliasesWins() {
        HeaderMapping mapping = HeaderMapping.resolve(InputKind.CLIENTS,
                List.of("client_id", "name", "EIN", "SSN"), aliases);
        assertThat(mapping.indexOf("tin")).hasValue(2);
    }

    @Test
    void aFirmMappedNameBeatsTheCanonicalName() {
        ColumnAliases firm = aliases.withFirmMapping(new StringReader("kind,column,header\npayments,amount,Net USD\n"));
        HeaderMapping mapping = HeaderMapping.resolve(InputKind.PAYMENTS, List.of("payment_id", "client_id", "tin",
                "tax_year", "payment_date", "amount", "Net USD"), firm);
        assertThat(mapping.indexOf("amount")).hasValue(6);
    }

    @Test
    void namesEveryMissingRequiredColumn() {
        assertThatThrownBy(() -> HeaderMapping.resolve(InputKind.PAYMENTS,
                List.of("Client ID", "Amount", "Memo"), aliases))
                .isInstanceOf(MissingColumnsException.class)
                .hasMessageContaining("payment_id, tin, tax_year, payment_date")
                .hasMessageContaining("payments")
                .satisfies(e -> assertThat(((MissingColumnsException) e).missingColumns())
                        .containsExactly("payment_id", "tin", "tax_year", "payment_date"));
    }

    @Test
    void aMissingOptionalColumnIsNoProblem() {
        HeaderMapping mapping = HeaderMapping.resolve(InputKind.CLIENTS, List.of("client_id", "name", "tin"), aliases);
        assertThat(mapping.indexOf("spouse_tin")).isEmpty();
    }

    @Test
    void aHeaderThatIsReallyADataRowDoesNotLeakItsTinIntoTheMessage() {
        assertThatThrownBy(() -> HeaderMapping.resolve(InputKind.CLIENTS,
                List.of("C-1", "Jane Doe", "123-45-6789"), aliases))
                .hasMessageContaining("*****6789")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("123-45"));
    }
}
