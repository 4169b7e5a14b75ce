package io.taxrecon.core.transcriptfiles;

import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.ingest.Rejection;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns a client's parsed transcript into the rows of the staged kind its product becomes, in
 * the canonical columns of that kind, so that the normaliser that reads CSV reads them too:
 * transactions (the DLN as transaction_id when printed, else file, page and line), one
 * information_returns row per box (the document id stable from the file and the block's place,
 * source IRS, the masked payer EIN kept masked), one return_lines row per catalogued figure (the
 * PER COMPUTER figure when the IRS's computer changed it). Each row's source is the file, "page N"
 * and the line. Unread lines become refusals.
 */
public final class TranscriptRows {

    private static final Map<InputKind, List<String>> COLUMNS = Map.of(
            InputKind.IRS_TRANSACTIONS, List.of("client_id", "tin", "tax_year", "transaction_code", "transaction_date",
                    "amount", "transaction_id", "description", "cycle"),
            InputKind.INFORMATION_RETURNS, List.of("document_id", "client_id", "tin", "tax_year", "form_type",
                    "payer_name", "payer_tin", "box", "amount", "source", "corrected"),
            InputKind.RETURN_LINES, List.of("client_id", "tin", "tax_year", "line", "amount", "tax_form"));

    private static final int MAX_VALUE = 200;

    private TranscriptRows() {
    }

    /** The header of the raw rows a transcript of that kind gives. */
    public static List<String> columns(InputKind kind) {
        List<String> columns = COLUMNS.get(kind);
        if (columns == null) {
            throw new IllegalArgumentException("no transcript gives " + kind.fileStem());
        }
        return columns;
    }

    /**
     * @param documentPrefix what makes a form block's document id unique to its file (e.g. the
     *                       start of the file's content hash)
     */
    public static List<TranscriptEntry> of(ParsedTranscript transcript, String file, String clientId, Tin tin,
            String documentPrefix) {
        List<TranscriptEntry> entries = new ArrayList<>();
        for (TaxPeriodModule period : transcript.periods()) {
            switch (transcript.product()) {
                case ACCOUNT_TRANSCRIPT, RECORD_OF_ACCOUNT -> {
                    entries.add(new TranscriptEntry.Header(new AccountHeader(clientId, tin, period.taxYear(),
                            period.taxForm(), transcript.product(), period.status(), period.account(),
                            source(file, period.at()))));
                    for (TransactionLine t : period.transactions()) {
                        String id = t.dln() != null ? t.dln() : file + ":" + t.at().pageLabel() + ":" + t.at().line();
                        entries.add(row(file, t.at(), clientId, tin.digits(), year(period), t.code(), iso(t.date()),
                                plain(t.amount()), id, t.explanation(), t.cycle()));
                    }
                }
                case WAGE_AND_INCOME -> {
                    for (FormBlock form : period.forms()) {
                        String documentId = documentPrefix + "-" + period.taxYear() + "-p" + form.at().page() + "l"
                                + form.at().line();
                        String payerTin = form.payerTinLastFour() == null ? "" : "XXXXX" + form.payerTinLastFour();
                        for (BoxFigure box : form.boxes()) {
                            entries.add(row(file, box.at(), documentId, clientId, tin.digits(), year(period),
                                    form.formType(), form.payerName(), payerTin, box.box(), plain(box.amount()), "IRS",
                                    Boolean.toString(form.corrected())));
                        }
                    }
                }
                case TAX_RETURN_TRANSCRIPT -> {
                    for (ReturnFigure figure : period.returnFigures()) {
                        entries.add(row(file, figure.at(), clientId, tin.digits(), year(period), figure.category(),
                                plain(figure.processed()), period.taxForm()));
                    }
                }
            }
        }
        for (UnreadLine line : transcript.unread()) {
            entries.add(refused(file, line.line(), clientId, line.line().text(), line.reason()));
        }
        return entries;
    }

    /** The whole file refused: one reject at the line that shows why (or the first line). */
    public static TranscriptEntry refused(String file, TranscriptLine at, String clientId, String value, String reason) {
        String shown = value == null ? "" : value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
        return new TranscriptEntry.Refused(new Rejection(source(file, at), clientId, "", shown, reason));
    }

    private static TranscriptEntry row(String file, TranscriptLine at, String... cells) {
        return new TranscriptEntry.Row(RawRow.ofText(source(file, at), Arrays.stream(cells)
                .map(c -> c == null ? "" : c).toList()));
    }

    private static SourceRef source(String file, TranscriptLine at) {
        return new SourceRef(file, at.pageLabel(), at.line());
    }

    private static String year(TaxPeriodModule period) {
        return Integer.toString(period.taxYear());
    }

    private static String iso(LocalDate date) {
        return date.toString();
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
