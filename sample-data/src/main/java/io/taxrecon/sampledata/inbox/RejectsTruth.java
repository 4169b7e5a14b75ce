package io.taxrecon.sampledata.inbox;

import io.taxrecon.sampledata.csv.CsvFile;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * rejects-truth.csv: every planted bad row as the product's rejects.csv must list it
 * ({@code file,sheet,line,column,reason}), grouped by file in SPEC.md's order and by line within
 * a file. Rows arrive client by client, interleaved across files, so each file's rows go to a part
 * file of their own and the parts are joined at the end: nothing grows in memory with the number
 * of clients.
 */
public final class RejectsTruth implements Closeable {

    public static final String FILE = "rejects-truth.csv";

    private final Path target;
    private final Map<Table, Path> partPaths = new EnumMap<>(Table.class);
    private final Map<Table, CsvFile> parts = new EnumMap<>(Table.class);
    private final Map<String, Long> byReason = new TreeMap<>();
    private long rows;

    public RejectsTruth(Path dir) throws IOException {
        this.target = dir.resolve(FILE);
        for (Table t : Table.values()) {
            Path part = dir.resolve("." + FILE + "." + t.stem() + ".part");
            partPaths.put(t, part);
            parts.put(t, new CsvFile(part, "file", "sheet", "line", "column", "reason"));
        }
    }

    void add(Table table, InputTable file, long line, String column, String reason) throws IOException {
        parts.get(table).write(file.fileName(), file.sheet(), Long.toString(line), column, reason);
        byReason.merge(reason, 1L, Long::sum);
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** Planted bad rows per reason. */
    public Map<String, Long> byReason() {
        return Map.copyOf(byReason);
    }

    @Override
    public void close() throws IOException {
        for (CsvFile part : parts.values()) {
            part.close();
        }
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("file,sheet,line,column,reason\n");
            for (Path part : partPaths.values()) {
                try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    in.readLine(); // the part's own header
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        out.write(line);
                        out.write('\n');
                    }
                }
            }
        } finally {
            for (Path part : partPaths.values()) {
                Files.deleteIfExists(part);
            }
        }
    }
}
