package io.taxrecon.core.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six kinds of input file in the nightly inbox. A file's kind is known from its name
 * ({@code payments-2026-11.csv}, {@code IRS_Transactions.xlsx}) or, failing that, from its header.
 */
public enum InputKind {
    CLIENTS("clients"),
    NOTICES("notices"),
    IRS_TRANSACTIONS("irs_transactions"),
    INFORMATION_RETURNS("information_returns"),
    RETURN_LINES("return_lines"),
    PAYMENTS("payments");

    private final String fileStem;

    InputKind(String fileStem) {
        this.fileStem = fileStem;
    }

    /** "clients", "irs_transactions", ...: the start of the file's name and the Excel sheet's name. */
    public String fileStem() {
        return fileStem;
    }

    /** The kind whose stem is the file's or sheet's name, in any case and with any separators. */
    public static Optional<InputKind> fromStem(String stem) {
        String key = nameKey(stem == null ? "" : stem);
        for (InputKind kind : values()) {
            if (nameKey(kind.fileStem).equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind a file's name gives: the name (folders and extension dropped, any case, with
     * spaces, '-', '_' or '.' between words or none) starts with a kind's stem followed by the end
     * or a non-letter: {@code payments-2026-11.csv}, {@code IRS Transactions.xlsx},
     * {@code returnlines2024.csv}. Failing that, a stem that stands as whole words inside the name
     * ({@code acme_payments.csv}). The longest stem wins; empty when none matches or two different
     * stems of the same length do.
     */
    public static Optional<InputKind> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String words = "_" + base.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.]+", "_") + "_";
        String squeezed = words.replace("_", "");
        List<InputKind> atStart = new ArrayList<>();
        List<InputKind> inside = new ArrayList<>();
        for (InputKind kind : values()) {
            String stemKey = kind.fileStem.replace("_", "");
            boolean wordsAtStart = words.startsWith("_" + kind.fileStem + "_");
            boolean squeezedAtStart = squeezed.startsWith(stemKey)
                    && (squeezed.length() == stemKey.length() || !Character.isLetter(squeezed.charAt(stemKey.length())));
            if (wordsAtStart || squeezedAtStart) {
                atStart.add(kind);
            } else if (words.contains("_" + kind.fileStem + "_")) {
                inside.add(kind);
            }
        }
        return longestUnique(atStart.isEmpty() ? inside : atStart);
    }

    /**
     * The kind whose required columns the header holds (through {@code aliases}). When several
     * kinds qualify, the one whose columns, required and optional, the header holds most of; empty
     * when none qualifies or the best is tied.
     */
    public static Optional<InputKind> fromHeader(List<String> header, ColumnAliases aliases) {
        InputKind best = null;
        int bestScore = -1;
        boolean tied = false;
        for (InputKind kind : values()) {
            List<String> present = header.stream()
                    .map(h -> aliases.columnFor(kind, h))
                    .flatMap(Optional::stream)
                    .distinct()
                    .toList();
            if (!present.containsAll(aliases.requiredColumns(kind))) {
                continue;
            }
            if (present.size() > bestScore) {
                best = kind;
                bestScore = present.size();
                tied = false;
            } else if (present.size() == bestScore) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(best);
    }

    private static Optional<InputKind> longestUnique(List<InputKind> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<InputKind> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((InputKind k) -> k.fileStem.length()).reversed());
        if (sorted.size() > 1 && sorted.get(0).fileStem.length() == sorted.get(1).fileStem.length()) {
            return Optional.empty();
        }
        return Optional.of(sorted.get(0));
    }

    private static String nameKey(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.]+", "");
    }
}
