package io.taxrecon.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormRowsTest {

    private static final ColumnAliases ALIASES = ColumnAliases.defaults();
    private static final SourceRef LINE_4 = SourceRef.csv("w2-export.csv", 4);
    private static final List<String> PER_BOX_HEADER = List.of("document_id", "client_id", "tin", "tax_year",
            "form_type", "payer_name", "payer_tin", "box", "amount");

    /** Every widened row of {@code texts}, read by the one normaliser both layouts share. */
    private static List<NormalisedRow> read(ColumnAliases aliases, List<String> header, String... texts) {
        FormRows rows = FormRows.of(InputKind.INFORMATION_RETURNS, header, aliases).orElseThrow();
        RowNormaliser normaliser = new RowNormaliser(InputKind.INFORMATION_RETURNS,
                HeaderMapping.resolve(InputKind.INFORMATION_RETURNS, rows.header(), aliases), Form1040Lines.defaults());
        return rows.widen(RawRow.ofText(LINE_4, List.of(texts))).stream().map(normaliser::normalise).toList();
    }

    private static List<NormalisedRow> readPerBox(String... texts) {
        RowNormaliser normaliser = new RowNormaliser(InputKind.INFORMATION_RETURNS,
                HeaderMapping.resolve(InputKind.INFORMATION_RETURNS, PER_BOX_HEADER, ALIASES), Form1040Lines.defaults());
        return List.of(normaliser.normalise(RawRow.ofText(LINE_4, List.of(texts))));
    }

    private static InformationReturn w2Box(String box, String amount) {
        return new InformationReturn("W2-7", "C-1", Tin.of("123456789"), 2024, FormType.W2, "Acme Payroll",
                Tin.of("987654321"), box, new BigDecimal(amount), InformationReturn.Origin.IRS, false, LINE_4);
    }

    @Test
    void aFormRowBecomesOneRowPerBoxWithAnAmountSkippingBlankBoxesAndKeepingItsLine() {
        List<String> header = List.of("Document ID", "Client ID", "SSN", "Year", "Form", "Employer", "Employer EIN",
                "Wages", "Federal income tax withheld", "Social security wages", "Box 12a");
        List<NormalisedRow> rows = read(ALIASES, header, "W2-7", "C-1", "123-45-6789", "2024", "W-2", "Acme Payroll",
                "98-7654321", "52,000.00", "6,100.00", "", "1,500.00");

        assertThat(rows).containsExactly(
                new NormalisedRow.Loaded(w2Box("1", "52000.00")),
                new NormalisedRow.Loaded(w2Box("2", "6100.00")),
                new NormalisedRow.Loaded(w2Box("12a", "1500.00")));
    }

    @Test
    void aPerFormRowStagesTheSameRecordsAsTheSameFormOneRowPerBox() {
        List<String> header = List.of("document_id", "client_id", "tin", "tax_year", "form_type", "payer_name",
                "payer_tin", "Box 1", "Box 2");
        List<NormalisedRow> perForm = read(ALIASES, header, "W2-7", "C-1", "123456789", "2024", "W-2",
                "Acme Payroll", "987654321", "52000.00", "6100.00");
        List<NormalisedRow> perBox = new java.util.ArrayList<>(readPerBox("W2-7", "C-1", "123456789", "2024",
                "W-2", "Acme Payroll", "987654321", "1", "52000.00"));
        perBox.addAll(readPerBox("W2-7", "C-1", "123456789", "2024", "W-2", "Acme Payroll", "987654321", "2",
                "6100.00"));

        assertThat(perForm).isEqualTo(perBox);
    }

    @Test
    void aNamedColumnIsTheBoxOfTheRowsOwnForm() {
        List<String> header = List.of("document_id", "client_id", "tin", "tax_year", "form_type", "payer_name",
                "payer_tin", "Interest income", "Federal income tax withheld");
        List<NormalisedRow> rows = read(ALIASES, header, "INT-1", "C-1", "123456789", "2024", "1099-INT",
                "First Bank", "987654321", "310.25", "31.00");

        assertThat(rows).extracting(r -> ((InformationReturn) ((NormalisedRow.Loaded) r).record()).box())
                .containsExactly("1", "4");
    }

    @Test
    void anAmountUnderAnotherFormsBoxIsRejectedWithTheColumnAndReason() {
        List<String> header = List.of("document_id", "client_id", "tin", "tax_year", "form_type", "payer_name",
                "payer_tin", "Wages", "Interest income");
        List<NormalisedRow> rows = read(ALIASES, header, "W2-7", "C-1", "123456789", "2024", "W-2", "Acme Payroll",
                "987654321", "52000.00", "12.00");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new NormalisedRow.Loaded(w2Box("1", "52000.00")));
        assertThat(rows.get(1)).isEqualTo(new NormalisedRow.Rejected(new Rejection(LINE_4, "C-1", "box",
                "Interest income", "column 'Interest income' is no box of Form W-2")));
    }

    @Test
    void aFormRowWithNoBoxFilledIsRejectedNotDropped() {
        List<String> header = List.of("document_id", "client_id", "tin", "tax_year", "form_type", "payer_name",
                "payer_tin", "Box 1", "Box 2");
        List<NormalisedRow> rows = read(ALIASES, header, "W2-7", "C-1", "123456789", "2024", "W-2", "Acme Payroll",
                "987654321", "", " ");

        assertThat(rows).containsExactly(new NormalisedRow.Rejected(
                new Rejection(LINE_4, "C-1", "box", "", FormRows.NO_BOX_FILLED)));
    }

    @Test
    void anUnknownFormIsRejectedOnItsFormTypeLikeAnyRow() {
        List<String> header = List.of("document_id", "client_id", "tin", "tax_year", "form_type", "payer_name",
                "payer_tin", "Wages");
        List<NormalisedRow> rows = read(ALIASES, header, "X-1", "C-1", "123456789", "2024", "1098-T", "College",
                "987654321", "900.00");

        assertThat(rows).containsExactly(new NormalisedRow.Rejected(
                new Rejection(LINE_4, "C-1", "form_type", "1098-T", RowNormaliser.UNKNOWN_FORM_TYPE)));
    }

    @Test
    void aFileWithABoxAndAnAmountColumnIsReadAsItIs() {
        assertThat(FormRows.of(InputKind.INFORMATION_RETURNS, PER_BOX_HEADER, ALIASES)).isEmpty();
        assertThat(FormRows.of(InputKind.INFORMATION_RETURNS,
                List.of("document_id", "client_id", "Box 1", "Amount"), ALIASES)).isEmpty();
        assertThat(FormRows.of(InputKind.PAYMENTS, List.of("payment_id", "Box 1"), ALIASES)).isEmpty();
    }

    @Test
    void aFirmsMappingNamesBoxColumnsForOneFormOrForEvery() {
        ColumnAliases firm = ALIASES.withFirmMapping(new StringReader("""
                kind,column,header
                information_returns,W-2 box 1,Gross Pay
                information_returns,box 2,Tax Held
                """));
        List<String> header = List.of("document_id", "client_id", "tin", "tax_year", "form_type", "payer_name",
                "payer_tin", "Gross Pay", "Tax Held");
        List<NormalisedRow> rows = read(firm, header, "W2-7", "C-1", "123456789", "2024", "W-2", "Acme Payroll",
                "987654321", "52000.00", "6100.00");

        assertThat(rows).containsExactly(
                new NormalisedRow.Loaded(w2Box("1", "52000.00")),
                new NormalisedRow.Loaded(w2Box("2", "6100.00")));
        assertThat(ALIASES.boxColumns().isBoxColumn("Gross Pay")).as("defaults unchanged").isFalse();
    }
}
