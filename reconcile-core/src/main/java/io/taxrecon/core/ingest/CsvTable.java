package io.taxrecon.core.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The product's own small data files (column catalog, Form 1040 lines, a firm's column mapping)
 * read as RFC 4180 CSV: quoted fields, CRLF or LF, an optional BOM. Blank lines are skipped.
 * The nightly input files are far larger and are read by the batch module's CSV library instead.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** One record and the line where it starts (the header is line 1). */
    public record Row(long line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        /** The field at {@code index}, "" when the record is shorter. */
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    /**
     * @throws IllegalArgumentException when the text is empty or a quote is never closed
     * @throws UncheckedIOException when the reader fails
     */
    public static CsvTable read(Reader reader) {
        List<Row> records = new ArrayList<>();
        try {
            parse(reader, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the file is empty: it needs a header line");
        }
        List<String> header = records.get(0).fields().stream().map(String::strip).toList();
        return new CsvTable(header, records.subList(1, records.size()));
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    private static void parse(Reader reader, List<Row> out) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) != -1; ) {
            all.append(buffer, 0, n);
        }
        String text = all.length() > 0 && all.charAt(0) == '\uFEFF' ? all.substring(1) : all.toString();

        StringBuilder field = new StringBuilder();
        List<String> fields = new ArrayList<>();
        long line = 1;
        long recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.toString().isBlank()) {
                        field.setLength(0);
                        quoted = true;
                        fieldWasQuoted = true;
                    } else {
                        field.append('"');
                    }
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                }
                case '\r' -> { }
                case '\n' -> {
                    endRecord(out, fields, field, fieldWasQuoted, recordLine);
                    fields = new ArrayList<>();
                    field.setLength(0);
                    fieldWasQuoted = false;
                    line++;
                    recordLine = line;
                }
                default -> field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + recordLine + ": a quoted field is never closed");
        }
        endRecord(out, fields, field, fieldWasQuoted, recordLine);
    }

    private static void endRecord(List<Row> out, List<String> fields, StringBuilder field, boolean quoted, long line) {
        fields.add(field.toString());
        boolean blank = !quoted && fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            out.add(new Row(line, fields));
        }
    }
}
