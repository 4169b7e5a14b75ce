package io.taxrecon.batch;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the generator's truth and a run's findings.csv into comparable keys:
 * "client_id|tax_year|finding_type|reference|difference", difference as a plain two-decimal number.
 */
public final class TruthFile {

    private TruthFile() {
    }

    public static Set<String> truth(Path truthCsv) throws IOException {
        return keys(truthCsv);
    }

    public static Set<String> findings(Path findingsCsv) throws IOException {
        return keys(findingsCsv);
    }

    private static Set<String> keys(Path csv) throws IOException {
        return rows(csv, r -> String.join("|", r.get("client_id"), r.get("tax_year"), r.get("finding_type"),
                r.get("reference"), normal(r.get("difference"))));
    }

    /** Each row of a CSV with a header, as {@code key} makes it. */
    public static Set<String> rows(Path csv, Function<CSVRecord, String> key) throws IOException {
        Set<String> rows = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(csv)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(key.apply(r));
            }
        }
        return rows;
    }

    private static String normal(String amount) {
        return amount == null || amount.isBlank() ? "" : new BigDecimal(amount).setScale(2).toPlainString();
    }
}
