package io.taxrecon.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnAliasesTest {

    private final ColumnAliases aliases = ColumnAliases.defaults();

    @Test
    void theCatalogListsSpecsColumnsInSpecsOrder() {
        assertThat(aliases.columns(InputKind.CLIENTS))
                .containsExactly("client_id", "name", "tin", "spouse_name", "spouse_tin", "reviewer");
        assertThat(aliases.requiredColumns(InputKind.CLIENTS)).containsExactly("client_id", "name", "tin");
        assertThat(aliases.columns(InputKind.NOTICES)).containsExactly("notice_id", "client_id", "tin", "tax_year",
                "notice_code", "notice_date", "amount_due", "tax_form", "response_due_date", "tax", "penalty",
                "interest", "payments_credited");
        assertThat(aliases.requiredColumns(InputKind.IRS_TRANSACTIONS)).containsExactly("client_id", "tin",
                "tax_year", "transaction_code", "transaction_date", "amount");
        assertThat(aliases.requiredColumns(InputKind.INFORMATION_RETURNS)).containsExactly("document_id",
                "client_id", "tin", "tax_year", "form_type", "payer_name", "payer_tin", "box", "amount");
        assertThat(aliases.columns(InputKind.RETURN_LINES))
                .containsExactly("client_id", "tin", "tax_year", "line", "amount", "tax_form");
        assertThat(aliases.columns(InputKind.PAYMENTS)).containsExactly("payment_id", "client_id", "tin", "tax_year",
                "payment_date", "amount", "method", "payment_type", "confirmation_number", "tax_form");
    }

    @ParameterizedTest(name = "\"{1}\" stands for {0}.{2}")
    @CsvSource({
            "CLIENTS, SSN, tin", "CLIENTS, EIN, tin", "CLIENTS, Taxpayer ID, tin", "CLIENTS, TIN/SSN, tin",
            "INFORMATION_RETURNS, Recipient TIN, tin",
            "PAYMENTS, Amount Paid, amount", "PAYMENTS, Payment Amount, amount", "PAYMENTS, Amt, amount",
            "IRS_TRANSACTIONS, Amt, amount",
            "NOTICES, Client ID, client_id", "PAYMENTS, Client Number, client_id", "CLIENTS, Client No, client_id",
            "PAYMENTS, Date Paid, payment_date", "PAYMENTS, Paid On, payment_date",
            "NOTICES, Notice, notice_code", "NOTICES, Notice Type, notice_code", "NOTICES, Letter, notice_code",
            "NOTICES, Year, tax_year", "PAYMENTS, Tax Period, tax_year",
            "IRS_TRANSACTIONS, TC, transaction_code", "IRS_TRANSACTIONS, Code, transaction_code",
            "IRS_TRANSACTIONS, Date, transaction_date", "IRS_TRANSACTIONS, Posted, transaction_date",
            "INFORMATION_RETURNS, Doc ID, document_id", "INFORMATION_RETURNS, Form ID, document_id",
            "INFORMATION_RETURNS, Form, form_type", "INFORMATION_RETURNS, Payer EIN, payer_tin",
            "INFORMATION_RETURNS, Payer TIN, payer_tin", "INFORMATION_RETURNS, Box Number, box",
            "NOTICES, Due Date, response_due_date", "RETURN_LINES, Line Number, line",
    })
    void acceptsCommonAliases(InputKind kind, String header, String column) {
        assertThat(aliases.columnFor(kind, header)).contains(column);
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_id", "Client ID", "CLIENT-ID", "clientid", " client _ id ", "Client_Id", "\uFEFFclient_id"})
    void matchesHeaderNamesIgnoringCaseSpacesUnderscoresAndDashes(String header) {
        assertThat(aliases.columnFor(InputKind.PAYMENTS, header)).contains("client_id");
    }

    @Test
    void anAliasBelongsToItsKindOnly() {
        assertThat(aliases.columnFor(InputKind.PAYMENTS, "TC")).isEmpty();
        assertThat(aliases.columnFor(InputKind.NOTICES, "Date")).contains("notice_date");
        assertThat(aliases.columnFor(InputKind.PAYMENTS, "Date")).contains("payment_date");
    }

    @Test
    void anEinColumnOfAW2IsNotTakenForTheRecipientsTin() {
        assertThat(aliases.columnFor(InputKind.INFORMATION_RETURNS, "EIN")).isEmpty();
    }

    @Test
    void aFirmMappingAddsItsOwnHeaderNames() {
        ColumnAliases firm = aliases.withFirmMapping(new StringReader("""
                kind,column,header
                payments,amount,Amt Paid USD
                """));
        assertThat(firm.columnFor(InputKind.PAYMENTS, "Amt Paid USD")).contains("amount");
        assertThat(firm.columnFor(InputKind.PAYMENTS, "amt_paid_usd")).contains("amount");
        assertThat(firm.columnFor(InputKind.NOTICES, "Amt Paid USD")).isEmpty();
        assertThat(firm.columnFor(InputKind.PAYMENTS, "Amount Paid")).contains("amount");
        assertThat(aliases.columnFor(InputKind.PAYMENTS, "Amt Paid USD")).as("defaults unchanged").isEmpty();
    }

    @Test
    void aStarMappingAppliesToEveryKindWithThatColumn() {
        ColumnAliases firm = aliases.withFirmMapping(new StringReader("""
                kind,column,header
                *,client_id,Acct Code
                """));
        for (InputKind kind : InputKind.values()) {
            assertThat(firm.columnFor(kind, "Acct Code")).contains("client_id");
        }
    }

    @Test
    void aKindsOwnMappingWinsOverAStarMappingAndOverTheDefaults() {
        ColumnAliases firm = aliases.withFirmMapping(new StringReader("""
                kind,column,header
                *,description,Memo
                irs_transactions,cycle,Memo
                notices,tax_form,Notice
                """));
        assertThat(firm.columnFor(InputKind.IRS_TRANSACTIONS, "Memo")).contains("cycle");
        assertThat(firm.columnFor(InputKind.NOTICES, "Notice")).contains("tax_form");
    }

    @Test
    void aFirmMappingFileMayQuoteHeadersAndUseAnyCaseForItsHeaderLine() {
        ColumnAliases firm = aliases.withFirmMapping(new StringReader(
                "\uFEFFKind,Column,Header\r\npayments,amount,\"Amount, USD\"\r\n"));
        assertThat(firm.columnFor(InputKind.PAYMENTS, "Amount, USD")).contains("amount");
    }

    @Test
    void refusesAMappingFileWithTheWrongHeaderLine() {
        assertThatThrownBy(() -> aliases.withFirmMapping(new StringReader("kind,column\npayments,amount\n")))
                .isInstanceOf(InvalidColumnMappingException.class)
                .hasMessageContaining("kind,column,header");
    }

    @Test
    void refusesAMappingFileNamingEveryBadLine() {
        assertThatThrownBy(() -> aliases.withFirmMapping(new StringReader("""
                kind,column,header
                paymnts,amount,Amt Paid
                payments,amout,Amt Paid
                payments,amount,
                *,nothing,X
                payments,amount,Total
                payments,tax_form,Total
                """)))
                .isInstanceOf(InvalidColumnMappingException.class)
                .hasMessageContaining("line 2: unknown kind 'paymnts'")
                .hasMessageContaining("line 3: payments has no column 'amout'")
                .hasMessageContaining("line 4: the header to map is blank")
                .hasMessageContaining("line 5: no kind has a column 'nothing'")
                .hasMessageContaining("line 7: 'Total' is already mapped to payments.amount");
    }

    @Test
    void refusesAnEmptyMappingFile() {
        assertThatThrownBy(() -> aliases.withFirmMapping(new StringReader("")))
                .isInstanceOf(InvalidColumnMappingException.class);
    }

    @Test
    void refusesACatalogWhereOneAliasStandsForTwoColumnsOfAKind() {
        assertThatThrownBy(() -> ColumnAliases.load(new StringReader("""
                kind,column,required,aliases
                payments,amount,yes,Amt
                payments,tax_form,no,AMT
                """))).hasMessageContaining("line 3");
    }
}
