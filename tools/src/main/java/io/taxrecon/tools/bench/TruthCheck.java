package io.taxrecon.tools.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Compares a run's findings.csv with the generator's truth.csv on the five columns truth holds,
 * so a benchmark that got faster by getting wrong says so.
 */
public final class TruthCheck {

    private TruthCheck() {
    }

    /** "identical (n findings)", or how many were missed and how many were not planted. */
    public static String compare(Path truthCsv, Path findingsCsv) throws IOException {
        if (!Files.isRegularFile(truthCsv)) {
            return "no truth.csv beside the inbox";
        }
        Set<String> truth = keys(truthCsv);
        Set<String> found = keys(findingsCsv);
        Set<String> missed = new HashSet<>(truth);
        missed.removeAll(found);
        Set<String> extra = new HashSet<>(found);
        extra.removeAll(truth);
        if (missed.isEmpty() && extra.isEmpty()) {
            return String.format("identical (%,d findings)", truth.size());
        }
        return String.format("DIFFERENT: %,d planted findings missed, %,d findings not planted", missed.size(),
                extra.size());
    }

    private static Set<String> keys(Path csv) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Reader in = Files.newBufferedReader(csv)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String difference = r.get("difference");
                keys.add(String.join("|", r.get("client_id"), r.get("tax_year"), r.get("finding_type"),
                        r.get("reference"), difference.isBlank() ? ""
                                : new BigDecimal(difference).setScale(2).toPlainString()));
            }
        }
        return keys;
    }
}
