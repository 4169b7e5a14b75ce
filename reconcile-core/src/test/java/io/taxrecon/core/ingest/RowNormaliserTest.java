package io.taxrecon.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowNormaliserTest {

    private static final ColumnAliases ALIASES = ColumnAliases.defaults();
    private static final Form1040Lines LINES = Form1040Lines.defaults();
    private static final SourceRef SOURCE = SourceRef.csv("in.csv", 7);

    /** A normaliser for a file whose header is {@code header}, and a way to read rows of it. */
    private record Sheet(InputKind kind, List<String> header) {

        static Sheet of(InputKind kind, String... header) {
            return new Sheet(kind, List.of(header));
        }

        NormalisedRow read(String... texts) {
            return read(Arrays.stream(texts).map(RawCell::text).toArray(RawCell[]::new));
        }

        NormalisedRow read(RawCell... cells) {
            RowNormaliser normaliser = new RowNormaliser(kind, HeaderMapping.resolve(kind, header, ALIASES), LINES);
            return normaliser.normalise(new RawRow(SOURCE, List.of(cells)));
        }

        <T> T load(Class<T> type, String... texts) {
            NormalisedRow row = read(texts);
            assertThat(row).as("row %s", List.of(texts)).isInstanceOf(NormalisedRow.Loaded.class);
            return type.cast(((NormalisedRow.Loaded) row).record());
        }

        Rejection reject(String... texts) {
            NormalisedRow row = read(texts);
            assertThat(row).as("row %s", List.of(texts)).isInstanceOf(NormalisedRow.Rejected.class);
            return ((NormalisedRow.Rejected) row).rejection();
        }

        /** A valid row with one column's text replaced. */
        String[] with(String[] valid, String column, String text) {
            String[] row = valid.clone();
            row[header.indexOf(column)] = text;
            return row;
        }
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text);
    }

    @Nested
    class Clients {
        private final Sheet sheet = Sheet.of(InputKind.CLIENTS,
                "client_id", "name", "tin", "spouse_name", "spouse_tin", "reviewer");

        @Test
        void readsAClientWithSpouse() {
            Client client = sheet.load(Client.class, "C-1", " Jane Doe ", "123-45-6789", "John Doe", "987654321", "AB");
            assertThat(client).isEqualTo(new Client("C-1", "Jane Doe", Tin.of("123456789"), "John Doe",
                    Tin.of("987654321"), "AB", SOURCE));
        }

        @Test
        void blankOptionalValuesAreAbsent() {
            Client client = sheet.load(Client.class, "C-1", "Jane Doe", "123456789", "", " ", "");
            assertThat(client.spouseName()).isNull();
            assertThat(client.spouseTin()).isNull();
            assertThat(client.reviewer()).isNull();
        }

        @Test
        void aRowShorterThanTheHeaderHasBlankCellsAtItsEnd() {
            Client client = sheet.load(Client.class, "C-1", "Jane Doe", "123456789");
            assertThat(client.spouseTin()).isNull();
        }

        @Test
        void aBlankNameRejectsTheRow() {
            Rejection rejection = sheet.reject("C-1", "", "123456789", "", "", "");
            assertThat(rejection).isEqualTo(new Rejection(SOURCE, "C-1", "name", "", "missing value"));
        }

        @Test
        void aBadSpouseTinRejectsTheRowShowingOnlyItsLastFourDigits() {
            Rejection rejection = sheet.reject("C-1", "Jane Doe", "123456789", "John", "98765432", "");
            assertThat(rejection).isEqualTo(new Rejection(SOURCE, "C-1", "spouse_tin", "*****5432",
                    "a TIN has 9 digits; this one has 8: a digit is missing"));
        }

        @Test
        void aRowWithoutClientIdIsRejectedWithNoClient() {
            Rejection rejection = sheet.reject("", "Jane Doe", "123456789");
            assertThat(rejection.clientId()).isNull();
            assertThat(rejection.column()).isEqualTo("client_id");
            assertThat(rejection.reason()).isEqualTo("missing value");
        }

        @Test
        void anExcelNumericClientIdLosesItsPointZero() {
            NormalisedRow row = sheet.read(RawCell.number("1001.0"), RawCell.text("Jane"), RawCell.number("12345678"));
            Client client = (Client) ((NormalisedRow.Loaded) row).record();
            assertThat(client.clientId()).isEqualTo("1001");
            assertThat(client.tin().digits()).isEqualTo("012345678");
        }
    }

    @Nested
    class Tins {
        private final Sheet sheet = Sheet.of(InputKind.CLIENTS, "client_id", "name", "tin");

        @Test
        void eightDigitsOfTextRejectTheRow() {
            Rejection rejection = sheet.reject("C-1", "Jane", "12345678");
            assertThat(rejection.column()).isEqualTo("tin");
            assertThat(rejection.reason()).isEqualTo("a TIN has 9 digits; this one has 8: a digit is missing");
        }

        @Test
        void eightDigitsInANumericCellAreLeftPadded() {
            NormalisedRow row = sheet.read(RawCell.text("C-1"), RawCell.text("Jane"), RawCell.number("12345678"));
            assertThat(((Client) ((NormalisedRow.Loaded) row).record()).tin()).isEqualTo(Tin.of("012345678"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"123-45-67890", "12345678", "ABC-45-6789", "123-45-678X"})
        void aRejectedTinNeverAppearsWholeInTheRejection(String written) {
            Rejection rejection = sheet.reject("C-1", "Jane", written);
            String digits = written.replaceAll("\\D", "");
            assertThat(rejection.value()).doesNotContain(digits.length() > 4 ? digits : "\u0000");
            assertThat(rejection.toString()).doesNotContain(written);
            assertThat(rejection.reason()).doesNotContain(digits.length() > 4 ? digits.substring(0, 5) : "\u0000");
        }

        @Test
        void aLoadedClientsToStringShowsOnlyTheLastFourDigits() {
            Client client = sheet.load(Client.class, "C-1", "Jane", "123-45-6789");
            assertThat(client.toString()).doesNotContain("123456789").doesNotContain("123-45").contains("6789");
        }
    }

    @Nested
    class Notices {
        private final Sheet sheet = Sheet.of(InputKind.NOTICES, "notice_id", "client_id", "tin", "tax_year",
                "notice_code", "notice_date", "amount_due", "tax_form", "response_due_date", "tax", "penalty",
                "interest", "payments_credited");
        private final String[] valid = {"N-1", "C-1", "123-45-6789", "2023", "cp 14", "4/15/2025", "$1,234.56",
                "", "", "1,000.00", "(34.56)", "", ""};

        @Test
        void readsANoticeWithItsCodeInNormalForm() {
            Notice notice = sheet.load(Notice.class, valid);
            assertThat(notice).isEqualTo(new Notice("N-1", "C-1", Tin.of("123456789"), 2023, "CP14",
                    LocalDate.of(2025, 4, 15), money("1234.56"), "1040", null, money("1000.00"), money("-34.56"),
                    null, null, SOURCE));
        }

        @Test
        void keepsAGivenTaxFormAndResponseDate() {
            Notice notice = sheet.load(Notice.class, sheet.with(sheet.with(valid, "tax_form", "Form 1040-SR"),
                    "response_due_date", "15-May-2025"));
            assertThat(notice.taxForm()).isEqualTo("1040-SR");
            assertThat(notice.responseDueDate()).isEqualTo(LocalDate.of(2025, 5, 15));
        }

        @Test
        void loadsAWellFormedCodeThatIsNotInTheCatalog() {
            assertThat(sheet.load(Notice.class, sheet.with(valid, "notice_code", "Letter 9999")).noticeCode())
                    .isEqualTo("LTR9999");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "notice_code|Balance due|not a notice code",
                "notice_code|''|missing value",
                "notice_date|02/30/2025|not a date: no such day",
                "notice_date|soon|not a date",
                "amount_due|1.2.3|not an amount",
                "amount_due|''|missing value",
                "tax_year|24|not a tax year",
                "response_due_date|tomorrow|not a date",
                "penalty|abc|not an amount",
        })
        void rejectsTheRowNamingTheColumnTheValueAndTheReason(String column, String value, String reason) {
            Rejection rejection = sheet.reject(sheet.with(valid, column, value));
            assertThat(rejection).isEqualTo(new Rejection(SOURCE, "C-1", column, value, reason));
        }

        @Test
        void theFirstBadColumnInSpecOrderRejectsTheRow() {
            String[] twoBad = sheet.with(sheet.with(valid, "amount_due", "abc"), "tax_year", "x");
            assertThat(sheet.reject(twoBad).column()).isEqualTo("tax_year");
        }

        @Test
        void theOrderOfColumnsInTheFileDoesNotChangeWhichIsReported() {
            Sheet shuffled = Sheet.of(InputKind.NOTICES, "amount_due", "tax_year", "notice_id", "client_id", "tin",
                    "notice_code", "notice_date");
            Rejection rejection = shuffled.reject("abc", "x", "N-1", "C-1", "123456789", "CP14", "2025-01-01");
            assertThat(rejection.column()).isEqualTo("tax_year");
        }
    }

    @Nested
    class Transactions {
        private final Sheet sheet = Sheet.of(InputKind.IRS_TRANSACTIONS, "client_id", "tin", "tax_year",
                "transaction_code", "transaction_date", "amount", "transaction_id", "description", "cycle");

        @Test
        void readsATranscriptLine() {
            TranscriptTransaction t = sheet.load(TranscriptTransaction.class, "C-1", "123456789", "2023", "610",
                    "04-15-2024", "-500.00", "T-9", "Payment with return", "20241605");
            assertThat(t).isEqualTo(new TranscriptTransaction("T-9", "C-1", Tin.of("123456789"), 2023, "610",
                    LocalDate.of(2024, 4, 15), money("-500.00"), "Payment with return", "20241605", SOURCE));
        }

        @Test
        void readsTheActionCodeOfATc971LineAsThreeDigits() {
            Sheet coded = Sheet.of(InputKind.IRS_TRANSACTIONS, "client_id", "tin", "tax_year", "transaction_code",
                    "transaction_date", "amount", "TC 971 AC");
            TranscriptTransaction t = coded.load(TranscriptTransaction.class, "C-1", "123456789", "2023", "971",
                    "2024-06-01", "0.00", "63");
            assertThat(t.actionCode()).isEqualTo("063");
            assertThat(t.describedAs()).isEqualTo("AC 063");
        }

        @Test
        void aRowWithoutTransactionIdIsKnownByFileAndLine() {
            TranscriptTransaction t = sheet.load(TranscriptTransaction.class, "C-1", "123456789", "2023", "806",
                    "2024-04-15", "1200", "", "", "");
            assertThat(t.transactionId()).isEqualTo("in.csv:7");
            assertThat(t.description()).isNull();
        }

        @Test
        void anExcelRowWithoutTransactionIdIsKnownByFileAndLineToo() {
            RowNormaliser normaliser = new RowNormaliser(InputKind.IRS_TRANSACTIONS,
                    HeaderMapping.resolve(InputKind.IRS_TRANSACTIONS, sheet.header(), ALIASES), LINES);
            NormalisedRow row = normaliser.normalise(new RawRow(new SourceRef("t.xlsx", "irs_transactions", 12),
                    List.of(RawCell.text("C-1"), RawCell.number("123456789"), RawCell.number("2023.0"),
                            RawCell.number("150.0"), RawCell.number("45762"), RawCell.number("99.5"))));
            TranscriptTransaction t = (TranscriptTransaction) ((NormalisedRow.Loaded) row).record();
            assertThat(t.transactionId()).isEqualTo("t.xlsx:12");
            assertThat(t.transactionCode()).isEqualTo("150");
            assertThat(t.transactionDate()).isEqualTo(LocalDate.of(2025, 4, 15));
            assertThat(t.amount()).isEqualTo(money("99.50"));
            assertThat(t.taxYear()).isEqualTo(2023);
        }

        @ParameterizedTest
        @CsvSource({"TC 150, 150", "tc-806, 806", "971, 971", "999, 999"})
        void keepsTheCodeWithoutItsTcPrefixWhetherOrNotTheCatalogKnowsIt(String written, String code) {
            TranscriptTransaction t = sheet.load(TranscriptTransaction.class, "C-1", "123456789", "2023", written,
                    "2024-04-15", "1", "", "", "");
            assertThat(t.transactionCode()).isEqualTo(code);
        }

        @Test
        void aBlankCodeRejectsTheRow() {
            Rejection rejection = sheet.reject("C-1", "123456789", "2023", " ", "2024-04-15", "1");
            assertThat(rejection.column()).isEqualTo("transaction_code");
            assertThat(rejection.reason()).isEqualTo("missing value");
        }
    }

    @Nested
    class InformationReturns {
        private final Sheet sheet = Sheet.of(InputKind.INFORMATION_RETURNS, "document_id", "client_id", "tin",
                "tax_year", "form_type", "payer_name", "payer_tin", "box", "amount", "source", "corrected");
        private final String[] valid = {"D-1", "C-1", "123-45-6789", "2023", "Form W-2", "Acme Inc", "12-3456789",
                "Box 1", "50,000.00", "", ""};

        @Test
        void readsOneBoxOfAForm() {
            InformationReturn box = sheet.load(InformationReturn.class, valid);
            assertThat(box).isEqualTo(new InformationReturn("D-1", "C-1", Tin.of("123456789"), 2023, FormType.W2,
                    "Acme Inc", Tin.of("123456789"), "1", money("50000.00"), InformationReturn.Origin.IRS, false,
                    SOURCE));
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"W-2, W2", "W2, W2", "1099INT, F1099_INT", "1099 INT, F1099_INT", "Form 1099-INT, F1099_INT",
                "1099-div, F1099_DIV", "SSA 1099, SSA_1099", "SSA-1099, SSA_1099", "1099-NEC, F1099_NEC",
                "1099-K, F1099_K", "1099-MISC, F1099_MISC", "1099-G, F1099_G", "1099-R, F1099_R", "1099-B, F1099_B",
                "W-2G, W2G", "Form W-2G, W2G", "1099-OID, F1099_OID", "1099OID, F1099_OID", "1099-C, F1099_C"})
        void readsFormTypesHoweverTheyAreWritten(String written, FormType type) {
            assertThat(sheet.load(InformationReturn.class, sheet.with(valid, "form_type", written)).formType())
                    .isEqualTo(type);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1098", "K-1", "1099-Q"})
        void anUnknownFormTypeRejectsTheRow(String written) {
            Rejection rejection = sheet.reject(sheet.with(valid, "form_type", written));
            assertThat(rejection).isEqualTo(new Rejection(SOURCE, "C-1", "form_type", written, "unknown form type"));
        }

        @ParameterizedTest(name = "box \"{0}\" is \"{1}\"")
        @CsvSource({"1, 1", "Box 1a, 1a", "1A, 1a", "box 2a, 2a", "Box 14, 14"})
        void normalisesTheBoxAndKeepsBoxesOutsideTheCategoryMap(String written, String box) {
            assertThat(sheet.load(InformationReturn.class, sheet.with(valid, "box", written)).box()).isEqualTo(box);
        }

        @ParameterizedTest
        @CsvSource({"CLIENT, CLIENT", "client, CLIENT", "irs, IRS", "IRS, IRS", "Client Copy, CLIENT"})
        void readsTheSourceInAnyCase(String written, InformationReturn.Origin origin) {
            assertThat(sheet.load(InformationReturn.class, sheet.with(valid, "source", written)).origin())
                    .isEqualTo(origin);
        }

        @Test
        void anUnknownSourceRejectsTheRow() {
            Rejection rejection = sheet.reject(sheet.with(valid, "source", "bank"));
            assertThat(rejection.column()).isEqualTo("source");
            assertThat(rejection.reason()).isEqualTo("not a source: expected IRS or CLIENT");
        }

        @ParameterizedTest
        @CsvSource({"true, true", "Y, true", "x, true", "1, true", "no, false", "'', false", "FALSE, false"})
        void readsCorrectedAsAYesNoFlag(String written, boolean corrected) {
            assertThat(sheet.load(InformationReturn.class, sheet.with(valid, "corrected", written)).corrected())
                    .isEqualTo(corrected);
        }

        @Test
        void anUnreadableCorrectedFlagRejectsTheRow() {
            Rejection rejection = sheet.reject(sheet.with(valid, "corrected", "perhaps"));
            assertThat(rejection).isEqualTo(new Rejection(SOURCE, "C-1", "corrected", "perhaps", "not a yes/no value"));
        }

        @Test
        void aBadPayerTinIsMaskedInTheRejection() {
            Rejection rejection = sheet.reject(sheet.with(valid, "payer_tin", "12-345678"));
            assertThat(rejection.column()).isEqualTo("payer_tin");
            assertThat(rejection.value()).isEqualTo("*****5678");
        }

        @Test
        void readsAHeaderOfAliases() {
            Sheet aliased = Sheet.of(InputKind.INFORMATION_RETURNS, "Doc ID", "Client ID", "Recipient TIN", "Year",
                    "Form", "Payer", "Payer EIN", "Box Number", "Amount");
            InformationReturn box = aliased.load(InformationReturn.class,
                    "D-1", "C-1", "123456789", "2023", "1099-INT", "Bank", "123456789", "1", "12.50");
            assertThat(box.formType()).isEqualTo(FormType.F1099_INT);
            assertThat(box.amount()).isEqualTo(money("12.50"));
        }
    }

    @Nested
    class ReturnLines {
        private final Sheet sheet = Sheet.of(InputKind.RETURN_LINES, "client_id", "tin", "tax_year", "line",
                "amount", "tax_form");

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"WAGES, WAGES", "wages, WAGES", "Taxable Interest, TAXABLE_INTEREST",
                "business-gross-receipts, BUSINESS_GROSS_RECEIPTS", "federal_withholding, FEDERAL_WITHHOLDING"})
        void readsACategoryNameInAnyCase(String line, Category category) {
            ReturnLine returnLine = sheet.load(ReturnLine.class, "C-1", "123456789", "2019", line, "100", "");
            assertThat(returnLine.category()).isEqualTo(category);
            assertThat(returnLine.line()).isEqualTo(line);
            assertThat(returnLine.taxForm()).isEqualTo("1040");
        }

        @ParameterizedTest(name = "{0} line {1} is {2}")
        @CsvSource({"2021, 1, WAGES", "2023, 1a, WAGES", "2023, 25a, FEDERAL_WITHHOLDING",
                "2023, 25B, FEDERAL_WITHHOLDING", "2022, 4b, RETIREMENT_DISTRIBUTIONS_TAXABLE",
                "2022, 5b, RETIREMENT_DISTRIBUTIONS_TAXABLE", "2024, 37, AMOUNT_OWED"})
        void readsAForm1040LineNumberOfItsYear(int year, String line, Category category) {
            ReturnLine returnLine = sheet.load(ReturnLine.class, "C-1", "123456789", String.valueOf(year), line,
                    "100", "");
            assertThat(returnLine.category()).isEqualTo(category);
            assertThat(returnLine.line()).isEqualTo(line);
        }

        @ParameterizedTest(name = "{0} line {1} is unknown")
        @CsvSource({"2022, 1", "2021, 1a", "2020, 25a", "2023, 25d", "2023, SALARY"})
        void anUnknownLineRejectsTheRow(int year, String line) {
            Rejection rejection = sheet.reject("C-1", "123456789", String.valueOf(year), line, "100", "");
            assertThat(rejection).isEqualTo(new Rejection(SOURCE, "C-1", "line", line, "unknown return line"));
        }

        @Test
        void lineNumbersOfAnotherFormAreNotReadAsForm1040s() {
            Rejection rejection = sheet.reject("C-1", "123456789", "2023", "1a", "100", "1120");
            assertThat(rejection.reason()).isEqualTo("unknown return line");
        }

        @Test
        void form1040SrSharesForm1040sLineNumbers() {
            ReturnLine line = sheet.load(ReturnLine.class, "C-1", "123456789", "2023", "1a", "100", "1040-SR");
            assertThat(line.category()).isEqualTo(Category.WAGES);
            assertThat(line.taxForm()).isEqualTo("1040-SR");
        }
    }

    @Nested
    class Payments {
        private final Sheet sheet = Sheet.of(InputKind.PAYMENTS, "Payment ID", "Client ID", "SSN", "Year",
                "Date Paid", "Amount Paid", "Method", "Type", "Confirmation", "Form");

        @Test
        void readsAPaymentThroughAliasedHeaders() {
            Payment payment = sheet.load(Payment.class, "P-1", "C-1", "123-45-6789", "2024", "4/15/25",
                    "$ 2,500.00", "Direct Pay", "estimated", "ABC123", "");
            assertThat(payment).isEqualTo(new Payment("P-1", "C-1", Tin.of("123456789"), 2024,
                    LocalDate.of(2025, 4, 15), money("2500.00"), "DIRECT_PAY", "ESTIMATED", "ABC123", null, SOURCE));
        }

        @Test
        void keepsAnUnfamiliarMethodAsWrittenRatherThanDropThePayment() {
            Payment payment = sheet.load(Payment.class, "P-1", "C-1", "123456789", "2024", "2025-04-15", "10",
                    "Wire transfer", "", "", "");
            assertThat(payment.method()).isEqualTo("Wire transfer");
            assertThat(payment.paymentType()).isNull();
        }

        @ParameterizedTest
        @CsvSource({"EFTPS, EFTPS", "eftps, EFTPS", "direct_pay, DIRECT_PAY", "Credit Card, CARD", "check, CHECK",
                "IRS2Go, IRS2GO", "other, OTHER"})
        void bringsKnownMethodsToTheirCanonicalWord(String written, String method) {
            Payment payment = sheet.load(Payment.class, "P-1", "C-1", "123456789", "2024", "2025-04-15", "10",
                    written, "", "", "");
            assertThat(payment.method()).isEqualTo(method);
        }

        @Test
        void aBadAmountRejectsThePaymentAsWritten() {
            Rejection rejection = sheet.reject("P-1", "C-1", "123456789", "2024", "2025-04-15", "12.345");
            assertThat(rejection).isEqualTo(new Rejection(SOURCE, "C-1", "amount", "12.345",
                    "not an amount: more than two decimals"));
        }

        @Test
        void aBadTinRejectsThePaymentWithTheTinMasked() {
            Rejection rejection = sheet.reject("P-1", "C-1", "12345678", "2024", "2025-04-15", "1");
            assertThat(rejection).isEqualTo(new Rejection(SOURCE, "C-1", "tin", "*****5678",
                    "a TIN has 9 digits; this one has 8: a digit is missing"));
        }
    }

    @Nested
    class BlankRows {

        @Test
        void aRowOfBlankCellsIsBlank() {
            assertThat(RowNormaliser.isBlank(RawRow.ofText(SOURCE, List.of("", " ", "\u00A0")))).isTrue();
            assertThat(RowNormaliser.isBlank(RawRow.ofText(SOURCE, List.of()))).isTrue();
        }

        @Test
        void aRowWithAnyValueIsNotBlank() {
            assertThat(RowNormaliser.isBlank(RawRow.ofText(SOURCE, List.of("", "x")))).isFalse();
        }

        @Test
        void aRowMayHoldNullCellsWhichAreBlank() {
            List<RawCell> cells = new ArrayList<>();
            cells.add(null);
            cells.add(new RawCell(null, false));
            assertThat(RowNormaliser.isBlank(new RawRow(SOURCE, cells))).isTrue();
        }
    }

    @Test
    void refusesAHeaderMappingOfAnotherKind() {
        HeaderMapping mapping = HeaderMapping.resolve(InputKind.CLIENTS, List.of("client_id", "name", "tin"), ALIASES);
        assertThatThrownBy(() -> new RowNormaliser(InputKind.PAYMENTS, mapping, LINES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
