package io.taxrecon.core.transcriptfiles;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a transcript's text, with the page it is on (1 for a text or HTML file without
 * pages) and its line number on that page, so that evidence and rejects point a person to it.
 */
public record TranscriptLine(int page, int line, String text) {

    public TranscriptLine {
        text = text == null ? "" : text.replace('\u00A0', ' ').strip();
    }

    /** The numbered lines of a transcript's text whose pages are separated by form feeds (TDS text). */
    public static List<TranscriptLine> linesOf(String text) {
        List<TranscriptLine> lines = new ArrayList<>();
        String[] pages = text.split("\f", -1);
        for (int p = 0; p < pages.length; p++) {
            String[] rows = pages[p].split("\\r?\\n|\\r", -1);
            for (int i = 0; i < rows.length; i++) {
                lines.add(new TranscriptLine(p + 1, i + 1, rows[i]));
            }
        }
        return lines;
    }

    /** "page 2": the sheet field of a transcript row's {@code SourceRef}. */
    public String pageLabel() {
        return "page " + page;
    }
}
