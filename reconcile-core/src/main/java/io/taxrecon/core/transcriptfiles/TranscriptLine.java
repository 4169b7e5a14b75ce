package io.taxrecon.core.transcriptfiles;

/**
 * One line of a transcript's text, with the page it is on (1 for a text or HTML file without
 * pages) and its line number on that page, so that evidence and rejects point a person to it.
 */
public record TranscriptLine(int page, int line, String text) {

    public TranscriptLine {
        text = text == null ? "" : text.replace('\u00A0', ' ').strip();
    }

    /** "page 2": the sheet field of a transcript row's {@code SourceRef}. */
    public String pageLabel() {
        return "page " + page;
    }
}
