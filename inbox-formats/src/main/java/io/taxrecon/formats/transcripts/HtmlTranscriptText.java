package io.taxrecon.formats.transcripts;

import io.taxrecon.core.transcriptfiles.TranscriptLine;
import io.taxrecon.formats.tabular.UnreadableInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The text of an HTML transcript (the online account's and e-Services' pages) through jsoup, as
 * the lines a reader sees: an {@code item-label} with its {@code item-value} on one line, a
 * table row's cells on one line, every other innermost block on its own line. Each line is
 * numbered by where its element starts in the HTML source, on page 1.
 */
final class HtmlTranscriptText {

    private static final String LABEL = "item-label";
    private static final String VALUE = "item-value";

    private HtmlTranscriptText() {
    }

    static List<TranscriptLine> read(Path file, String displayName) {
        Document document;
        try {
            String html = PlainTranscriptText.decode(Files.readAllBytes(file));
            document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UnreadableInputException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        List<TranscriptLine> lines = new ArrayList<>();
        walk(document.body(), lines);
        return lines;
    }

    private static void walk(Element element, List<TranscriptLine> lines) {
        if (element.hasClass(VALUE) && previousLabel(element) != null) {
            return; // read with its label
        }
        if (element.hasClass(LABEL)) {
            Element value = element.nextElementSibling();
            String text = element.text() + (value != null && value.hasClass(VALUE) ? " " + value.text() : "");
            add(element, text, lines);
            return;
        }
        if (element.normalName().equals("tr")) {
            add(element, element.children().stream().map(Element::text).collect(Collectors.joining(" ")), lines);
            return;
        }
        boolean blockChildren = element.children().stream().anyMatch(HtmlTranscriptText::isBlockOrLabel);
        if (!blockChildren) {
            if (!element.text().isBlank()) {
                add(element, element.text(), lines);
            }
            return;
        }
        if (!element.ownText().isBlank()) {
            add(element, element.ownText(), lines); // text beside blocks, e.g. a title before its table
        }
        for (Element child : element.children()) {
            walk(child, lines);
        }
    }

    private static boolean isBlockOrLabel(Element e) {
        return e.isBlock() || e.hasClass(LABEL) || e.hasClass(VALUE) || e.normalName().equals("tr")
                || e.children().stream().anyMatch(HtmlTranscriptText::isBlockOrLabel);
    }

    private static Element previousLabel(Element value) {
        Element previous = value.previousElementSibling();
        return previous != null && previous.hasClass(LABEL) ? previous : null;
    }

    private static void add(Element element, String text, List<TranscriptLine> lines) {
        int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : lines.size() + 1;
        lines.add(new TranscriptLine(1, line, text));
    }
}
