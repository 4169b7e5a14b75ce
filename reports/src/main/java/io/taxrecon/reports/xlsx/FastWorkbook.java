package io.taxrecon.reports.xlsx;

import io.taxrecon.reports.files.AtomicFile;
import io.taxrecon.reports.privacy.TinRedactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;

/**
 * A workbook written with fastexcel, without POI's object model (several times cheaper for the
 * thousands of small client workbooks of a night). Sheets are written one after the other, each
 * finished when the next begins. The package is built in memory, never in a plain temporary file,
 * then stamped with the run ({@link StampedPackage}) and put in place through {@link AtomicFile},
 * which encrypts it with POI when the run has a password.
 */
public final class FastWorkbook {

    private static final String CREATOR = "taxrecon";

    private final PackageBytes raw = new PackageBytes();
    private final Workbook workbook = new Workbook(raw, CREATOR, null);
    private final FastStyles styles = new FastStyles();
    private final TinRedactor redactor;
    private final Map<String, Map<String, Long>> cachedValues = new LinkedHashMap<>();
    private FastSheetWriter open;
    private int sheets;

    /** @param redactor masks every TIN that a cell, link or page header would show */
    public FastWorkbook(TinRedactor redactor) {
        this.redactor = redactor;
        // Stored, not compressed: the package is compressed once, when it is stamped.
        workbook.setCompressionLevel(0);
    }

    /** Finishes the sheet being written, if any, and begins one named {@code safeName} (see {@link SheetNames}). */
    public SheetWriter sheet(String safeName) throws IOException {
        finishSheet();
        open = new FastSheetWriter(workbook.newWorksheet(safeName), styles, redactor);
        sheets++;
        return open;
    }

    /**
     * Finishes the workbook and writes it to {@code target} (via a temporary file and a rename),
     * encrypted with {@code password} unless it is null or empty.
     */
    public void write(Path target, LocalDate runDate, String password) throws IOException {
        finishSheet();
        workbook.finish();
        AtomicFile.write(target, password,
                out -> StampedPackage.write(raw.bytes(), raw.size(), runDate, cachedValues, out));
    }

    private void finishSheet() throws IOException {
        if (open != null) {
            open.finish();
            if (!open.cachedValues().isEmpty()) {
                cachedValues.put("xl/worksheets/sheet" + sheets + ".xml", open.cachedValues());
            }
            open = null;
        }
    }

    /** The package as fastexcel wrote it, read in place rather than copied out. */
    private static final class PackageBytes extends ByteArrayOutputStream {

        PackageBytes() {
            super(64 * 1024);
        }

        /** The bytes written so far are the first {@link #size()} of these. */
        byte[] bytes() {
            return buf;
        }
    }
}
