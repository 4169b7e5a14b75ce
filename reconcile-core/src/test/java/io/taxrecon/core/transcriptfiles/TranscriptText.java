package io.taxrecon.core.transcriptfiles;

import java.util.ArrayList;
import java.util.List;

/** Test fixtures written as text: a form feed starts a new page, each line numbered on its page. */
final class TranscriptText {

    private TranscriptText() {
    }

    static List<TranscriptLine> lines(String text) {
        List<TranscriptLine> lines = new ArrayList<>();
        String[] pages = text.split("\f", -1);
        for (int p = 0; p < pages.length; p++) {
            String[] rows = pages[p].split("\n", -1);
            for (int i = 0; i < rows.length; i++) {
                lines.add(new TranscriptLine(p + 1, i + 1, rows[i]));
            }
        }
        return lines;
    }
}
