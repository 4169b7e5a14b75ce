package io.taxrecon.sampledata;

import io.taxrecon.core.ingest.RawCell;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.formats.tabular.TabularFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV file read back as rows by column, through the product's reader (inbox-formats), not the writer under test. */
record CsvTable(List<String> header, List<List<String>> records) {

    static CsvTable read(Path file) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (TabularFile csv = TabularFile.open(file, file.getFileName().toString(), null)) {
            for (RawRow row = csv.next(); row != null; row = csv.next()) {
                records.add(row.cells().stream().map(RawCell::text).toList());
            }
            return new CsvTable(csv.header(), records);
        }
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
