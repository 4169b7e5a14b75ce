package io.taxrecon.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV file read back (by {@link PhysicalCsv}, independently of the writer under test) as rows by column. */
record CsvTable(List<String> header, List<List<String>> records) {

    static CsvTable read(Path file) throws IOException {
        PhysicalCsv csv = PhysicalCsv.read(file);
        return new CsvTable(csv.header(), csv.records().stream().map(PhysicalCsv.Line::fields).toList());
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
