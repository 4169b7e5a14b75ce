package io.taxrecon.sampledata;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.sampledata.model.DocumentBox;
import io.taxrecon.sampledata.inbox.InboxWriter;
import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.InformationDocument;
import io.taxrecon.sampledata.model.Payer;
import io.taxrecon.sampledata.model.PaymentRecord;
import io.taxrecon.sampledata.model.ReturnFigure;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A later night's inbox as a firm's export writes it: a full re-export of every file, in which a
 * small share of clients changed since the first night. A changed client's W-2 wages moved, and
 * the return's wages line with them, by the same whole dollars (an amount changed in place that
 * changes no finding); every other changed client (the first included) also has a new 1099-INT
 * that the return does not report (a row appended at the end of information_returns, as a later
 * export adds rows; an UNREPORTED_INCOME or INCOME_AMOUNT_MISMATCH finding). Every other client's
 * rows are written exactly as on the first night, on the same lines.
 *
 * <p>truth.csv beside the inbox is the truth on the later night, the generator's reading, never
 * the engine's: the first night's, with the changes' own, and what the date moves: the notice
 * findings as {@link NoticeLog} reads the log on the later night (a deadline that enters its
 * 14-day window), the penalty and statute findings as {@link AbatementReading} and
 * {@link StatuteReading} read the lines then, and a payment whose pending window (RULES.md: the
 * run date at most 30 days after it) has closed since is UNPOSTED_PAYMENT: the layout the generator
 * holds to ({@link PaymentLayoutCheck}) leaves no credit in its window.
 */
public final class LaterNightExport {

    /** The random stream of a client's later-night change: apart from the streams that built it. */
    private static final long CHANGE_STREAM = 9_001;
    private static final double INVERSE_GOLDEN_RATIO = 0.6180339887498949;
    /** RULES.md: a payment is pending while the run date is at most this many days after it. */
    private static final int PENDING_DAYS = 30;
    /** The finding types whose truth the run date alone can change: read again on the later night. */
    private static final Set<String> DATED = dated();

    /**
     * What a later night's export changed.
     *
     * @param changedClients the clients with at least one change, in index order
     * @param amountsChanged rows whose amount changed in place
     * @param rowsAppended rows that are new
     */
    public record Result(GenerationResult generation, List<String> changedClients, int amountsChanged, int rowsAppended) {
        public Result {
            changedClients = List.copyOf(changedClients);
        }
    }

    private LaterNightExport() {
    }

    /**
     * Writes into {@code outDir} (inbox/ and truth.csv) the firm {@code firstNight} describes as
     * exported for {@code night} (on or after the first night), with {@code changedShare} of its
     * clients changed.
     */
    public static Result write(GeneratorOptions firstNight, LocalDate night, Path outDir, double changedShare)
            throws IOException {
        if (changedShare < 0 || changedShare > 1) {
            throw new IllegalArgumentException("changedShare must be 0 to 1");
        }
        if (night.isBefore(firstNight.runDate())) {
            throw new IllegalArgumentException("the later night " + night + " is before the first, " + firstNight.runDate());
        }
        PayerDirectory payers = new PayerDirectory(firstNight.seed());
        List<String> changed = new ArrayList<>();
        int[] counts = new int[2];
        List<GeneratedClient> appendedTo = new ArrayList<>();
        List<List<InformationDocument>> appended = new ArrayList<>();
        GenerationResult generation = SampleInboxGenerator.write(firstNight.withOutDir(outDir),
                new SampleInboxGenerator.ClientChange() {
                    @Override
                    public GeneratedClient apply(GeneratedClient generated) {
                        GeneratedClient client = truthOn(generated, firstNight.runDate(), night);
                        if (!chosen(client.index(), changedShare)) {
                            return client;
                        }
                        Change change = new Change(client,
                                RandomStreams.of(firstNight.seed(), client.index(), CHANGE_STREAM), payers);
                        boolean wages = change.moveWages();
                        boolean added = changed.size() % 2 == 0 && change.appendInterest();
                        if (!wages && !added) {
                            return client;
                        }
                        changed.add(client.clientId());
                        counts[0] += change.amountsChanged;
                        counts[1] += change.rowsAppended;
                        if (added) {
                            appendedTo.add(client);
                            appended.add(change.appended);
                        }
                        return change.client();
                    }

                    @Override
                    public void after(InboxWriter writer) throws IOException {
                        for (int i = 0; i < appendedTo.size(); i++) {
                            writer.writeDocuments(appendedTo.get(i), appended.get(i));
                        }
                    }
                });
        return new Result(generation, changed, counts[0], counts[1]);
    }

