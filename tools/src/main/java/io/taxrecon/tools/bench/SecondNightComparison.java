package io.taxrecon.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares a later night's outputs with those of a full run of the same night: findings.csv and
 * penalties.csv as rows (their order noted apart), and every client workbook cell by cell
 * ({@link WorkbookCells}), a carried workbook read with the date its data is as of. A cell that
 * states that a carried workbook's data is unchanged since its date is expected to differ and is
 * not counted.
 */
final class SecondNightComparison {

    /** How many differences a result lists: the first few say what is wrong, the count how much. */
    static final int LISTED = 10;
    private static final List<String> CSV_FILES = List.of("findings.csv", "penalties.csv");
    private static final String UNCHANGED_SINCE = "unchanged since";

    /**
     * What the comparison found.
     *
     * @param workbooks client workbooks compared
     * @param differences every difference found
     * @param first the first {@link #LISTED} of them, each on one line
     * @param sameOrder whether findings.csv and penalties.csv also list their rows in the same order
     */
    record Result(long workbooks, long differences, List<String> first, boolean sameOrder) {

        Result {
            first = List.copyOf(first);
        }

        boolean identical() {
            return differences == 0;
        }

        /** "yes (N workbooks)" or "no (N differences; first few: ...)". */
        String summary() {
            return identical()
                    ? String.format("yes (findings.csv, penalties.csv and %,d workbooks%s)", workbooks,
                            sameOrder ? "" : "; rows in another order")
                    : String.format("no (%,d differences; first few: %s)", differences, String.join("; ", first));
        }
    }

    private SecondNightComparison() {
    }

    /**
     * @param later the later night's run folder (OUT/RUN-DATE as it wrote it)
     * @param full the run folder of a full run of the same night
     * @param dataAsOf per client, the night its carried workbook's data is as of; a client not
     *     listed was reconciled on {@code night}
     */
    static Result compare(Path later, Path full, Map<String, LocalDate> dataAsOf, LocalDate night) throws IOException {
        List<String> differences = new ArrayList<>();
        boolean sameOrder = true;
        for (String name : CSV_FILES) {
            List<String> a = lines(later.resolve(name));
            List<String> b = lines(full.resolve(name));
            sameOrder &= a.equals(b);
            rowDifferences(name, a, b, differences);
        }
        Set<String> laterBooks = workbooks(later);
        Set<String> fullBooks = workbooks(full);
        for (String name : laterBooks) {
            if (!fullBooks.contains(name)) {
                differences.add("clients/" + name + " only in the later night");
            }
        }
        long compared = 0;
        for (String name : fullBooks) {
            if (!laterBooks.contains(name)) {
                differences.add("clients/" + name + " only in the full run");
                continue;
            }
            String client = name.substring(0, name.length() - ".xlsx".length());
            // a cell that reads the same as written is the same, whatever date it happens to state
            Map<String, String> rawA = WorkbookCells.of(later.resolve("clients").resolve(name), null);
            Map<String, String> rawB = WorkbookCells.of(full.resolve("clients").resolve(name), null);
            Map<String, String> a = WorkbookCells.masked(rawA, dataAsOf.getOrDefault(client, night));
            Map<String, String> b = WorkbookCells.masked(rawB, night);
            cellDifferences(name, a, b, rawA, rawB, differences);
            compared++;
        }
        return new Result(compared, differences.size(), differences.subList(0, Math.min(LISTED, differences.size())),
                sameOrder);
    }

    private static void rowDifferences(String file, List<String> later, List<String> full, List<String> out) {
        Map<String, Integer> count = new HashMap<>();
        for (String row : later) {
            count.merge(row, 1, Integer::sum);
        }
        for (String row : full) {
            count.merge(row, -1, Integer::sum);
        }
        Map<String, Integer> unmatched = new TreeMap<>();
        count.forEach((row, n) -> {
            if (n != 0) {
                unmatched.put(row, n);
            }
        });
        unmatched.forEach((row, n) -> out.add(file + (n > 0 ? " only in the later night: " : " only in the full run: ")
                + row + (Math.abs(n) > 1 ? " (x" + Math.abs(n) + ")" : "")));
    }

    private static void cellDifferences(String book, Map<String, String> later, Map<String, String> full,
            Map<String, String> rawLater, Map<String, String> rawFull, List<String> out) {
        Set<String> cells = new LinkedHashSet<>(full.keySet());
        cells.addAll(later.keySet());
        for (String cell : cells) {
            String a = later.get(cell);
            String b = full.get(cell);
            String rawA = rawLater.get(cell);
            if (a != null && a.equals(b) || rawA != null && rawA.equals(rawFull.get(cell))
                    || contains(a, UNCHANGED_SINCE) || contains(b, UNCHANGED_SINCE)) {
                continue;
            }
            out.add(book + " " + cell + ": '" + (a == null ? "" : a) + "' in the later night, '"
                    + (b == null ? "" : b) + "' in the full run");
        }
    }

    private static boolean contains(String value, String text) {
        return value != null && value.contains(text);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    private static Set<String> workbooks(Path runFolder) throws IOException {
        Path folder = runFolder.resolve("clients");
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).forEach(names::add);
            return names;
        }
    }
}
