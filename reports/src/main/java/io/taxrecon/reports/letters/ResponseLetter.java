package io.taxrecon.reports.letters;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.CategoryComparison;
import io.taxrecon.core.income.IncomeDocument;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.Tin;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.clientworkbook.Wording;
import io.taxrecon.reports.files.AtomicFile;
import io.taxrecon.reports.files.SafeFileName;
import io.taxrecon.reports.privacy.TinRedactor;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A draft response (.docx) to an IRS notice whose figures the client's records contradict: the
 * statement of disagreement, the corrected figures line by line (the notice's bridge from what it
 * claims to what the records support, each step with its finding and reference), the documents
 * to enclose, and blanks ({@code [__________]}) for what only a person can supply (signature,
 * contact, Form 2848). Wording lives in {@code response-letter.properties}.
 *
 * <p>Like a workbook it never holds a full TIN, appears at its target only when complete, and is
 * encrypted when the {@link ReportContext} has a password. Stateless and thread-safe.
 */
public final class ResponseLetter {

    static final String BLANK = "[__________]";

    private static final LetterTemplate TEXT = LetterTemplate.load("response-letter.properties");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final Set<FindingType> PAYMENT_TYPES = Set.of(FindingType.UNPOSTED_PAYMENT,
            FindingType.MISAPPLIED_PAYMENT_YEAR, FindingType.MISAPPLIED_PAYMENT_TIN, FindingType.PAYMENT_AMOUNT_MISMATCH);
    private static final String FONT = "Calibri";
    /** The bridge's columns (what, reference, amount) in twips: 6.5 inches, the text width of the page. */
    private static final int[] COLUMN_TWIPS = {5_760, 1_800, 1_800};

