package io.taxrecon.core.transcriptfiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads "label: amount" figures from transcript lines in every layout: on one line with dot
 * leaders ("Wages, Tips and Other Compensation:......$45,000.00"), the label on one line and the
 * amount on the next (the newer PDF and HTML), or a label wrapped over two lines. Fed line by
 * line; a figure comes out when its amount is read, with the candidate labels to look up: the
 * line's own label first, then the wrapped or preceding label fragments joined to it.
 */
final class LabelledAmount {

    /** A figure read: labels to try in order, its amount and the line the amount is on. */
    record Figure(List<String> labels, BigDecimal amount, TranscriptLine at) {
    }

    private final List<String> pending = new ArrayList<>();

    /** The figure this line completes, or null when it holds no amount (it may start a label). */
    Figure accept(TranscriptLine line) {
        String text = line.text();
        Matcher money = TranscriptValues.MONEY.matcher(text);
        if (!money.find()) {
            boolean fragment = text.endsWith(":") || !text.contains(":");
            if (fragment && pending.size() < 2) {
                pending.add(clean(text));
            } else {
                pending.clear();
                if (fragment) {
                    pending.add(clean(text));
                }
            }
            return null;
        }
        String own = clean(text.substring(0, money.start()));
        List<String> labels = new ArrayList<>();
        if (!own.isEmpty()) {
            labels.add(own);
        }
        for (int i = pending.size() - 1; i >= 0; i--) {
            String joined = String.join(" ", pending.subList(i, pending.size()));
            labels.add(own.isEmpty() ? joined : joined + " " + own);
        }
        pending.clear();
        return new Figure(labels, TranscriptValues.moneyOf(money.group()), line);
    }

    void reset() {
        pending.clear();
    }

    private static String clean(String label) {
        return label.replaceAll("\\.{2,}", " ").replaceAll("[\\s:]+$", "").strip();
    }
}
