package io.taxrecon.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A catalog data file: CSV (RFC 4180 quoting, UTF-8, optional BOM) with a header row. Lines whose
 * first character is {@code #} and blank lines are comments, so a firm can annotate its overrides.
 * Column names match case-insensitively.
 */
public final class CatalogTable {

    private final String name;
    private final List<Row> rows;

    private CatalogTable(String name, List<Row> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data row, with the line it starts on so that an error can point at it. */
    public record Row(String file, long line, Map<String, String> values) {

        /** The column's trimmed value; a blank or missing value is an error of the catalog file. */
        public String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                throw new CatalogException(file + ":" + line + ": column '" + column + "' is empty");
            }
            return value;
        }

        /** The column's trimmed value, or "" when blank or missing. */
        public String optional(String column) {
            String value = values.get(column.toLowerCase(Locale.ROOT));
            return value == null ? "" : value.trim();
        }

        public CatalogException error(String message) {
            return new CatalogException(file + ":" + line + ": " + message);
        }
    }

    /** The default copy of a catalog file, shipped beside the class that owns it. */
    public static Reader resource(Class<?> owner, String fileName) {
        InputStream in = owner.getResourceAsStream(fileName);
        if (in == null) {
            throw new CatalogException("catalog file " + fileName + " is missing from the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Reads and closes {@code reader}. */
    public static CatalogTable read(String name, Reader reader, String... requiredColumns) {
        String text;
        try (Reader r = reader) {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = r.read(buffer)) > 0) {
                sb.append(buffer, 0, n);
            }
            text = sb.toString();
        } catch (IOException e) {
            throw new CatalogException("cannot read catalog file " + name + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = parse(name, text);
        if (records.isEmpty()) {
            throw new CatalogException(name + ": no header row");
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0).fields) {
            header.add(h.trim().toLowerCase(Locale.ROOT));
        }
        for (String column : requiredColumns) {
            if (!header.contains(column.toLowerCase(Locale.ROOT))) {
                throw new CatalogException(name + ": missing column '" + column + "'");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < record.fields.size(); i++) {
                values.put(header.get(i), record.fields.get(i));
            }
            rows.add(new Row(name, record.line, values));
        }
        return new CatalogTable(name, rows);
    }

    private record Record(long line, List<String> fields) {
    }

    private static List<Record> parse(String name, String text) {
        List<Record> records = new ArrayList<>();
        long line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            long start = line;
            // comment and blank lines are skipped whole
            int eol = text.indexOf('\n', i);
            String physical = text.substring(i, eol < 0 ? n : eol).replace("\r", "");
            if (physical.isBlank() || physical.startsWith("#")) {
                i = eol < 0 ? n : eol + 1;
                line++;
                continue;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean done = false;
            while (i < n && !done) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    line++;
                    done = true;
                } else if (c != '\r') {
                    field.append(c);
                }
                i++;
            }
            if (quoted) {
                throw new CatalogException(name + ":" + start + ": unterminated quoted field");
            }
            if (!done) {
                line++;
            }
            fields.add(field.toString());
            records.add(new Record(start, fields));
        }
        return records;
    }
}
