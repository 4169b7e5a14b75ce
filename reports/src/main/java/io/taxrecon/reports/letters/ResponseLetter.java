package io.taxrecon.reports.letters;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.letters.LetterContent;
import io.taxrecon.core.letters.ResponseLetters;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.files.AtomicFile;
import io.taxrecon.reports.files.SafeFileName;
import io.taxrecon.reports.privacy.TinRedactor;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Lays out a draft response ({@link LetterContent}, which core decides and words) as a US Letter
 * .docx: the corrected figures as a table, the enclosures as a numbered list. Like a workbook it
 * never holds a full TIN (every text passes the client's {@link TinRedactor}), appears at its
 * target only when complete, and is encrypted when the {@link ReportContext} has a password.
 * Stateless and thread-safe.
 */
public final class ResponseLetter {

    private static final String FONT = "Calibri";
    /** The figures' columns (item, reference, amount) in twips: 6.5 inches, the text width of the page. */
    private static final int[] COLUMN_TWIPS = {5_760, 1_800, 1_800};

    private final ResponseLetters drafts;

    public ResponseLetter() {
        this(ResponseLetters.defaults());
    }

    public ResponseLetter(ResponseLetters drafts) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    /** "&lt;clientId&gt;-&lt;noticeId&gt;-response.docx", each id made safe as {@link SafeFileName} does. */
    public static String fileNameFor(String clientId, String noticeId) {
        return SafeFileName.of(clientId, "") + "-" + SafeFileName.of(noticeId, "-response.docx");
    }

    /**
     * Writes the letter of every notice of the client that warrants one (see core's
     * {@code LetterGrounds}: live notices only) into {@code folder} (normally the folder of the
     * client's workbook, so that the workbook's links to them work), and returns notice_id to file
     * name, in the order of the notices.
     */
    public Map<String, String> writeWarranted(ClientReconciliation rec, ReportContext context, Path folder) throws IOException {
        Map<String, String> written = new LinkedHashMap<>();
        for (LetterContent letter : drafts.drafts(rec, context.runDate(), context.firmName())) {
            String name = fileNameFor(letter.clientId(), letter.noticeId());
            write(letter, TinRedactor.forRecords(rec.records()), context, folder.resolve(name));
            written.put(letter.noticeId(), name);
        }
        return written;
    }

    /** Writes {@code letter} to {@code target}, replacing any earlier one; {@code redactor} masks every TIN. */
    public void write(LetterContent letter, TinRedactor redactor, ReportContext context, Path target) throws IOException {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(redactor, "redactor");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(target, "target");
        try (XWPFDocument doc = new XWPFDocument()) {
            new Layout(doc, redactor).lay(letter);
            AtomicFile.write(target, context.password(), doc::write);
        }
    }

    /** One document being laid out. */
    private static final class Layout {
        private final XWPFDocument doc;
        private final TinRedactor redactor;

        Layout(XWPFDocument doc, TinRedactor redactor) {
            this.doc = doc;
            this.redactor = redactor;
        }

        void lay(LetterContent l) {
            pageSetup();
            paragraph(l.banner(), Style.NOTE);
            paragraph(l.firm(), Style.LETTERHEAD);
            paragraph(l.firmAddress(), Style.PLAIN);
            gap();
            paragraph(l.date(), Style.PLAIN);
            gap();
            l.addressee().forEach(line -> paragraph(line, Style.PLAIN));
            gap();
            paragraph(l.subject(), Style.BOLD);
            gap();
            paragraph(l.salutation(), Style.PLAIN);
            paragraph(l.intro(), Style.PLAIN);
            l.disagreement().forEach(p -> paragraph(p, Style.PLAIN));
            if (l.figures() != null) {
                paragraph(l.figures().title(), Style.HEADING);
                table(l.figures());
                gap();
            }
            paragraph(l.request(), Style.PLAIN);
            paragraph(l.enclosuresTitle(), Style.HEADING);
            int i = 1;
            for (String enclosure : l.enclosures()) {
                paragraph(i++ + ". " + enclosure, Style.LIST);
            }
            gap();
            paragraph(l.closing(), Style.PLAIN);
            gap();
            gap();
            l.signature().forEach(line -> paragraph(line, Style.PLAIN));
        }

        private void table(LetterContent.CorrectedFigures figures) {
            List<LetterContent.Line> lines = figures.lines();
            XWPFTable table = doc.createTable(lines.size() + 1, COLUMN_TWIPS.length);
            row(table.getRow(0), true, figures.columns().toArray(String[]::new));
            int r = 1;
            for (LetterContent.Line line : lines) {
                row(table.getRow(r++), line.total(), line.item(), line.reference(), line.amountText());
            }
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
    }
}
