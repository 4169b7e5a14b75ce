package io.taxrecon.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read back strictly by RFC 4180 with each record's physical starting line (header =
 * line 1), the way SPEC.md numbers lines: independent of the writer under test and of the product.
 */
record PhysicalCsv(List<String> header, List<Line> records) {

    /** A record and the line it starts on; blank when every field is empty (an empty line, or bare commas). */
    record Line(long line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    static PhysicalCsv read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Line> all = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        long line = 1;
        long start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || fieldWasQuoted) {
                    throw new IllegalStateException("quote inside an unquoted field in " + file + " at " + i);
                }
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                all.add(new Line(start, record));
                record = new ArrayList<>();
                start = line;
            } else if (c == '\r') {
                throw new IllegalStateException("bare CR in " + file);
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new IllegalStateException("file does not end with a complete record: " + file);
        }
        return new PhysicalCsv(all.get(0).fields(), all.subList(1, all.size()));
    }
}
