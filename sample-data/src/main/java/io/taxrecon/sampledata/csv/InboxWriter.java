package io.taxrecon.sampledata.csv;

import io.taxrecon.sampledata.TransactionCodes;
import io.taxrecon.sampledata.model.DocumentBox;
import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.InformationDocument;
import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.PaymentRecord;
import io.taxrecon.sampledata.model.ReturnFigure;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.Map;

/** The six input files of an inbox plus truth.csv, written client by client in SPEC.md's layouts. */
public final class InboxWriter implements Closeable {

    public static final String CLIENTS = "clients.csv";
    public static final String NOTICES = "notices.csv";
    public static final String TRANSACTIONS = "irs_transactions.csv";
    public static final String INFORMATION_RETURNS = "information_returns.csv";
    public static final String RETURN_LINES = "return_lines.csv";
    public static final String PAYMENTS = "payments.csv";
    public static final String TRUTH = "truth.csv";
    /** The folder under the output folder that holds the inputs; truth.csv stands beside it, never in it. */
    public static final String INBOX = "inbox";

    private final CsvFile clients;
    private final CsvFile notices;
    private final CsvFile transactions;
    private final CsvFile informationReturns;
    private final CsvFile returnLines;
    private final CsvFile payments;
    private final CsvFile truth;

    /** Writes the inputs to {@code dir/inbox/} and the truth to {@code dir/truth.csv}. */
    public InboxWriter(Path dir) throws IOException {
        Path inbox = Files.createDirectories(dir.resolve(INBOX));
        clients = new CsvFile(inbox.resolve(CLIENTS), "client_id", "name", "tin", "spouse_name", "spouse_tin", "reviewer");
        notices = new CsvFile(inbox.resolve(NOTICES), "notice_id", "client_id", "tin", "tax_year", "notice_code",
                "notice_date", "amount_due", "tax_form", "response_due_date", "tax", "penalty", "interest",
                "payments_credited");
        transactions = new CsvFile(inbox.resolve(TRANSACTIONS), "client_id", "tin", "tax_year", "transaction_code",
                "transaction_date", "amount", "transaction_id", "description", "cycle");
        informationReturns = new CsvFile(inbox.resolve(INFORMATION_RETURNS), "document_id", "client_id", "tin",
                "tax_year", "form_type", "payer_name", "payer_tin", "box", "amount", "source", "corrected");
        returnLines = new CsvFile(inbox.resolve(RETURN_LINES), "client_id", "tin", "tax_year", "line", "amount", "tax_form");
        payments = new CsvFile(inbox.resolve(PAYMENTS), "payment_id", "client_id", "tin", "tax_year", "payment_date",
                "amount", "method", "payment_type", "confirmation_number", "tax_form");
        truth = new CsvFile(dir.resolve(TRUTH), "client_id", "tax_year", "finding_type", "reference", "difference");
    }

    public void write(GeneratedClient c, ValueStyle s) throws IOException {
        String id = c.clientId();
        String primary = c.primary().ssn();
        clients.write(id, c.primary().name(), s.ssn(primary),
                c.spouse() == null ? "" : c.spouse().name(),
                c.spouse() == null ? "" : s.ssn(c.spouse().ssn()),
                c.reviewer());
        for (NoticeRecord n : c.notices()) {
            notices.write(n.noticeId(), id, s.ssn(n.tin()), year(n.taxYear()), s.noticeCode(n.code()),
                    s.date(n.noticeDate()), s.amount(n.amountDue()), s.taxForm(), s.date(n.responseDue()),
                    optional(s, n.tax()), optional(s, n.penalty()), optional(s, n.interest()),
                    optional(s, n.paymentsCredited()));
        }
        for (TranscriptLine t : c.transactions()) {
            transactions.write(id, s.ssn(t.tin()), year(t.taxYear()), Integer.toString(t.code()), s.date(t.date()),
                    s.transcriptAmount(t.amount(), TransactionCodes.isCredit(t.code())), t.transactionId(), t.description(),
                    cycle(t.date()));
        }
        for (InformationDocument d : c.documents()) {
            // One spelling per document, so that its box rows agree on everything but box and amount.
            String tin = s.ssn(d.recipientTin());
            String form = s.form(d.form());
            String payerTin = s.ein(d.payer().ein());
            String source = s.source(d.clientCopy());
            String corrected = s.corrected(d.corrected());
            for (DocumentBox b : d.boxes()) {
                informationReturns.write(d.documentId(), id, tin, year(d.taxYear()), form, d.payer().name(), payerTin,
                        b.box(), s.amount(b.amount()), source, corrected);
            }
        }
        String returnTin = s.ssn(primary);
        for (ReturnFigure f : c.returnLines()) {
            returnLines.write(id, returnTin, year(f.taxYear()), f.line(), s.wholeDollars(f.amount()), s.taxForm());
        }
        for (PaymentRecord p : c.payments()) {
            payments.write(p.paymentId(), id, s.ssn(p.tin()), year(p.taxYear()), s.date(p.date()), s.amount(p.amount()),
                    p.method(), p.type(), p.confirmation(), s.taxForm());
        }
        for (TruthRow t : c.truth()) {
            truth.write(t.clientId(), year(t.taxYear()), t.type().name(), t.reference(),
                    t.difference() == null ? "" : t.difference().setScale(2).toPlainString());
        }
    }

    /** Data rows written per file, in the order the files are listed above. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(CLIENTS, clients.rows());
        counts.put(NOTICES, notices.rows());
        counts.put(TRANSACTIONS, transactions.rows());
        counts.put(INFORMATION_RETURNS, informationReturns.rows());
        counts.put(RETURN_LINES, returnLines.rows());
        counts.put(PAYMENTS, payments.rows());
        counts.put(TRUTH, truth.rows());
        return counts;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CsvFile f : new CsvFile[] {clients, notices, transactions, informationReturns, returnLines, payments, truth}) {
            try {
                f.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static String optional(ValueStyle s, BigDecimal v) {
        return v == null ? "" : s.amount(v);
    }

    private static String year(int y) {
        return Integer.toString(y);
    }

    /** The IRS cycle code of a posting date: year, week, and the day digit "05". */
    private static String cycle(LocalDate d) {
        int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return d.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "0" : "") + week + "05";
    }
}