    /** The client with its truth as the generator reads its rows on {@code night} instead of {@code firstNight}. */
    static GeneratedClient truthOn(GeneratedClient c, LocalDate firstNight, LocalDate night) {
        if (night.equals(firstNight)) {
            return c;
        }
        List<TruthRow> truth = new ArrayList<>();
        for (TruthRow t : c.truth()) {
            if (!DATED.contains(t.type())) {
                truth.add(t);
            }
        }
        Set<String> own = c.spouse() == null ? Set.of(c.primary().ssn()) : Set.of(c.primary().ssn(), c.spouse().ssn());
        truth.addAll(new NoticeLog(c.notices(), c.transactions(), night).findings(c.clientId(), own));
        truth.addAll(AbatementReading.findings(c.clientId(), c.transactions(), night));
        truth.addAll(StatuteReading.findings(c.clientId(), c.transactions(), c.notices(), night));
        for (PaymentRecord p : c.payments()) {
            LocalDate lastPending = p.date().plusDays(PENDING_DAYS);
            if (!firstNight.isAfter(lastPending) && night.isAfter(lastPending) && !creditInWindow(c, p)) {
                truth.add(new TruthRow(c.clientId(), p.taxYear(), FindingType.UNPOSTED_PAYMENT, p.paymentId(), p.amount()));
            }
        }
        Collections.sort(truth);
        return new GeneratedClient(c.index(), c.clientId(), c.primary(), c.spouse(), c.reviewer(), c.notices(),
                c.transactions(), c.documents(), c.returnLines(), c.payments(), List.copyOf(truth), c.hardNegatives());
    }

    /** Whether the client of this index changes: a low-discrepancy choice, so a small firm gets its share. */
    static boolean chosen(int index, double share) {
        return (0.25 + index * INVERSE_GOLDEN_RATIO) % 1.0 < share;
    }

