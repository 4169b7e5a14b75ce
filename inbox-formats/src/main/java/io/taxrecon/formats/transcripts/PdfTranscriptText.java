package io.taxrecon.formats.transcripts;

import io.taxrecon.core.transcriptfiles.TranscriptLine;
import io.taxrecon.formats.tabular.UnreadableInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a transcript PDF through PDFBox, page by page, sorted by position so that a table
 * row's cells come out on one line in reading order whatever order the PDF drew them in.
 */
final class PdfTranscriptText {

    private PdfTranscriptText() {
    }

    static List<TranscriptLine> read(Path file, String displayName) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<TranscriptLine> lines = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String[] rows = stripper.getText(document).split("\\r?\\n|\\r", -1);
                for (int i = 0; i < rows.length; i++) {
                    lines.add(new TranscriptLine(page, i + 1, rows[i]));
                }
            }
            return lines;
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException(displayName + ": the PDF is protected by a password; download the "
                    + "transcript again without one", e);
        } catch (IOException e) {
            throw new UnreadableInputException(displayName + ": not a readable PDF (" + e.getMessage() + ")", e);
        }
    }
}
