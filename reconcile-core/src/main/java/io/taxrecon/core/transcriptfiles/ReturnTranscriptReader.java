package io.taxrecon.core.transcriptfiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the figures of a Tax Return Transcript period that {@link TranscriptLabels} maps to
 * return_lines categories, pairing each with its "PER COMPUTER" twin. A label the catalog does not
 * list is passed over: most of the transcript's figures are sums of others. A figure the catalog
 * marks as a total (federal income tax withheld) is kept only when none of its parts is printed.
 */
final class ReturnTranscriptReader {

    private static final String PER_COMPUTER = " per computer";

    private final TranscriptLabels labels;
    private final LabelledAmount amounts = new LabelledAmount();
    private final Map<String, ReturnFigure> figures = new LinkedHashMap<>();

    ReturnTranscriptReader(TranscriptLabels labels) {
        this.labels = labels;
    }

    void accept(TranscriptLine line) {
        LabelledAmount.Figure figure = amounts.accept(line);
        if (figure == null) {
            return;
        }
        for (String label : figure.labels()) {
            String key = TranscriptValues.labelKey(label);
            Optional<String> category = labels.categoryOf(key);
            if (category.isPresent()) {
                figures.merge(key, new ReturnFigure(label, category.get(), figure.amount(), null, line),
                        (old, twin) -> old); // a reprinted page repeats a figure: the first stands
                return;
            }
            if (key.endsWith(PER_COMPUTER)) {
                String base = key.substring(0, key.length() - PER_COMPUTER.length()).strip();
                Optional<String> baseCategory = labels.categoryOf(base);
                if (baseCategory.isPresent()) {
                    ReturnFigure filed = figures.get(base);
                    figures.put(base, filed == null
                            ? new ReturnFigure(label, baseCategory.get(), null, figure.amount(), line)
                            : new ReturnFigure(filed.label(), filed.category(), filed.asFiled(), figure.amount(),
                                    filed.at()));
                    return;
                }
            }
        }
    }

    /** The figures; a total is left out when the transcript prints its parts, so nothing counts twice. */
    List<ReturnFigure> finish() {
        Set<String> withParts = new HashSet<>();
        figures.forEach((key, figure) -> {
            if (!labels.isTotal(key)) {
                withParts.add(figure.category());
            }
        });
        List<ReturnFigure> read = new ArrayList<>();
        figures.forEach((key, figure) -> {
            if (!(labels.isTotal(key) && withParts.contains(figure.category()))) {
                read.add(figure);
            }
        });
        return read;
    }
}
