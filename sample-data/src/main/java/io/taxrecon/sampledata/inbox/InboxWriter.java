package io.taxrecon.sampledata.inbox;

import io.taxrecon.sampledata.InputFormat;
import io.taxrecon.sampledata.RandomStreams;
import io.taxrecon.sampledata.TransactionCodes;
import io.taxrecon.sampledata.csv.CsvFile;
import io.taxrecon.sampledata.csv.CsvInputTable;
import io.taxrecon.sampledata.csv.CsvSpelling;
import io.taxrecon.sampledata.csv.ValueStyle;
import io.taxrecon.sampledata.model.DocumentBox;
import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.InformationDocument;
import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.PaymentRecord;
import io.taxrecon.sampledata.model.ReturnFigure;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import io.taxrecon.sampledata.xlsx.ExcelSpelling;
import io.taxrecon.sampledata.xlsx.XlsxInputTable;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The six input files of an inbox (CSV or .xlsx, as the {@link InputFormat} says), truth.csv and,
 * with --dirty, rejects-truth.csv; written client by client in SPEC.md's layouts.
 *
 * <p>Each client draws from random streams of its own: one for the text spellings (the only one a
 * clean CSV inbox uses, so that it stays byte for byte what it always was), one for Excel cell
 * types, one for --dirty's odd spellings and one for its bad rows and blank lines. None of them
 * touches what is planted, so truth.csv is the same in every format, dirty or not.
 */
public final class InboxWriter implements Closeable {

    public static final String CLIENTS = "clients.csv";
    public static final String NOTICES = "notices.csv";
    public static final String TRANSACTIONS = "irs_transactions.csv";
    public static final String INFORMATION_RETURNS = "information_returns.csv";
    public static final String RETURN_LINES = "return_lines.csv";
    public static final String PAYMENTS = "payments.csv";
    public static final String TRUTH = "truth.csv";
    public static final String REJECTS_TRUTH = RejectsTruth.FILE;
    /** The folder under the output folder that holds the inputs; truth.csv stands beside it, never in it. */
    public static final String INBOX = "inbox";

    private static final long TEXT_STREAM = 0x5717EL;
    private static final long EXCEL_STREAM = 0xE7CE1L;
    private static final long ODD_STREAM = 0x0DD5L;
    private static final long DIRT_STREAM = 0xD1E7L;
    private static final String[] PAYER_NAME_SECOND_LINES = {"Attn: Tax Information Reporting", "c/o Tax Reporting Dept.", "PO Box 1099"};

    private final long seed;
    private final InputFormat format;
    private final Map<Table, InputTable> tables = new EnumMap<>(Table.class);
    private final CsvFile truth;
    private final RejectsTruth rejects;
    private final DirtyRows dirt;

    /**
     * Writes the inputs to {@code dir/inbox/}, the truth to {@code dir/truth.csv} and, when
     * {@code dirty}, the planted rejects to {@code dir/rejects-truth.csv}.
     *
     * @param created the date Excel workbooks give as their creation date (the run date: not the clock)
     */
    public InboxWriter(Path dir, long seed, InputFormat format, boolean dirty, LocalDate created) throws IOException {
        this.seed = seed;
        this.format = format;
        Path inbox = Files.createDirectories(dir.resolve(INBOX));
        try {
            for (Table t : Table.values()) {
                tables.put(t, format.excel(t) ? new XlsxInputTable(inbox, t, created) : new CsvInputTable(inbox, t));
            }
            truth = new CsvFile(dir.resolve(TRUTH), "client_id", "tax_year", "finding_type", "reference", "difference");
            rejects = dirty ? new RejectsTruth(dir) : null;
        } catch (IOException | RuntimeException e) {
            closeAll(new ArrayList<>(tables.values()));
            throw e;
        }
        dirt = dirty ? new DirtyRows(rejects, RandomStreams.of(seed, -4, 0)) : null;
    }

    /** Writes one client's rows to every file. */
    public void write(GeneratedClient c) throws IOException {
        client(c).write(c);
        for (TruthRow t : c.truth()) {
            truth.write(t.clientId(), year(t.taxYear()), t.type(), t.reference(),
                    t.difference() == null ? "" : t.difference().setScale(2).toPlainString());
        }
    }

    /**
     * Writes more information returns of a client already written, where they fall: after every
     * client so far, as a later export adds rows at the end of its file. Their truth is the client's.
     */
    public void writeDocuments(GeneratedClient c, List<InformationDocument> documents) throws IOException {
        client(c).documents(c.clientId(), documents);
    }

    private Client client(GeneratedClient c) throws IOException {
        long i = c.index();
        ValueStyle style = new ValueStyle(RandomStreams.of(seed, i, TEXT_STREAM));
        Spelling csv = new CsvSpelling(style);
        Spelling excel = new ExcelSpelling(style, RandomStreams.of(seed, i, EXCEL_STREAM));
        SplittableRandom dirtRandom = null;
        if (dirt != null) {
            SplittableRandom odd = RandomStreams.of(seed, i, ODD_STREAM);
            csv = new OddSpelling(csv, odd);
            excel = new OddSpelling(excel, odd);
            dirtRandom = RandomStreams.of(seed, i, DIRT_STREAM);
        }
        return new Client(csv, excel, dirtRandom);
    }

    /** One client being written. */
    private final class Client {
        private final Spelling csv;
        private final Spelling excel;
        private final SplittableRandom dirtRandom;

        Client(Spelling csv, Spelling excel, SplittableRandom dirtRandom) {
            this.csv = csv;
            this.excel = excel;
            this.dirtRandom = dirtRandom;
        }

