package io.taxrecon.reports.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The format of every CSV the product writes: RFC 4180 (fields quoted when they hold a comma,
 * quote or line break; quotes doubled), CRLF record separators as RFC 4180 prescribes and Excel
 * expects, no BOM (tools that compare outputs see the header's first name as written). The
 * caller opens the {@link Writer} as UTF-8. Every field passes through {@link FormulaGuard}.
 */
final class CsvOutput implements AutoCloseable {

    private final CSVPrinter printer;

    CsvOutput(Writer out, String... header) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setRecordSeparator("\r\n")
                .setNullString(null)
                .get();
        try {
            this.printer = new CSVPrinter(out, format);
            printer.printRecord(Arrays.asList(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void record(String... fields) {
        Object[] guarded = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            guarded[i] = fields[i] == null ? "" : FormulaGuard.guard(fields[i]);
        }
        try {
            printer.printRecord(guarded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
