package io.taxrecon.sampledata.transcripts;

import java.util.Locale;

/**
 * Which of the IRS's transcript layouts the generator writes: the older TDS text, the newer PDF,
 * the HTML, or a mix (each client's transcripts in one of the three, in turn).
 */
public enum TranscriptLayout {
    TEXT("txt"),
    PDF("pdf"),
    HTML("html"),
    MIXED("");

    private final String extension;

    TranscriptLayout(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The layout of the client with this index: itself, or for MIXED text, PDF and HTML in turn. */
    public TranscriptLayout forClient(int index) {
        return this == MIXED ? values()[Math.floorMod(index, 3)] : this;
    }

    /** "text", "pdf", "html", "mixed" (any case), as the command line takes it. */
    public static TranscriptLayout parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected text, pdf, html or mixed, not '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
