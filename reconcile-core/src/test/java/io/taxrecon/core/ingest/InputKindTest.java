package io.taxrecon.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputKindTest {

    private final ColumnAliases aliases = ColumnAliases.defaults();

    @Test
    void eachKindHasTheFileStemOfSpec() {
        assertThat(List.of(InputKind.values())).extracting(InputKind::fileStem).containsExactly(
                "clients", "notices", "irs_transactions", "information_returns", "return_lines", "payments");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "payments.csv, PAYMENTS",
            "payments-2026-11.csv, PAYMENTS",
            "Payments 2026.xlsx, PAYMENTS",
            "payments2026.csv, PAYMENTS",
            "IRS_Transactions.xlsx, IRS_TRANSACTIONS",
            "irs-transactions-nightly.csv, IRS_TRANSACTIONS",
            "IRS Transactions.xls, IRS_TRANSACTIONS",
            "information_returns_2024.csv, INFORMATION_RETURNS",
            "InformationReturns.csv, INFORMATION_RETURNS",
            "RETURN_LINES.CSV, RETURN_LINES",
            "notices.csv, NOTICES",
            "inbox/2026-11-23/clients.csv, CLIENTS",
            "C:\\exports\\clients_v2.csv, CLIENTS",
            "acme_payments.csv, PAYMENTS",
            "clients_notices.csv, CLIENTS",
    })
    void knowsAFilesKindFromItsName(String fileName, InputKind kind) {
        assertThat(InputKind.fromFileName(fileName)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"export.csv", "paymentsheet.csv", "client.csv", "transactions.csv", ""})
    void knowsNoKindFromANameThatHasNoStem(String fileName) {
        assertThat(InputKind.fromFileName(fileName)).isEmpty();
    }

    @Test
    void knowsAFilesKindFromItsHeader() {
        assertThat(InputKind.fromHeader(List.of("Payment ID", "Client ID", "SSN", "Year", "Date Paid", "Amount Paid"),
                aliases)).contains(InputKind.PAYMENTS);
        assertThat(InputKind.fromHeader(List.of("client_id", "tin", "tax_year", "TC", "Posted", "Amount"), aliases))
                .contains(InputKind.IRS_TRANSACTIONS);
        assertThat(InputKind.fromHeader(List.of("Client No", "Name", "SSN", "Spouse SSN"), aliases))
                .contains(InputKind.CLIENTS);
        assertThat(InputKind.fromHeader(List.of("client_id", "tin", "tax_year", "line", "amount"), aliases))
                .contains(InputKind.RETURN_LINES);
    }

    @Test
    void aHeaderHoldingTwoKindsRequiredColumnsGoesToTheKindItHoldsMoreColumnsOf() {
        List<String> header = List.of("notice_id", "client_id", "name", "tin", "tax_year", "notice_code",
                "notice_date", "amount_due");
        assertThat(InputKind.fromHeader(header, aliases)).contains(InputKind.NOTICES);
    }

    @Test
    void knowsNoKindFromAHeaderLackingEveryKindsRequiredColumns() {
        assertThat(InputKind.fromHeader(List.of("foo", "bar", "amount"), aliases)).isEmpty();
    }

    @Test
    void knowsASheetsKindFromItsName() {
        assertThat(InputKind.fromStem("IRS Transactions")).contains(InputKind.IRS_TRANSACTIONS);
        assertThat(InputKind.fromStem("Sheet1")).isEmpty();
    }
}
