package io.taxrecon.batch.staging;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.ingest.Rejection;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcriptfiles.AccountFigures;
import io.taxrecon.core.transcriptfiles.AccountHeader;
import io.taxrecon.core.transcriptfiles.TranscriptProduct;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One record of every staged kind, client RT-C1, with the values a loader can get wrong: absent
 * values, an empty text, quotes, commas, a line break, a backslash and non-ASCII letters.
 */
final class StagedRecordExamples {

    static final Tin TIN = Tin.of("123456789");
    static final LocalDate DAY = LocalDate.of(2025, 4, 15);

    /** A record and the table that stages it. */
    record Example<T>(StagedTable<T> table, T record) {
    }

    private StagedRecordExamples() {
    }

    static List<Example<?>> all() {
        return List.of(
                new Example<>(StagedTables.CLIENTS, new Client("RT-C1", "Jane \"JD\" Doe, Jr.", TIN, "José Doe",
                        Tin.of("987654321"), "amy", new SourceRef("clients.xlsx", "clients", 2))),
                new Example<>(StagedTables.NOTICES, new Notice("RT-N1", "RT-C1", TIN, 2024, "CP14", DAY,
                        money("812.40"), "1040", DAY.plusDays(21), money("700.00"), money("70.00"), money("42.40"),
                        null, new SourceRef("notices.csv", "", 3))),
                new Example<>(StagedTables.IRS_TRANSACTIONS, new TranscriptTransaction("RT-T1", "RT-C1", TIN, 2024,
                        "610", DAY, money("-500.00"), "Payment with return\nsecond line", "20251605",
                        new SourceRef("irs_transactions.csv", "", 4))),
                new Example<>(StagedTables.INFORMATION_RETURNS, new InformationReturn("RT-D1", "RT-C1", TIN, 2024,
                        FormType.W2, "Acme, Corp \\ \"West\"", Tin.of("112223333"), "1", money("52000.00"),
                        InformationReturn.Origin.IRS, true, new SourceRef("information_returns.csv", "", 5))),
                new Example<>(StagedTables.RETURN_LINES, new ReturnLine("RT-C1", TIN, 2024, "1a", Category.WAGES,
                        money("52000.00"), "1040", new SourceRef("return_lines.csv", "", 6))),
                new Example<>(StagedTables.PAYMENTS, new Payment("RT-P1", "RT-C1", TIN, 2024, DAY, money("500.00"),
                        "", "estimated", null, "1040", new SourceRef("payments.csv", "", 7))),
                new Example<>(StagedTables.REJECTED_ROWS, new Rejection(new SourceRef("payments.csv", "", 8), "RT-C1",
                        "amount", "\"1,00\"", "not an amount")),
                // a Wage and Income Transcript's payer: the IRS masks its EIN to the last four digits
                new Example<>(StagedTables.INFORMATION_RETURNS, new InformationReturn("RT-D2", "RT-C1", TIN, 2024,
                        FormType.F1099_NEC, "SMIT", Tin.lastFourOnly("5555"), "1", money("7500.00"),
                        InformationReturn.Origin.IRS, true, new SourceRef("RT-C1_WAID.pdf", "page 2", 13))),
                new Example<>(StagedTables.ACCOUNT_HEADERS, new AccountHeader("RT-C1", TIN, 2024, "1040",
                        TranscriptProduct.ACCOUNT_TRANSCRIPT, null, new AccountFigures(money("1250.40"), money("42.17"),
                                money("18.90"), DAY, money("1311.47"), money("52310.00"), null, money("4412.00"), DAY),
                        new SourceRef("RT-C1_ACTR.pdf", "page 1", 17))));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
