package io.taxrecon.formats.transcripts;

import io.taxrecon.core.transcriptfiles.TranscriptLine;
import io.taxrecon.core.transcriptfiles.TranscriptProduct;
import io.taxrecon.formats.tabular.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An IRS transcript file of the inbox, recognised by its extension ({@code .pdf}, {@code .htm},
 * {@code .html}, {@code .txt}) and its content, and read as lines with their page and line
 * numbers. A {@code .txt} is a transcript only when a transcript title is in it: otherwise it may
 * be a CSV export with an unusual name, and is left to the tabular readers.
 */
public final class TranscriptFile {

    /** How the transcript's text is held. */
    public enum Format { PDF, HTML, TEXT }

    private static final int SNIFF_BYTES = 64 * 1024;

    private TranscriptFile() {
    }

    /** The transcript format of the file, or empty when it is no transcript file. */
    public static Optional<Format> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of(Format.PDF);
        }
        if (name.endsWith(".htm") || name.endsWith(".html")) {
            return Optional.of(Format.HTML);
        }
        if (name.endsWith(".txt") && hasTranscriptTitle(file)) {
            return Optional.of(Format.TEXT);
        }
        return Optional.empty();
    }

    /**
     * The file's lines, page by page.
     *
     * @throws UnreadableInputException naming the file, when it is not a transcript file, is
     *                                  encrypted or broken, or (a scan) holds no text
     */
    public static List<TranscriptLine> read(Path file, String displayName) {
        Format format = formatOf(file).orElseThrow(() -> new UnreadableInputException(displayName
                + ": not a transcript file (.pdf, .htm, .html, or .txt with a transcript title)"));
        List<TranscriptLine> lines = switch (format) {
            case PDF -> PdfTranscriptText.read(file, displayName);
            case HTML -> HtmlTranscriptText.read(file, displayName);
            case TEXT -> PlainTranscriptText.read(file, displayName);
        };
        if (lines.stream().allMatch(l -> l.text().isEmpty())) {
            throw new UnreadableInputException(displayName + ": has no text to read"
                    + (format == Format.PDF ? " (a scanned image?): download the transcript again from the IRS as PDF or "
                            + "HTML; a scan cannot be read" : ""));
        }
        return lines;
    }

    /**
     * The product of a transcript file, read from its text.
     *
     * @throws UnreadableInputException when the file cannot be read or is no IRS transcript
     */
    public static TranscriptProduct productOf(List<TranscriptLine> lines, String displayName) {
        return TranscriptProduct.of(lines).orElseThrow(() -> new UnreadableInputException(displayName
                + ": not an IRS transcript (no Account Transcript, Record of Account, Wage and Income Transcript or "
                + "Tax Return Transcript title)"));
    }

    private static boolean hasTranscriptTitle(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            return TranscriptProduct.of(TranscriptLine.linesOf(PlainTranscriptText.decode(head))).isPresent();
        } catch (IOException e) {
            return false; // unreadable here: the tabular readers will say why
        }
    }
}
