package io.taxrecon.sampledata.transcripts;

import io.taxrecon.sampledata.transcripts.TranscriptDocument.Field;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Fields;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Notice;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Section;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Transaction;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Transactions;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The newer PDF layout, written with Apache PDFBox: mixed-case labels, each label on its own line
 * and its value on the next, "Report for Tax Period Ending:", the transactions in positioned
 * columns with wrapped explanations and DLN lines, and every page opened by the sensitive-data
 * banner and a "Page 1/3" counter. The same transcript always gives the same bytes.
 */
final class PdfLayout {

    static final int LINES_PER_PAGE = 52;
    private static final float FONT_SIZE = 9f;
    private static final float LEADING = 13f;
    private static final float LEFT = 40f;
    private static final float[] COLUMNS = {40f, 80f, 300f, 370f, 450f};
    private static final int EXPLANATION_WIDTH = 28;

    /** One printed line: pieces of text at their x positions. */
    private record Line(List<Piece> pieces) {
        static Line of(String text) {
            return new Line(List.of(new Piece(LEFT, text)));
        }
    }

    private record Piece(float x, String text) {
    }

    private PdfLayout() {
    }

    /**
     * One PDF of the transcripts given: one module each, in order, each numbering its own pages
     * ("Page 1/2", "Page 2/2", then "Page 1/1"), as a PDF of several tax periods comes.
     */
    static void write(List<TranscriptDocument> modules, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            CRC32 id = new CRC32();
            for (TranscriptDocument doc : modules) {
                module(pdf, font, doc);
                id.update((doc.trackingNumber() + doc.maskedTin() + doc.taxYear()).getBytes(StandardCharsets.UTF_8));
            }
            // fixed dates and ID, so that the same transcripts give the same bytes
            TranscriptDocument first = modules.get(0);
            Calendar created = GregorianCalendar.from(first.responseDate().atStartOfDay(ZoneOffset.UTC));
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            pdf.getDocumentInformation().setCreationDate(created);
            pdf.getDocumentInformation().setTitle(first.product().title());
            pdf.setDocumentId(id.getValue());
            pdf.save(out);
        }
    }

    private static void module(PDDocument pdf, PDFont font, TranscriptDocument doc) throws IOException {
        List<Line> body = body(doc);
        while (body.size() > 1 && body.get(body.size() - 1).pieces().stream().allMatch(p -> p.text().isEmpty())) {
            body.remove(body.size() - 1);
        }
        int pages = Math.max(1, (body.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
        for (int p = 0; p < pages; p++) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            pdf.addPage(page);
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(List.of(new Piece(LEFT, TdsTextLayout.SENSITIVE), new Piece(500f, "Page " + (p + 1) + "/" + pages))));
            lines.add(Line.of(""));
            lines.addAll(body.subList(p * LINES_PER_PAGE, Math.min(body.size(), (p + 1) * LINES_PER_PAGE)));
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                float y = page.getMediaBox().getHeight() - 40f;
                for (Line line : lines) {
                    for (Piece piece : line.pieces()) {
                        if (!piece.text().isEmpty()) {
                            content.beginText();
                            content.setFont(font, FONT_SIZE);
                            content.newLineAtOffset(piece.x(), y);
                            content.showText(printable(font, piece.text()));
                            content.endText();
                        }
                    }
                    y -= LEADING;
                }
            }
        }
    }

    private static List<Line> body(TranscriptDocument doc) {
        List<Line> body = new ArrayList<>();
        body.add(Line.of(doc.product().title()));
        body.add(Line.of(""));
        for (Field field : doc.header()) {
            pair(body, field.label(), IrsFormats.value(field.value(), true, false));
        }
        body.add(Line.of(""));
        for (Section section : doc.sections()) {
            if (section instanceof Notice notice) {
                body.add(Line.of(notice.text()));
            } else if (section instanceof Fields fields) {
                if (!fields.title().isEmpty()) {
                    body.add(Line.of(fields.title()));
                }
                for (Field field : fields.fields()) {
                    String label = field.label().endsWith(":") ? field.label() : field.label() + ":";
                    pair(body, label, IrsFormats.value(field.value(), !(field.value() instanceof Words), false));
                    if (field.asOf() != null) {
                        pair(body, "As of:", IrsFormats.numeric(field.asOf()));
                    }
                }
            } else if (section instanceof Transactions table) {
                body.add(Line.of("Transactions"));
                body.add(row("Code", "Explanation of transaction", "Cycle", "Date", "Amount"));
                for (Transaction t : table.rows()) {
                    List<String> explanation = IrsFormats.wrap(t.explanation(), EXPLANATION_WIDTH);
                    body.add(row(t.code(), explanation.get(0), t.cycle(), IrsFormats.numeric(t.date()),
                            IrsFormats.money(t.amount(), true)));
                    for (String more : explanation.subList(1, explanation.size())) {
                        body.add(new Line(List.of(new Piece(COLUMNS[1], more))));
                    }
                    if (t.dln() != null) {
                        body.add(new Line(List.of(new Piece(COLUMNS[1], t.dln()))));
                    }
                }
            }
            body.add(Line.of(""));
        }
        return body;
    }

    private static void pair(List<Line> body, String label, String value) {
        body.add(Line.of(label));
        body.add(Line.of(value));
    }

    private static Line row(String... cells) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            pieces.add(new Piece(COLUMNS[i], cells[i]));
        }
        return new Line(pieces);
    }

    /** The text in the standard font's encoding: a letter it lacks loses its accent rather than the file. */
    private static String printable(PDFont font, String text) {
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException notEncodable) {
            return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "");
        }
    }
}
