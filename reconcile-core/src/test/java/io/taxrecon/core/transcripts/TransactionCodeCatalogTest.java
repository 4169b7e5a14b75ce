package io.taxrecon.core.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.catalog.CatalogException;
import io.taxrecon.core.catalog.CatalogTable;
import io.taxrecon.core.transcripts.TransactionCode.Charge;
import io.taxrecon.core.transcripts.TransactionCode.Direction;
import io.taxrecon.core.transcripts.TransactionCode.Role;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transaction-code catalog as checked against Document 6209 and the IRM (issue 12). */
class TransactionCodeCatalogTest {

    private static final TransactionCodeCatalog CODES = TransactionCodeCatalog.defaults();

    @ParameterizedTest(name = "TC {0} is {1} {2} {3}")
    @CsvSource({
            "336, ASSESSMENT, DEBIT, INTEREST", "337, ABATEMENT, CREDIT, INTEREST",
            "340, ASSESSMENT, DEBIT, INTEREST", "341, ABATEMENT, CREDIT, INTEREST",
            "702, OTHER_CREDIT_REVERSAL, DEBIT, ", "701, OTHER_CREDIT_REVERSAL, DEBIT, ",
            "712, OTHER_CREDIT_REVERSAL, DEBIT, ", "762, OTHER_CREDIT_REVERSAL, DEBIT, ",
            "765, OTHER_CREDIT_REVERSAL, DEBIT, ", "836, REFUND_OR_TRANSFER_OUT, DEBIT, ",
            "821, REFUND_OR_TRANSFER_OUT_REVERSAL, CREDIT, ", "822, REFUND_OR_TRANSFER_OUT_REVERSAL, CREDIT, ",
            "832, REFUND_OR_TRANSFER_OUT_REVERSAL, CREDIT, ", "841, REFUND_OR_TRANSFER_OUT_REVERSAL, CREDIT, ",
            "740, REFUND_OR_TRANSFER_OUT_REVERSAL, CREDIT, ", "898, REFUND_OR_TRANSFER_OUT, DEBIT, ",
            "899, REFUND_OR_TRANSFER_OUT_REVERSAL, CREDIT, ", "720, OTHER_CREDIT, CREDIT, ",
            "721, OTHER_CREDIT_REVERSAL, DEBIT, ", "722, OTHER_CREDIT_REVERSAL, DEBIT, ",
            "770, CREDIT_INTEREST, CREDIT, ", "772, CREDIT_INTEREST_REVERSAL, DEBIT, ",
            "776, CREDIT_INTEREST, CREDIT, ", "777, CREDIT_INTEREST_REVERSAL, DEBIT, ",
            "180, ASSESSMENT, DEBIT, PENALTY", "186, ASSESSMENT, DEBIT, PENALTY",
            "234, ASSESSMENT, DEBIT, PENALTY", "238, ASSESSMENT, DEBIT, PENALTY", "240, ASSESSMENT, DEBIT, PENALTY",
            "280, ASSESSMENT, DEBIT, PENALTY", "286, ASSESSMENT, DEBIT, PENALTY",
            "281, ABATEMENT, CREDIT, PENALTY", "287, ABATEMENT, CREDIT, PENALTY", "320, ASSESSMENT, DEBIT, PENALTY",
            "166, ASSESSMENT, DEBIT, FAILURE_TO_FILE", "276, ASSESSMENT, DEBIT, FAILURE_TO_PAY",
            "176, ASSESSMENT, DEBIT, ESTIMATED_TAX", "150, ASSESSMENT, DEBIT, TAX",
            "360, ASSESSMENT, DEBIT, FEE", "361, ABATEMENT, CREDIT, FEE",
            "680, DESIGNATED_PAYMENT, CREDIT, ", "690, DESIGNATED_PAYMENT, CREDIT, ", "694, DESIGNATED_PAYMENT, CREDIT, ",
            "608, WRITE_OFF, CREDIT, ", "609, WRITE_OFF_REVERSAL, DEBIT, "})
    void theCodesIssue12AddedHaveTheirRoleDirectionAndCharge(String code, Role role, Direction direction, Charge charge) {
        TransactionCode tc = CODES.find(code).orElseThrow();
        assertThat(tc.role()).isEqualTo(role);
        assertThat(tc.direction()).isEqualTo(direction);
        assertThat(tc.charge()).isEqualTo(charge);
    }

    @ParameterizedTest(name = "TC {0}")
    @CsvSource({"612", "642", "652", "662", "672"})
    void aPaymentCorrectionIsACorrectionNotADishonour(String code) {
        TransactionCode tc = CODES.find(code).orElseThrow();
        assertThat(tc.role()).isEqualTo(Role.REMITTANCE_CORRECTION);
        assertThat(tc.direction()).isEqualTo(Direction.DEBIT);
    }

    @ParameterizedTest(name = "TC {0}")
    @CsvSource({"460", "470", "480", "481", "482", "483", "500", "502", "520", "521", "522", "530", "550", "582",
            "583", "971"})
    void aStatusMarkerMovesNoMoneyWhateverAmountItCarries(String code) {
        TransactionCode tc = CODES.find(code).orElseThrow();
        assertThat(tc.role()).isEqualTo(Role.MARKER);
        TranscriptTransaction line = new TranscriptTransaction("T1", "C1", Tin.of("123456789"), 2024, code,
                LocalDate.of(2025, 1, 2), new BigDecimal("125.00"), null, null, SourceRef.csv("irs_transactions.csv", 2));
        assertThat(tc.balanceEffect(line)).isEqualByComparingTo("0");
        assertThat(tc.movesBalance()).isFalse();
    }

    @Test
    void sixSixtyIsAnEstimatedTaxPaymentWhateverTheChannel() {
        assertThat(CODES.find("660").orElseThrow().description()).startsWith("Estimated tax payment (any channel");
    }

    @Test
    void interestComputedOnAnAdjustmentIsThreeThirtySixAndManualInterestIsThreeForty() {
        assertThat(CODES.find("336").orElseThrow().description()).contains("when an adjustment posts");
        assertThat(CODES.find("340").orElseThrow().description()).contains("manually computed");
    }

    @Test
    void everyCodeNamesItsSource() {
        CatalogTable table = CatalogTable.read(TransactionCodeCatalog.FILE,
                CatalogTable.resource(TransactionCodeCatalog.class, TransactionCodeCatalog.FILE), "code");
        assertThat(table.rows()).hasSize(114);
        for (CatalogTable.Row row : table.rows()) {
            assertThat(row.optional("source")).as("TC " + row.optional("code")).isNotBlank();
        }
    }

    @Test
    void aFirmFileWithoutChargeOrSourceColumnsStillReads() {
        TransactionCodeCatalog old = TransactionCodeCatalog.read(new StringReader("code,role,direction\n670,REMITTANCE,CREDIT\n"));
        assertThat(old.find("670").orElseThrow().charge()).isNull();
    }

    @Test
    void anUnknownChargeIsAnErrorOfTheFileAndLine() {
        assertThatThrownBy(() -> TransactionCodeCatalog.read(new StringReader(
                "code,role,direction,charge\n166,ASSESSMENT,DEBIT,LATENESS\n")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("transaction-codes.csv:2");
    }

    @ParameterizedTest
    @CsvSource({"TC 0460,460", "tc460,460", "' 0150 ',150", "TC  971,971", "00,0", "0,0", "766,766", "''," + "''"})
    void aCodeIsKeyedWithoutItsTcPrefixSpacesOrLeadingZeros(String written, String key) {
        assertThat(TransactionCodeCatalog.key(written)).isEqualTo(key);
    }
}
