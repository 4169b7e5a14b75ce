package io.taxrecon.core.returns;

import io.taxrecon.core.income.Category;
import io.taxrecon.core.catalog.CatalogTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Form 1040 line numbers carry which {@link Category}, year by year (line numbers move
 * between years: 2021's wages are line 1, later years' line 1a). Several lines may share a
 * category (25a, 25b and 25c are all FEDERAL_WITHHOLDING); the engine sums them. The data file is
 * CSV {@code first_year,last_year,line,category}, a blank {@code last_year} meaning "and later".
 */
public final class Form1040Lines {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String DEFAULT_FILE = "/io/taxrecon/core/returns/form1040-lines.csv";

    private record Entry(int firstYear, int lastYear, String line, Category category) {
        boolean covers(String key, int taxYear) {
            return line.equals(key) && taxYear >= firstYear && taxYear <= lastYear;
        }
    }

    private final List<Entry> entries;

    private Form1040Lines(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The map shipped with the product (tax years 2021-2025). */
    public static Form1040Lines defaults() {
        try (InputStream in = Form1040Lines.class.getResourceAsStream(DEFAULT_FILE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_FILE + " is missing from the classpath");
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IllegalArgumentException naming the line of a malformed row, or when two rows give
     *                                  one line two categories in the same year
     */
    public static Form1040Lines load(Reader csv) {
        CatalogTable table = CatalogTable.read("form1040-lines.csv", csv, "first_year", "last_year", "line", "category");
        List<Entry> entries = new ArrayList<>();
        for (CatalogTable.Row row : table.rows()) {
            Entry entry;
            try {
                int first = Integer.parseInt(row.required("first_year"));
                String lastText = row.optional("last_year");
                int last = lastText.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(lastText);
                entry = new Entry(first, last, key(row.required("line")), Category.valueOf(row.required("category")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Form 1040 lines, line " + row.line() + ": " + e.getMessage(), e);
            }
            for (Entry other : entries) {
                boolean overlap = other.line.equals(entry.line)
                        && other.firstYear <= entry.lastYear && entry.firstYear <= other.lastYear;
                if (overlap && other.category != entry.category) {
                    throw new IllegalArgumentException("Form 1040 lines, line " + row.line() + ": line " + entry.line
                            + " already has another category in those years");
                }
            }
            entries.add(entry);
        }
        return new Form1040Lines(entries);
    }

    /**
     * The category of a line number ("25a", "Line 25A", "1") on the return of {@code taxYear};
     * empty when that year's form has no such line in the map.
     */
    public Optional<Category> categoryOf(String line, int taxYear) {
        String key = key(line);
        return entries.stream().filter(e -> e.covers(key, taxYear)).map(Entry::category).findFirst();
    }

    private static String key(String line) {
        String s = line == null ? "" : SPACES.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("");
        return s.startsWith("line") ? s.substring(4) : s;
    }
}
