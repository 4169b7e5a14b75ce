package io.taxrecon.core.statutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One row of collection-suspensions.csv: which transcript line opens a suspension of the
 * collection statute, which closes it, and how long after the closing it still runs.
 *
 * @param openPhrases the opening line's description must contain one of these (any case); empty = any
 * @param closePhrases a closing line's description must contain one of these; empty = any
 */
public record SuspensionRule(String kind, String openCode, List<String> openPhrases, Set<String> closeCodes,
                             List<String> closePhrases, int addDays, int addMonths, String source) {

    public SuspensionRule {
        openPhrases = List.copyOf(openPhrases);
        closeCodes = Set.copyOf(closeCodes);
        closePhrases = List.copyOf(closePhrases);
    }

    /** True when a line of {@code code} with {@code description} opens this rule's suspension. */
    boolean opens(String code, String description) {
        // a line that reads as a closing of this rule (a TC 971 "pending ... reversed") opens nothing
        boolean closesToo = closeCodes.contains(code) && !closePhrases.isEmpty() && contains(description, closePhrases);
        return openCode.equals(code) && contains(description, openPhrases) && !closesToo;
    }

    /** True when a line of {@code code} with {@code description} closes this rule's suspension. */
    boolean closes(String code, String description) {
        return closeCodes.contains(code) && contains(description, closePhrases);
    }

    /** The first day after the suspension once it closed on {@code closed}. */
    LocalDate endAfterClosing(LocalDate closed) {
        return closed.plusMonths(addMonths).plusDays(addDays);
    }

    private static boolean contains(String description, List<String> phrases) {
        if (phrases.isEmpty()) {
            return true;
        }
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        return phrases.stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)));
    }
}
