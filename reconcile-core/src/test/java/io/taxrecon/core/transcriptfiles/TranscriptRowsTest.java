package io.taxrecon.core.transcriptfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.HeaderMapping;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.ingest.RowNormaliser;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.InvalidValueException;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptRowsTest {

    private static final Tin OWN = Tin.of("123456789");
    private static final Tin SPOUSE = Tin.of("987651111");
    private static final Client CLIENT = new Client("C001", "John Taxpayer", OWN, "Jane Taxpayer", SPOUSE, null,
            SourceRef.csv("clients.csv", 2));

    private final TranscriptParser parser = new TranscriptParser(TranscriptLabels.defaults());

    private ParsedTranscript fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/transcripts/" + name)) {
            return parser.parse(TranscriptLine.linesOf(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    private static List<Object> normalised(InputKind kind, List<TranscriptEntry> entries) {
        RowNormaliser normaliser = new RowNormaliser(kind,
                HeaderMapping.resolve(kind, TranscriptRows.columns(kind), ColumnAliases.defaults()), Form1040Lines.defaults());
        return entries.stream().filter(e -> e instanceof TranscriptEntry.Row)
                .map(e -> normaliser.normalise(((TranscriptEntry.Row) e).row()))
                .map(n -> n instanceof NormalisedRow.Loaded l ? l.record() : ((NormalisedRow.Rejected) n).rejection())
                .toList();
    }

    @Test
    void theClientIsNamedByTheFolderOrTheFileNamePrefix() {
        assertThat(TranscriptOwner.clientIdOf("transcripts/C001/ACTR-1040-2024.pdf")).contains("C001");
        assertThat(TranscriptOwner.clientIdOf("C002_ACTR-1040-2024.pdf")).contains("C002");
        assertThat(TranscriptOwner.clientIdOf("ACTR-1040-2024.pdf")).isEmpty();
    }

    @Test
    void theLastFourDigitsChooseTheClientsOrTheSpousesTinAndNothingIsGuessed() {
        assertThat(TranscriptOwner.tinOf(CLIENT, "6789")).isEqualTo(OWN);
        assertThat(TranscriptOwner.tinOf(CLIENT, "1111")).isEqualTo(SPOUSE);
        assertThatThrownBy(() -> TranscriptOwner.tinOf(CLIENT, "2222")).isInstanceOf(InvalidValueException.class)
                .hasMessage("the TIN ending 2222 is neither client C001's nor the spouse's");
        Client twins = new Client("C009", "A", Tin.of("111116789"), "B", Tin.of("222226789"), null, CLIENT.source());
        assertThatThrownBy(() -> TranscriptOwner.tinOf(twins, "6789"))
                .hasMessage("the TIN ending 6789 fits both client C009 and the spouse: whose transcript it is cannot be told");
        assertThatThrownBy(() -> TranscriptOwner.tinOf(CLIENT, null))
                .hasMessage("the transcript prints no masked TIN (XXX-XX-1234) to tell whose it is");
    }

    @Test
    void aTranscriptWhoseNameSaysAnotherKindIsMisplaced() {
        assertThat(TranscriptOwner.misplaced("C001_irs_transactions_2024.txt", TranscriptProduct.TAX_RETURN_TRANSCRIPT))
                .contains("a Tax Return Transcript where irs_transactions belong (its name or folder says "
                        + "irs_transactions): move or rename it");
        assertThat(TranscriptOwner.misplaced("C001_ACTR-1040-2024.pdf", TranscriptProduct.TAX_RETURN_TRANSCRIPT)).isPresent();
        assertThat(TranscriptOwner.misplaced("C001_ACTR-1040-2024.pdf", TranscriptProduct.ACCOUNT_TRANSCRIPT)).isEmpty();
        assertThat(TranscriptOwner.misplaced("transcripts/C001/wi-2024.pdf", TranscriptProduct.WAGE_AND_INCOME)).isEmpty();
    }

    @Test
    void accountTranscriptRowsReadAsIrsTransactionsWithTheDlnAsIdAndPageAndLineAsSource() throws IOException {
        List<TranscriptEntry> entries = TranscriptRows.of(fixture("account-tds.txt"), "C001_ACTR.txt", "C001", OWN, "d1");

        List<Object> rows = normalised(InputKind.IRS_TRANSACTIONS, entries);
        assertThat(rows).hasSize(8).allMatch(r -> r instanceof TranscriptTransaction);
        assertThat(rows.get(0)).isEqualTo(new TranscriptTransaction("28221-138-40512-4", "C001", OWN, 2023, "150",
                LocalDate.of(2024, 5, 27), new BigDecimal("4412.00"), "Tax return filed", "20242005", null,
                new SourceRef("C001_ACTR.txt", "page 1", 40)));
        assertThat(((TranscriptTransaction) rows.get(1)).transactionId()).isEqualTo("C001_ACTR.txt:page 1:42");
        assertThat(entries).filteredOn(e -> e instanceof TranscriptEntry.Header)
                .extracting(e -> ((TranscriptEntry.Header) e).header())
                .extracting(AccountHeader::taxYear, AccountHeader::status, h -> h.figures().accountBalance())
                .containsExactly(tuple(2023, null, new BigDecimal("1250.40")),
                        tuple(2022, "No tax return filed", new BigDecimal("0.00")));
        assertThat(entries).filteredOn(e -> e instanceof TranscriptEntry.Refused)
                .extracting(e -> ((TranscriptEntry.Refused) e).rejection())
                .extracting(r -> r.source().sheet(), r -> r.source().line(), r -> r.clientId())
                .containsExactly(tuple("page 2", 9L, "C001"));
    }

    @Test
    void wageAndIncomeBoxesReadAsInformationReturnsOfSourceIrsWithTheMaskedPayer() throws IOException {
        List<TranscriptEntry> entries = TranscriptRows.of(fixture("wage-income-tds.txt"), "C001_WI.txt", "C001", OWN, "d1");

        List<Object> rows = normalised(InputKind.INFORMATION_RETURNS, entries);
        assertThat(rows).hasSize(12).allMatch(r -> r instanceof InformationReturn);
        assertThat(rows.get(0)).isEqualTo(new InformationReturn("d1-2024-p1l9", "C001", OWN, 2024, FormType.W2, "ACME",
                Tin.lastFourOnly("4321"), "1", new BigDecimal("52310.00"), InformationReturn.Origin.IRS, false,
                new SourceRef("C001_WI.txt", "page 1", 17)));
        InformationReturn nec = (InformationReturn) rows.get(10);
        assertThat(nec.documentId()).isEqualTo("d1-2024-p2l5");
        assertThat(nec.corrected()).isTrue();
        assertThat(nec.payerTin().lastFour()).isEqualTo("5555");
    }

    @Test
    void returnTranscriptFiguresReadAsReturnLinesWithTheFigureTheIrsProcessed() throws IOException {
        List<TranscriptEntry> entries = TranscriptRows.of(fixture("return-tds.txt"), "C001_TRT.txt", "C001", OWN, "d1");

        List<Object> rows = normalised(InputKind.RETURN_LINES, entries);
        assertThat(rows).hasSize(9).allMatch(r -> r instanceof ReturnLine);
        assertThat(rows).extracting(r -> ((ReturnLine) r).line(), r -> ((ReturnLine) r).amount())
                .contains(tuple("WAGES", new BigDecimal("52310.00")), tuple("TOTAL_TAX", new BigDecimal("4512.00")));
    }
}
