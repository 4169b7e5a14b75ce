package io.taxrecon.reports.csv;

import io.taxrecon.reports.files.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Takes rows out of a CSV the product wrote (findings.csv, penalties.csv, rejects.csv) and writes
 * the rest back in the same format, through a temporary file and a rename: every other row stays
 * as it was, byte for byte. For disposing of one client's rows in the nights already written.
 */
public final class CsvRowRemoval {

    private CsvRowRemoval() {
    }

    /**
     * Removes the rows {@code drop} accepts (a row is read with its header names); with
     * {@code dryRun} only counts them. The file is rewritten only when a row goes.
     *
     * @return how many rows went (or would go); 0 when the file does not exist
     */
    public static int remove(Path csv, Predicate<CSVRecord> drop, boolean dryRun) throws IOException {
        if (!Files.isRegularFile(csv)) {
            return 0;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<String> header;
        List<CSVRecord> kept = new ArrayList<>();
        int dropped = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            header = parser.getHeaderNames();
            for (CSVRecord row : parser) {
                if (drop.test(row)) {
                    dropped++;
                } else {
                    kept.add(row);
                }
            }
        }
        if (dropped > 0 && !dryRun) {
            AtomicFile.write(csv, null, out -> {
                try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                        CsvOutput rows = new CsvOutput(writer, header.toArray(String[]::new))) {
                    // the values were guarded when first written: guarding again changes nothing
                    kept.forEach(row -> rows.record(row.values()));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            });
        }
        return dropped;
    }
}
