package io.taxrecon.reports.xlsx;

import io.taxrecon.reports.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Creates POI's streaming workbooks (temp files encrypted), and puts a finished report in place
 * atomically (see {@link AtomicFile}), encrypted when the run has a password.
 */
public final class XlsxFile {

    private static final String CREATOR = "taxrecon";

    private XlsxFile() {
    }

    /**
     * A workbook streaming rows to disk, 100 rows in memory per sheet. Its temporary files (each
     * sheet's rows, and the package assembled when it is written) are encrypted with a key that
     * lives only in this process's memory (POI's {@code poifs.crypt.temp}): a plain SXSSF workbook
     * leaves client data as readable XML in the temp folder while it works, and after a kill.
     * {@link #dispose} deletes them, on success or failure.
     */
    public static SXSSFWorkbook newStreamingWorkbook() {
        return new EncryptedTempWorkbook(100);
    }

    /**
     * Stamps the document properties with the run rather than the clock ("created" = the run date,
     * "creator" = the product), so that the same run writes the same bytes: a rerun or a restart
     * can be compared with the first.
     */
    public static void stamp(Workbook workbook, LocalDate runDate) {
        XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook s ? s.getXSSFWorkbook() : (XSSFWorkbook) workbook;
        POIXMLProperties.CoreProperties core = xssf.getProperties().getCoreProperties();
        core.setCreator(CREATOR);
        core.setCreated(Optional.of(Date.from(runDate.atStartOfDay(ZoneOffset.UTC).toInstant())));
    }

    /** Writes the workbook to {@code target} via a temporary file and a rename, unencrypted. */
    public static void writeAtomically(Workbook workbook, Path target) throws IOException {
        writeAtomically(workbook, target, null);
    }

    /** As {@link #writeAtomically(Workbook, Path)}, encrypted with {@code password} unless it is null or empty. */
    public static void writeAtomically(Workbook workbook, Path target, String password) throws IOException {
        AtomicFile.write(target, password, workbook::write);
    }

    /** Deletes SXSSF's temporary files (if any) and releases the workbook; safe to call on any path. */
    public static void dispose(Workbook workbook) throws IOException {
        if (workbook instanceof XSSFWorkbook inMemory) {
            // close() on a workbook made in memory saves the whole package once more, into a buffer
            // nobody reads (a sixth of the cost of a small workbook); revert() just lets it go.
            inMemory.getPackage().revert();
            return;
        }
        try {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
        } finally {
            workbook.close();
        }
    }
}
