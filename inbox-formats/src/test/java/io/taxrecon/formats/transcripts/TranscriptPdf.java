package io.taxrecon.formats.transcripts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a test PDF whose pages hold the given lines, top to bottom. Each line's words are drawn
 * right to left, so a reader that did not sort by position would read them backwards.
 */
final class TranscriptPdf {

    private TranscriptPdf() {
    }

    static Path write(Path file, List<List<String>> pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 740;
                    for (String line : lines) {
                        String[] words = line.split(" ");
                        float[] xs = new float[words.length];
                        float x = 40;
                        for (int i = 0; i < words.length; i++) {
                            xs[i] = x;
                            x += font.getStringWidth(words[i] + " ") / 1000 * 9;
                        }
                        for (int i = words.length - 1; i >= 0; i--) {
                            content.beginText();
                            content.setFont(font, 9);
                            content.newLineAtOffset(xs[i], y);
                            content.showText(words[i]);
                            content.endText();
                        }
                        y -= 14;
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }
}