    /**
     * True when the records show the notice wrong in the client's disfavour, so a written dispute
     * is due: its bridge brings what the records support below what it claims (an unposted or
     * misapplied payment, a short credit, a claim above the transcript balance), or it names a
     * TIN that is neither the client's nor the spouse's (IDENTITY_MISMATCH).
     *
     * <p>Not warranted: a notice whose code is not in the catalog (verify it is genuine before
     * answering it); income gaps alone (a CP2000 the records do not contradict is agreed or
     * partly agreed with a person's judgment, not disputed by a template); a bridge that lands at
     * or above the claim (a letter would only invite a larger bill).
     */
    public static boolean isWarranted(NoticeAssessment a, ClientReconciliation rec) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(rec, "rec");
        if (a.type() == null) {
            return false;
        }
        return overclaims(a) || namesAnotherTin(a, rec);
    }

    /** "&lt;clientId&gt;-&lt;noticeId&gt;-response.docx", each id made safe as {@link SafeFileName} does. */
    public static String fileNameFor(String clientId, String noticeId) {
        return SafeFileName.of(clientId, "") + "-" + SafeFileName.of(noticeId, "-response.docx");
    }

    /**
     * Writes a letter for every notice of the client that {@linkplain #isWarranted warrants} one
     * into {@code folder} (normally the folder of the client's workbook, so that the workbook's
     * links to them work), and returns notice_id to file name, in the order of the notices.
     */
    public Map<String, String> writeWarranted(ClientReconciliation rec, ReportContext context, Path folder) throws IOException {
        Map<String, String> written = new LinkedHashMap<>();
        for (NoticeAssessment a : rec.notices()) {
            if (isWarranted(a, rec)) {
                String name = fileNameFor(rec.records().client().clientId(), a.notice().noticeId());
                write(a, rec, context, folder.resolve(name));
                written.put(a.notice().noticeId(), name);
            }
        }
        return written;
    }

    /** Writes the letter for one notice to {@code target}, replacing any earlier one. */
    public void write(NoticeAssessment a, ClientReconciliation rec, ReportContext context, Path target) throws IOException {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(rec, "rec");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(target, "target");
        try (XWPFDocument doc = new XWPFDocument()) {
            new Composer(doc, a, rec, context).compose();
            AtomicFile.write(target, context.password(), doc::write);
        }
    }

    static boolean overclaims(NoticeAssessment a) {
        return a.claimed() != null && a.supported() != null && !a.adjustments().isEmpty()
                && a.supported().compareTo(a.claimed()) < 0;
    }

    static boolean namesAnotherTin(NoticeAssessment a, ClientReconciliation rec) {
        Notice n = a.notice();
        if (n.tin() != null && !rec.records().client().owns(n.tin())) {
            return true;
        }
        return rec.findings().stream().anyMatch(f -> f.type() == FindingType.IDENTITY_MISMATCH
                && n.noticeId() != null && n.noticeId().equals(f.reference()));
    }

    /** One letter being written: the document, its facts, and the sentences made from them. */
    private static final class Composer {
        private final XWPFDocument doc;
        private final NoticeAssessment a;
        private final ClientReconciliation rec;
        private final ReportContext context;
        private final TinRedactor redactor;
        private final Map<String, String> values = new HashMap<>();

        Composer(XWPFDocument doc, NoticeAssessment a, ClientReconciliation rec, ReportContext context) {
            this.doc = doc;
            this.a = a;
            this.rec = rec;
            this.context = context;
            this.redactor = TinRedactor.forRecords(rec.records());
            Notice n = a.notice();
            Client c = rec.records().client();
            NoticeType type = a.type();
            values.put("runDate", context.runDate().toString());
            values.put("firm", context.firmName());
            values.put("code", n.noticeCode());
            values.put("noticeDate", date(n.noticeDate()));
            values.put("year", Integer.toString(n.taxYear()));
            values.put("name", taxpayerName(n, c));
            values.put("tin", masked(n.tin()));
            values.put("noticeTin", masked(n.tin()));
            values.put("clientTin", masked(c.tin()));
            values.put("title", type == null ? n.noticeCode() : type.title());
            values.put("claimed", Wording.dollars(a.claimed()));
            values.put("supported", Wording.dollars(a.supported()));
            values.put("difference", a.claimed() == null || a.supported() == null ? BLANK
                    : Wording.dollars(a.claimed().subtract(a.supported())));
            values.put("balance", Wording.dollars(a.balanceOnNoticeDate()));
        }

        void compose() {
            pageSetup();
            paragraph(TEXT.render("draft.banner", values), Style.NOTE);
            String firm = context.firmName();
            paragraph(firm == null || firm.isBlank() ? TEXT.text("letterhead.none") : TEXT.render("letterhead.firm", values),
                    Style.LETTERHEAD);
            paragraph(TEXT.text("letterhead.address"), Style.PLAIN);
            gap();
            paragraph(LONG_DATE.format(context.runDate()), Style.PLAIN);
            gap();
            paragraph(TEXT.text("irs.to"), Style.PLAIN);
            paragraph(TEXT.text("irs.address"), Style.PLAIN);
            gap();
            paragraph(TEXT.render("re", values), Style.BOLD);
            gap();
            paragraph(TEXT.text("salutation"), Style.PLAIN);
            paragraph(TEXT.render("intro", values), Style.PLAIN);

            boolean identity = namesAnotherTin(a, rec);
            boolean overclaims = overclaims(a);
            if (identity) {
                paragraph(TEXT.render("disagree.identity", values), Style.PLAIN);
            }
            if (overclaims) {
                paragraph(TEXT.render(identity ? "disagree.identity.amount" : "disagree.amount", values), Style.PLAIN);
                paragraph(TEXT.text("bridge.title"), Style.HEADING);
                bridgeTable();
                gap();
            }
            paragraph(TEXT.render(overclaims ? "request" : "request.identity", values), Style.PLAIN);

            paragraph(TEXT.text("attachments.title"), Style.HEADING);
            int i = 1;
            for (String attachment : attachments()) {
                paragraph(i++ + ". " + attachment, Style.LIST);
            }
            gap();
            paragraph(TEXT.text("closing"), Style.PLAIN);
            gap();
            gap();
            paragraph(TEXT.text("signature"), Style.PLAIN);
            paragraph(TEXT.text("signature.label"), Style.PLAIN);
            paragraph(TEXT.text("contact.name"), Style.PLAIN);
            paragraph(TEXT.text("contact.phone"), Style.PLAIN);
            paragraph(TEXT.text("contact.hours"), Style.PLAIN);
        }

        /** Claimed, each adjustment with its finding and reference, then what the records support. */
        private void bridgeTable() {
            XWPFTable table = doc.createTable(a.adjustments().size() + 3, COLUMN_TWIPS.length);
            row(table.getRow(0), true, TEXT.text("bridge.col.finding"), TEXT.text("bridge.col.reference"),
                    TEXT.text("bridge.col.amount"));
            row(table.getRow(1), false, TEXT.text("bridge.claimed"), a.notice().noticeId(), Wording.dollars(a.claimed()));
            int r = 2;
            for (NoticeAssessment.Adjustment adj : a.adjustments()) {
                // The letter's own wording: the engine's label speaks to the reviewer, in its codes.
                String key = adj.finding() == null ? null : "bridge.finding." + adj.finding().name();
                String what = key != null && TEXT.has(key) ? TEXT.render(key, values)
                        : adj.label() == null || adj.label().isBlank() ? TEXT.text("bridge.finding.other") : adj.label();
                row(table.getRow(r++), false, what, adj.reference(), Wording.dollars(adj.amount()));
            }
            row(table.getRow(r), true, TEXT.text("bridge.supported"), "", Wording.dollars(a.supported()));
        }

        private void row(XWPFTableRow row, boolean bold, String... cells) {
            for (int c = 0; c < cells.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(Integer.toString(COLUMN_TWIPS[c]));
                XWPFParagraph p = cell.getParagraphs().get(0);
                if (c == cells.length - 1) {
                    p.setAlignment(ParagraphAlignment.RIGHT); // amounts line up
                }
                XWPFRun run = p.createRun();
                run.setFontFamily(FONT);
                run.setFontSize(10);
                run.setBold(bold);
                run.setText(clean(cells[c]));
            }
        }

        /** What to enclose: the notice, proof of each payment in the bridge, transcript pages, forms. */
        private List<String> attachments() {
            Set<String> list = new LinkedHashSet<>();
            list.add(TEXT.render("attachment.notice", values));
            Notice n = a.notice();
            for (NoticeAssessment.Adjustment adj : a.adjustments()) {
                if (adj.finding() != null && PAYMENT_TYPES.contains(adj.finding())) {
                    PaymentOutcome outcome = outcomeOf(adj.reference(), n);
                    if (outcome != null) {
                        list.add(paymentProof(outcome.payment()));
                        for (TranscriptTransaction credit : outcome.credits()) {
                            list.add(creditPage(credit));
                        }
                    }
                } else if (adj.finding() == FindingType.NOTICE_BALANCE_MISMATCH && a.balanceOnNoticeDate() != null) {
                    list.add(TEXT.render("attachment.transcript", values));
                }
            }
            for (Finding f : rec.findings()) {
                if (f.type() == FindingType.DUPLICATE_INFORMATION_RETURN && n.noticeId() != null
                        && n.noticeId().equals(f.noticeId())) {
                    list.add(TEXT.render("attachment.duplicate", Map.of("documentId", nz(f.reference()))));
                }
            }
            if (a.type() != null && a.type().stage() == NoticeType.CollectionStage.PROPOSED_ADJUSTMENT) {
                for (CategoryComparison c : rec.income()) {
                    for (IncomeDocument d : c.documents()) {
                        if (c.taxYear() == n.taxYear() && d.corrected() && d.status() == IncomeDocument.Status.COUNTED) {
                            list.add(TEXT.render("attachment.corrected", Map.of(
                                    "form", d.formType() == null ? "" : d.formType().label(),
                                    "documentId", nz(d.documentId()), "payer", nz(d.payerName()))));
                        }
                    }
                }
            }
            list.add(TEXT.text("attachment.2848"));
            return new ArrayList<>(list);
        }

        private PaymentOutcome outcomeOf(String paymentId, Notice n) {
            for (PaymentOutcome o : rec.payments()) {
                Payment p = o.payment();
                if (p.paymentId() != null && p.paymentId().equals(paymentId) && p.taxYear() == n.taxYear()
                        && Objects.equals(p.tin(), n.tin())) {
                    return o;
                }
            }
            return null;
        }

        private String paymentProof(Payment p) {
            Map<String, String> v = new HashMap<>();
            v.put("paymentId", p.paymentId());
            v.put("amount", Wording.dollars(p.amount()));
            v.put("date", date(p.paymentDate()));
            v.put("method", p.method() == null ? "" : " by " + p.method().replace('_', ' '));
            v.put("paymentYear", Integer.toString(p.taxYear()));
            String confirmation;
            if (p.confirmationNumber() == null || p.confirmationNumber().isBlank()) {
                confirmation = TEXT.text("attachment.payment.none");
            } else {
                String key = "EFTPS".equalsIgnoreCase(p.method()) ? "attachment.payment.eftps" : "attachment.payment.confirmation";
                confirmation = TEXT.render(key, Map.of("confirmation", p.confirmationNumber()));
            }
            v.put("confirmation", confirmation);
            return TEXT.render("attachment.payment", v);
        }

        private String creditPage(TranscriptTransaction t) {
            return TEXT.render("attachment.credit", Map.of(
                    "creditTin", masked(t.tin()),
                    "creditYear", Integer.toString(t.taxYear()),
                    "creditAmount", Wording.dollars(t.magnitude()),
                    "creditDate", date(t.transactionDate()),
                    "tc", nz(t.transactionCode())));
        }

        private enum Style { PLAIN, BOLD, HEADING, LETTERHEAD, NOTE, LIST }

        private void paragraph(String text, Style style) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(style == Style.HEADING ? 120 : 60);
            if (style == Style.HEADING) {
                p.setSpacingBefore(240);
                p.setKeepNext(true);
            }
            if (style == Style.LIST) {
                p.setIndentationLeft(360);
                p.setIndentationHanging(360);
            }
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(style == Style.LETTERHEAD ? 14 : style == Style.NOTE ? 9 : 11);
            run.setBold(style == Style.BOLD || style == Style.HEADING || style == Style.LETTERHEAD);
            if (style == Style.NOTE) {
                run.setItalic(true);
                run.setColor("C00000");
            }
            run.setText(clean(text));
        }

        private void gap() {
            doc.createParagraph();
        }

        /** US Letter, one-inch margins (twentieths of a point), so it prints as an American letter. */
        private void pageSetup() {
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(12_240));
            size.setH(BigInteger.valueOf(15_840));
            CTPageMar margins = sect.addNewPgMar();
            BigInteger inch = BigInteger.valueOf(1_440);
            margins.setTop(inch);
            margins.setBottom(inch);
            margins.setLeft(inch);
            margins.setRight(inch);
        }

        /** TINs masked, and characters XML cannot hold (control characters from a data file) dropped. */
        private String clean(String text) {
            if (text == null) {
                return "";
            }
            String redacted = redactor.redact(text);
            StringBuilder out = new StringBuilder(redacted.length());
            redacted.codePoints().filter(cp -> cp == '\t' || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF)
                    .forEach(out::appendCodePoint);
            return out.toString();
        }

        private static String taxpayerName(Notice n, Client c) {
            if (n.tin() != null && n.tin().equals(c.spouseTin()) && c.spouseName() != null && !c.spouseName().isBlank()) {
                return c.spouseName();
            }
            return c.name() == null || c.name().isBlank() ? c.clientId() : c.name();
        }

        private static String masked(Tin tin) {
            return tin == null ? BLANK : tin.masked();
        }

        private static String date(LocalDate d) {
            return d == null ? BLANK : d.toString();
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
