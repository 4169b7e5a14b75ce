package io.taxrecon.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowRemovalTest {

    @TempDir
    Path dir;

    @Test
    void removesOnlyTheChosenRowsAndLeavesEveryOtherRowByteForByte() throws Exception {
        StringWriter kept = new StringWriter();
        StringWriter all = new StringWriter();
        try (CsvOutput keptRows = new CsvOutput(kept, "client_id", "note", "amount");
                CsvOutput allRows = new CsvOutput(all, "client_id", "note", "amount")) {
            for (String[] row : new String[][] {{"C1", "=HYPERLINK(\"x\")", "-12.50"}, {"C2", "a, \"quoted\"\nnote", "3"},
                    {"C1", "second", "4"}, {"C3", "+1", ""}}) {
                allRows.record(row);
                if (!row[0].equals("C1")) {
                    keptRows.record(row);
                }
            }
        }
        Path csv = dir.resolve("findings.csv");
        Files.writeString(csv, all.toString(), StandardCharsets.UTF_8);

        assertThat(CsvRowRemoval.remove(csv, row -> row.get("client_id").equals("C1"), true)).isEqualTo(2);
        assertThat(Files.readString(csv)).isEqualTo(all.toString());

        assertThat(CsvRowRemoval.remove(csv, row -> row.get("client_id").equals("C1"), false)).isEqualTo(2);
        assertThat(Files.readString(csv)).isEqualTo(kept.toString());
        assertThat(CsvRowRemoval.remove(dir.resolve("absent.csv"), row -> true, false)).isZero();
    }
}
