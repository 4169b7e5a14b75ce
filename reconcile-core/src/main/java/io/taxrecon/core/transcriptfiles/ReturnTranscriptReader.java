package io.taxrecon.core.transcriptfiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the figures of a Tax Return Transcript period that {@link TranscriptLabels} maps to
 * return_lines categories, pairing each with its "PER COMPUTER" twin. A label the catalog does not
 * list is passed over: most of the transcript's figures are sums of others.
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

    List<ReturnFigure> finish() {
        return new ArrayList<>(figures.values());
    }
}