        Spelling of(Table t) {
            return format.excel(t) ? excel : csv;
        }

        void row(Table t, Cell... cells) throws IOException {
            List<Cell> row = Arrays.asList(cells);
            InputTable file = tables.get(t);
            file.write(row);
            if (dirt != null) {
                dirt.after(t, file, row, dirtRandom);
            }
        }

        /** With --dirty, now and then a value that spans two lines: a quoted CSV field with a line break. */
        String twoLines(String text, String second) {
            if (dirtRandom == null || text.isEmpty() || dirtRandom.nextInt(100) >= 3) {
                return text;
            }
            return text + "\n" + second;
        }

        // The calls below keep the order in which the values were always spelled: a clean CSV
        // inbox draws the same random numbers, in the same order, as before Excel existed.
        void write(GeneratedClient c) throws IOException {
            String id = c.clientId();
            String primary = c.primary().ssn();
            Spelling s = of(Table.CLIENTS);
            row(Table.CLIENTS, s.text(id), s.text(c.primary().name()), s.ssn(primary),
                    s.text(c.spouse() == null ? "" : c.spouse().name()),
                    c.spouse() == null ? Cell.BLANK : s.ssn(c.spouse().ssn()),
                    s.text(c.reviewer()));
            s = of(Table.NOTICES);
            for (NoticeRecord n : c.notices()) {
                row(Table.NOTICES, s.text(n.noticeId()), s.text(id), s.ssn(n.tin()), s.taxYear(n.taxYear()),
                        s.noticeCode(n.code()), s.date(n.noticeDate()), s.amount(n.amountDue()), s.taxForm(),
                        s.date(n.responseDue()), optional(s, n.tax()), optional(s, n.penalty()),
                        optional(s, n.interest()), optional(s, n.paymentsCredited()));
            }
            s = of(Table.IRS_TRANSACTIONS);
            for (TranscriptLine t : c.transactions()) {
                row(Table.IRS_TRANSACTIONS, s.text(id), s.ssn(t.tin()), s.taxYear(t.taxYear()),
                        s.transactionCode(t.code()), s.date(t.date()),
                        s.transcriptAmount(t.amount(), TransactionCodes.isCredit(t.code())), s.text(t.transactionId()),
                        s.text(twoLines(t.description(), "(see the account transcript)")), s.text(TransactionCodes.cycle(t.date())));
            }
            documents(id, c.documents());
            s = of(Table.RETURN_LINES);
            Cell returnTin = s.ssn(primary);
            for (ReturnFigure f : c.returnLines()) {
                row(Table.RETURN_LINES, s.text(id), returnTin, s.taxYear(f.taxYear()), s.text(f.line()),
                        s.wholeDollars(f.amount()), s.taxForm());
            }
            s = of(Table.PAYMENTS);
            for (PaymentRecord p : c.payments()) {
                row(Table.PAYMENTS, s.text(p.paymentId()), s.text(id), s.ssn(p.tin()), s.taxYear(p.taxYear()),
                        s.date(p.date()), s.amount(p.amount()), s.text(p.method()), s.text(p.type()),
                        s.text(p.confirmation()), s.taxForm());
            }
        }

        /** A client's information returns, one row per box. */
        void documents(String id, List<InformationDocument> documents) throws IOException {
            Spelling s = of(Table.INFORMATION_RETURNS);
            for (InformationDocument d : documents) {
                // One spelling per document, so that its box rows agree on everything but box and amount.
                Cell tin = s.ssn(d.recipientTin());
                Cell form = s.form(d.form());
                Cell payerTin = s.ein(d.payer().ein());
                Cell source = s.source(d.clientCopy());
                Cell corrected = s.corrected(d.corrected());
                Cell payerName = s.text(twoLines(d.payer().name(),
                        dirtRandom == null ? "" : PAYER_NAME_SECOND_LINES[dirtRandom.nextInt(PAYER_NAME_SECOND_LINES.length)]));
                for (DocumentBox b : d.boxes()) {
                    row(Table.INFORMATION_RETURNS, s.text(d.documentId()), s.text(id), tin, s.taxYear(d.taxYear()), form,
                            payerName, payerTin, s.box(b.box()), s.amount(b.amount()), source, corrected);
                }
            }
        }
    }

    /** The file names written, per table, in SPEC.md's order. */
    public Map<Table, String> fileNames() {
        Map<Table, String> names = new EnumMap<>(Table.class);
        tables.forEach((t, f) -> names.put(t, f.fileName()));
        return names;
    }

    /** Data rows written per file (bad rows included, blank lines not), truth.csv and rejects-truth.csv included. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.values().forEach(f -> counts.put(f.fileName(), f.rows()));
        counts.put(TRUTH, truth.rows());
        if (rejects != null) {
            counts.put(REJECTS_TRUTH, rejects.rows());
        }
        return counts;
    }

    /** Planted bad rows per reason; empty without --dirty. */
    public Map<String, Long> rejectsByReason() {
        return rejects == null ? Map.of() : rejects.byReason();
    }

    @Override
    public void close() throws IOException {
        List<Closeable> all = new ArrayList<>(tables.values());
        all.add(truth);
        if (rejects != null) {
            all.add(rejects);
        }
        closeAll(all);
    }

    private static void closeAll(List<? extends Closeable> files) throws IOException {
        IOException first = null;
        for (Closeable f : files) {
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

    private static Cell optional(Spelling s, BigDecimal v) {
        return v == null ? Cell.BLANK : s.amount(v);
    }

    private static String year(int y) {
        return Integer.toString(y);
    }
}
