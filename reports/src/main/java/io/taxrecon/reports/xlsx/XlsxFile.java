package io.taxrecon.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Puts a finished workbook in place atomically: it is written to a hidden temporary file in the
 * target's directory and renamed over the target only when complete. A reader (or a restarted
 * job) therefore sees the old file or the whole new one, never half a workbook.
 */
public final class XlsxFile {

    private XlsxFile() {
    }

    /** A workbook streaming rows to disk, 100 rows in memory per sheet, its temp files compressed. */
    public static SXSSFWorkbook newStreamingWorkbook() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        return workbook;
    }

    /** Writes the workbook to {@code target} via a temporary file and a rename. */
    public static void writeAtomically(SXSSFWorkbook workbook, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes SXSSF's temporary files and closes the workbook; safe to call on any path. */
    public static void dispose(SXSSFWorkbook workbook) throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
