package io.taxrecon.sampledata.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An RFC 4180 CSV file being written: UTF-8 without BOM, LF line ends, a field quoted only when
 * it holds a comma, a quote, CR or LF (quotes doubled inside). It counts physical lines, so that
 * a caller knows on which line each record starts even when a field spans lines.
 */
public final class CsvFile implements Closeable {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;
    /** The physical line the next record starts on; the header is line 1. */
    private long nextLine = 1;

    public CsvFile(Path path, String... header) throws IOException {
        this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
        write(header);
        rows = 0;
    }

    /** Writes one record; null fields are written empty. Returns the physical line it starts on. */
    public long write(String... fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            append(fields[i]);
        }
        line.append('\n');
        out.append(line);
        rows++;
        long start = nextLine;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\n') {
                nextLine++;
            }
        }
        return start;
    }

    /** Writes a line holding no value: empty, or {@code commas} bare commas. Not a record. */
    public void blankLine(int commas) throws IOException {
        for (int i = 0; i < commas; i++) {
            out.append(',');
        }
        out.append('\n');
        nextLine++;
    }

    private void append(String field) {
        if (field == null || field.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            line.append(field);
            return;
        }
        line.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    /** Data records written so far (the header not counted). */
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
