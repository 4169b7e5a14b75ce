package io.taxrecon.reports.csv;

import io.taxrecon.core.ingest.Rejection;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.reports.privacy.TinRedactor;
import java.io.Closeable;
import java.io.Writer;
import java.util.Objects;

/**
 * rejects.csv: every input row that was not loaded: {@code file,sheet,line,column,value,reason}
 * ({@code sheet} blank for CSV input). The value is written as the file had it, except that
 * anything shaped like a full TIN is masked (the loader masks TINs already; this is the backstop).
 * Format: see {@link CsvOutput}.
 */
public final class RejectsCsv implements Closeable {

    public static final String[] HEADER = {"file", "sheet", "line", "column", "value", "reason"};

    private final CsvOutput out;
    private final TinRedactor redactor = TinRedactor.shapesOnly();

    /** Writes the header at once; {@code out} should be a UTF-8 writer. */
    public RejectsCsv(Writer out) {
        this.out = new CsvOutput(Objects.requireNonNull(out, "out"), HEADER);
    }

    public void write(Rejection r) {
        SourceRef s = r.source();
        out.record(
                s == null ? null : s.file(),
                s == null ? null : s.sheet(),
                s == null ? null : Long.toString(s.line()),
                r.column(),
                redactor.redact(r.value()),
                redactor.redact(r.reason()));
    }

    /** Flushes and closes the underlying writer. */
    @Override
    public void close() {
        out.close();
    }
}
