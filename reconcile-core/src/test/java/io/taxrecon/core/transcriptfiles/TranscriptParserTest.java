package io.taxrecon.core.transcriptfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written fixtures follow the IRS's published layouts, each with the pitfalls practitioners report. */
class TranscriptParserTest {

    private final TranscriptParser parser = new TranscriptParser(TranscriptLabels.defaults());

    private static List<TranscriptLine> fixture(String name) throws IOException {
        try (InputStream in = TranscriptParserTest.class.getResourceAsStream("/transcripts/" + name)) {
            return TranscriptLine.linesOf(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text);
    }

    @Test
    void theOlderTdsAccountTranscriptGivesItsHeaderItsTransactionsAndItsSecondPeriod() throws IOException {
        ParsedTranscript t = parser.parse(fixture("account-tds.txt"));

        assertThat(t.product()).isEqualTo(TranscriptProduct.ACCOUNT_TRANSCRIPT);
        assertThat(t.tinLastFour()).isEqualTo("6789");
        assertThat(t.periods()).extracting(TaxPeriodModule::taxYear, TaxPeriodModule::taxForm, TaxPeriodModule::status)
                .containsExactly(tuple(2023, "1040", null), tuple(2022, "1040", "No tax return filed"));
        TaxPeriodModule y2023 = t.periods().get(0);
        assertThat(y2023.account()).isEqualTo(new AccountFigures(money("1250.40"), money("42.17"), money("18.90"),
                LocalDate.of(2026, 11, 16), money("1311.47"), money("52310.00"), money("38460.00"), money("4412.00"),
                LocalDate.of(2024, 5, 27)));
        assertThat(y2023.transactions()).extracting(TransactionLine::code, TransactionLine::explanation,
                TransactionLine::cycle, TransactionLine::date, TransactionLine::amount, TransactionLine::dln,
                l -> l.at().page() + ":" + l.at().line())
                .containsExactly(
                        tuple("150", "Tax return filed", "20242005", LocalDate.of(2024, 5, 27), money("4412.00"),
                                "28221-138-40512-4", "1:40"),
                        tuple("806", "W-2 or 1099 withholding", null, LocalDate.of(2024, 4, 15), money("-3100.00"),
                                null, "1:42"),
                        tuple("670", "Payment", null, LocalDate.of(2024, 6, 10), money("-200.00"), null, "1:43"),
                        tuple("276", "Penalty for late payment of tax", "20242005", LocalDate.of(2024, 5, 27),
                                money("22.05"), null, "1:44"),
                        tuple("196", "Interest charged for late payment", "20242005", LocalDate.of(2024, 5, 27),
                                money("19.40"), null, "1:46"),
                        tuple("971", "Notice issued CP 0014", null, LocalDate.of(2024, 5, 27), money("0.00"), null,
                                "1:47"),
                        tuple("290", "Additional tax assessed", "20243908", LocalDate.of(2024, 10, 14),
                                money("910.00"), "28254-556-01234-4", "2:7"),
                        tuple("766", "Credit to your account", null, LocalDate.of(2024, 4, 15), money("0.00"), null,
                                "2:10"));
        assertThat(t.unread()).extracting(u -> u.line().page() + ":" + u.line().line(), UnreadLine::reason)
                .containsExactly(tuple("2:9", "transaction 670 has the placeholder date 00-00-0000: the IRS gave no date"));
        TaxPeriodModule y2022 = t.periods().get(1);
        assertThat(y2022.transactions()).isEmpty();
        assertThat(y2022.account().accountBalance()).isEqualByComparingTo("0.00");
    }

    @Test
    void theNewerOneValuePerLineLayoutReadsTheSameWayWithSeveralPeriodsInOneFile() throws IOException {
        ParsedTranscript t = parser.parse(fixture("account-newer-pdf.txt"));

        assertThat(t.tinLastFour()).isEqualTo("4321");
        assertThat(t.periods()).extracting(TaxPeriodModule::taxYear).containsExactly(2024, 2023);
        TaxPeriodModule y2024 = t.periods().get(0);
        assertThat(y2024.account()).isEqualTo(new AccountFigures(money("-1200.00"), money("0.00"), money("0.00"),
                LocalDate.of(2026, 11, 16), money("-1200.00"), money("98450.00"), money("69250.00"), money("7815.00"),
                LocalDate.of(2025, 4, 28)));
        assertThat(y2024.transactions()).extracting(TransactionLine::code, TransactionLine::explanation,
                TransactionLine::cycle, TransactionLine::date, TransactionLine::amount, TransactionLine::dln)
                .containsExactly(
                        tuple("150", "Tax return filed", "20251605", LocalDate.of(2025, 4, 28), money("7815.00"),
                                "27221-108-05521-5"),
                        tuple("806", "W-2 or 1099 withholding", null, LocalDate.of(2025, 4, 15), money("-9015.00"), null),
                        tuple("768", "Earned income credit", null, LocalDate.of(2025, 4, 15), money("0.00"), null));
        TaxPeriodModule y2023 = t.periods().get(1);
        assertThat(y2023.transactions()).extracting(TransactionLine::code, TransactionLine::explanation,
                TransactionLine::cycle, TransactionLine::amount, TransactionLine::dln)
                .containsExactly(tuple("290", "Additional tax assessed by examination", "20244008", money("1275.00"),
                        "28254-556-01234-4"));
        assertThat(t.unread()).extracting(u -> u.line().line(), UnreadLine::reason)
                .containsExactly(tuple(95, "transaction 300 without a date"));
    }

    @Test
    void aWageAndIncomeTranscriptGivesOneBlockPerFormWithMaskedPayerAndBoxes() throws IOException {
        ParsedTranscript t = parser.parse(fixture("wage-income-tds.txt"));

        assertThat(t.product()).isEqualTo(TranscriptProduct.WAGE_AND_INCOME);
        assertThat(t.tinLastFour()).isEqualTo("6789");
        assertThat(t.periods()).singleElement().extracting(TaxPeriodModule::taxYear).isEqualTo(2024);
        List<FormBlock> forms = t.periods().get(0).forms();
        assertThat(forms).extracting(FormBlock::formType, FormBlock::payerName, FormBlock::payerTinLastFour,
                FormBlock::corrected)
                .containsExactly(tuple("W-2", "ACME", "4321", false), tuple("1099-INT", "BIGB", "9876", false),
                        tuple("1099-NEC", "SMIT", "5555", true));
        assertThat(forms.get(0).boxes()).extracting(BoxFigure::box, BoxFigure::amount)
                .containsExactly(tuple("1", money("52310.00")), tuple("2", money("3100.00")),
                        tuple("3", money("52310.00")), tuple("4", money("3243.22")), tuple("5", money("52310.00")),
                        tuple("6", money("758.50")));
        assertThat(forms.get(1).boxes()).extracting(BoxFigure::box, BoxFigure::amount)
                .containsExactly(tuple("1", money("412.37")), tuple("2", money("0.00")), tuple("4", money("0.00")),
                        tuple("8", money("0.00")));
        assertThat(forms.get(2).boxes()).extracting(BoxFigure::box, BoxFigure::amount, b -> b.at().page() + ":" + b.at().line())
                .containsExactly(tuple("1", money("7500.00"), "2:13"), tuple("4", money("0.00"), "2:14"));
        assertThat(t.unread()).extracting(u -> u.line().page() + ":" + u.line().line(), UnreadLine::reason)
                .containsExactly(tuple("2:15",
                        "box label not in wage-income-boxes.csv for 1099-NEC: Golden Parachute Payments"));
    }

    @Test
    void theNewerLayoutsWageAndIncomeBlocksWithOneLabelOrValuePerLineReadTheSame() {
        ParsedTranscript t = parser.parse(TranscriptLine.linesOf(String.join("\n",
                "Wage and Income Transcript", "SSN Provided:", "XXX-XX-2443", "Tax Period Requested:", "December, 2024",
                "Form W-2 Wage and Tax Statement", "Employer Identification Number (EIN):", "XXXXX4049",
                "Employer:", "Ironwood Engineering PC", "Employee:", "ZOE RAMI", "Submission Type:", "Original document",
                "Wages, Tips and Other", "Compensation:", "$41,631.46", "Federal Income Tax Withheld:", "$7,631.36",
                "Page 2/3", "This Product Contains Sensitive Taxpayer Data",
                "Form 1099-DIV Dividends and Distributions", "Payer's Federal Identification Number (FIN):XXXXX0324",
                "Payer's Name: Vanguardia Funds Trust", "Total Ordinary Dividends: $4,086.98",
                "Qualified Dividends:", "$3,091.42")));

        assertThat(t.tinLastFour()).isEqualTo("2443");
        assertThat(t.periods()).singleElement().extracting(TaxPeriodModule::taxYear).isEqualTo(2024);
        assertThat(t.periods().get(0).forms()).extracting(FormBlock::formType, FormBlock::payerName,
                FormBlock::payerTinLastFour, f -> f.boxes().stream().map(b -> b.box() + "=" + b.amount()).toList())
                .containsExactly(
                        tuple("W-2", "Ironwood Engineering PC", "4049", List.of("1=41631.46", "2=7631.36")),
                        tuple("1099-DIV", "Vanguardia Funds Trust", "0324", List.of("1a=4086.98", "1b=3091.42")));
        assertThat(t.unread()).isEmpty();
    }

    @Test
    void aTaxReturnTranscriptGivesItsCataloguedFiguresWithTheirPerComputerTwins() throws IOException {
        ParsedTranscript t = parser.parse(fixture("return-tds.txt"));

        assertThat(t.product()).isEqualTo(TranscriptProduct.TAX_RETURN_TRANSCRIPT);
        assertThat(t.tinLastFour()).isEqualTo("6789");
        TaxPeriodModule y2024 = t.periods().get(0);
        assertThat(y2024.taxYear()).isEqualTo(2024);
        assertThat(y2024.returnFigures()).extracting(ReturnFigure::category, ReturnFigure::asFiled,
                ReturnFigure::perComputer)
                .containsExactly(
                        tuple("WAGES", money("52310.00"), null),
                        tuple("TAXABLE_INTEREST", money("412.00"), null),
                        tuple("TAX_EXEMPT_INTEREST", money("0.00"), null),
                        tuple("ORDINARY_DIVIDENDS", money("0.00"), null),
                        tuple("QUALIFIED_DIVIDENDS", money("0.00"), null),
                        tuple("TOTAL_TAX", money("4412.00"), money("4512.00")),
                        tuple("FEDERAL_WITHHOLDING", money("3100.00"), null),
                        tuple("ESTIMATED_TAX_PAYMENTS", money("0.00"), null),
                        tuple("AMOUNT_OWED", money("1312.00"), null));
        ReturnFigure tax = y2024.returnFigures().get(5);
        assertThat(tax.processed()).isEqualByComparingTo("4512.00");
        assertThat(tax.changedByIrs()).isTrue();
        assertThat(t.unread()).isEmpty();
    }

    @Test
    void textThatIsNoTranscriptIsRefusedWithItsReason() {
        assertThatThrownBy(() -> parser.parse(TranscriptLine.linesOf("client_id,name,tin\nC1,Ann,123456789")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an IRS transcript");
    }
}