    /** Whether a remittance of the payment's account posted in its window (P-5 .. P+30): then the payment is no plain unposted one. */
    private static boolean creditInWindow(GeneratedClient c, PaymentRecord p) {
        for (TranscriptLine t : c.transactions()) {
            if (TransactionCodes.isRemittance(t.code()) && t.tin().equals(p.tin()) && t.taxYear() == p.taxYear()
                    && !t.date().isBefore(p.date().minusDays(5)) && !t.date().isAfter(p.date().plusDays(PENDING_DAYS))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> dated() {
        Set<String> types = new HashSet<>(ClientComposer.NOTICE_TYPES);
        types.add(TruthRow.FIRST_TIME_ABATEMENT);
        types.add(TruthRow.COLLECTION_STATUTE);
        return Set.copyOf(types);
    }

    /** One client's changes, applied to copies of its documents, return lines and truth. */
    private static final class Change {
        private final GeneratedClient original;
        private final SplittableRandom r;
        private final PayerDirectory payers;
        private final List<InformationDocument> documents;
        private final List<ReturnFigure> lines;
        private final List<TruthRow> truth;
        /** The new forms: written at the end of the file, after every client, as a later export adds rows. */
        final List<InformationDocument> appended = new ArrayList<>();
        int amountsChanged;
        int rowsAppended;

        Change(GeneratedClient original, SplittableRandom r, PayerDirectory payers) {
            this.original = original;
            this.r = r;
            this.payers = payers;
            this.documents = new ArrayList<>(original.documents());
            this.lines = new ArrayList<>(original.returnLines());
            this.truth = new ArrayList<>(original.truth());
        }

        /**
         * Box 1 of one W-2 and the return's wages line of its year gain the same whole dollars: the
         * wages still agree, so no finding changes. Only a W-2 with no twin (a copy, a repeat or a
         * correction from the same payer) is moved, so the twin's reading does not change either.
         */
        boolean moveWages() {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                InformationDocument doc = documents.get(i);
                if (doc.form() == FormType.W2 && !doc.clientCopy() && !doc.corrected() && twins(doc) == 1
                        && wagesLine(doc.taxYear()) >= 0) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                return false;
            }
            int at = candidates.get(r.nextInt(candidates.size()));
            InformationDocument doc = documents.get(at);
            BigDecimal delta = BigDecimal.valueOf(100 + r.nextInt(801));
            List<DocumentBox> boxes = new ArrayList<>();
            for (DocumentBox b : doc.boxes()) {
                boxes.add(b.box().equals("1") ? new DocumentBox("1", b.amount().add(delta)) : b);
            }
            documents.set(at, new InformationDocument(doc.documentId(), doc.recipientTin(), doc.taxYear(), doc.form(),
                    doc.payer(), List.copyOf(boxes), false, false));
            int line = wagesLine(doc.taxYear());
            ReturnFigure wages = lines.get(line);
            lines.set(line, new ReturnFigure(wages.taxYear(), wages.line(), wages.amount().add(delta)));
            amountsChanged += 2;
            return true;
        }

        /**
         * A 1099-INT from a bank not yet seen, for the primary, on a year the client has no truth
         * about: a return that reports no interest (and no other 1099-INT) leaves the whole amount
         * unreported (UNREPORTED_INCOME); one that reports the year's other 1099-INTs now falls short
         * by the new amount and the cents the return rounded off (INCOME_AMOUNT_MISMATCH, the IRS's
         * total less the return's line, as the generator plants a second bank's form the return left
         * off). A client with a hard negative, or a year with a corrected form or a client copy of a
         * 1099-INT, is left alone: its reading is not this simple.
         */
        boolean appendInterest() {
            if (!original.hardNegatives().isEmpty()) {
                return false;
            }
            Set<Integer> filed = new TreeSet<>();
            for (ReturnFigure f : lines) {
                filed.add(f.taxYear());
            }
            List<Integer> years = new ArrayList<>();
            for (int year : filed) {
                if (truth.stream().noneMatch(t -> t.taxYear() == year) && plainInterest(year)) {
                    years.add(year);
                }
            }
            if (years.isEmpty()) {
                return false;
            }
            int year = years.get(r.nextInt(years.size()));
            Set<String> used = new HashSet<>();
            for (InformationDocument doc : documents) {
                used.add(doc.payer().ein());
            }
            List<Payer> banks = payers.of(FormType.F1099_INT);
            Payer bank = null;
            for (int i = 0, start = r.nextInt(banks.size()); i < banks.size() && bank == null; i++) {
                Payer p = banks.get((start + i) % banks.size());
                bank = used.contains(p.ein()) ? null : p;
            }
            if (bank == null) {
                return false;
            }
            BigDecimal reported = interestLine(year);
            BigDecimal amount = BigDecimal.valueOf(reported == null ? 15_000 + r.nextLong(385_001)
                    : 10_000 + r.nextLong(240_001), 2);
            BigDecimal total = interestForms(year).add(amount);
            appended.add(new InformationDocument(nextDocumentId(), original.primary().ssn(), year, FormType.F1099_INT,
                    bank, List.of(new DocumentBox("1", amount)), false, false));
            truth.add(reported == null
                    ? new TruthRow(original.clientId(), year, FindingType.UNREPORTED_INCOME,
                            Category.TAXABLE_INTEREST.name(), amount)
                    : new TruthRow(original.clientId(), year, FindingType.INCOME_AMOUNT_MISMATCH,
                            Category.TAXABLE_INTEREST.name(), total.subtract(reported)));
            Collections.sort(truth);
            rowsAppended++;
            return true;
        }

        GeneratedClient client() {
            GeneratedClient c = original;
            return new GeneratedClient(c.index(), c.clientId(), c.primary(), c.spouse(), c.reviewer(), c.notices(),
                    c.transactions(), List.copyOf(documents), List.copyOf(lines), c.payments(), List.copyOf(truth),
                    c.hardNegatives());
        }

        private int twins(InformationDocument doc) {
            int n = 0;
            for (InformationDocument other : documents) {
                if (other.form() == doc.form() && other.taxYear() == doc.taxYear()
                        && other.recipientTin().equals(doc.recipientTin()) && other.payer().ein().equals(doc.payer().ein())) {
                    n++;
                }
            }
            return n;
        }

        private int wagesLine(int year) {
            for (int i = 0; i < lines.size(); i++) {
                ReturnFigure f = lines.get(i);
                if (f.taxYear() == year && (f.line().equals(Category.WAGES.name()) || f.line().equals("1a"))) {
                    return i;
                }
            }
            return -1;
        }

        /** The return's interest line of the year, or null when it reports none. */
        private BigDecimal interestLine(int year) {
            for (ReturnFigure f : lines) {
                if (f.taxYear() == year && (f.line().equals(Category.TAXABLE_INTEREST.name()) || f.line().equals("2b"))) {
                    return f.amount();
                }
            }
            return null;
        }

        /** Interest on the year's 1099-INTs (box 1), the IRS's copies. */
        private BigDecimal interestForms(int year) {
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (InformationDocument doc : documents) {
                if (doc.taxYear() == year && doc.form() == FormType.F1099_INT) {
                    for (DocumentBox b : doc.boxes()) {
                        sum = b.box().equals("1") ? sum.add(b.amount()) : sum;
                    }
                }
            }
            return sum;
        }

        /**
         * Whether the year's interest reads simply: no corrected form or client copy of a 1099-INT,
         * and either no interest at all or a return line for the forms there are.
         */
        private boolean plainInterest(int year) {
            boolean forms = false;
            for (InformationDocument doc : documents) {
                if (doc.taxYear() == year && doc.form() == FormType.F1099_INT) {
                    if (doc.clientCopy() || doc.corrected()) {
                        return false;
                    }
                    forms = true;
                }
            }
            return forms == (interestLine(year) != null);
        }

        private String nextDocumentId() {
            String prefix = "D" + original.clientId().substring(1) + "-";
            int max = 0;
            for (InformationDocument doc : documents) {
                if (doc.documentId().startsWith(prefix)) {
                    max = Math.max(max, Integer.parseInt(doc.documentId().substring(prefix.length())));
                }
            }
            int next = max + 1;
            return prefix + (next < 10 ? "0" + next : Integer.toString(next));
        }
    }
}
