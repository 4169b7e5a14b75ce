package io.taxrecon.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV file read back strictly by RFC 4180, independently of the writer under test. */
record CsvTable(List<String> header, List<List<String>> records) {

    static CsvTable read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> all = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
                all.add(record);
                record = new ArrayList<>();
            } else if (c == '\r') {
                throw new IllegalStateException("bare CR in " + file);
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new IllegalStateException("file does not end with a complete record: " + file);
        }
        return new CsvTable(all.get(0), all.subList(1, all.size()));
    }

    List<Map<String, String>> rows() {
        List<Map<String, String>> rows = new ArrayList<>(records.size());
        for (List<String> r : records) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            rows.add(m);
        }
        return rows;
    }
}
