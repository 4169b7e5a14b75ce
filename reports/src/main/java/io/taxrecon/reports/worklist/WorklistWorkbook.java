package io.taxrecon.reports.worklist;

import io.taxrecon.core.worklist.NightView;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.privacy.TinRedactor;
import io.taxrecon.reports.xlsx.RowLooks;
import io.taxrecon.reports.xlsx.PoiSheetWriter;
import io.taxrecon.reports.xlsx.XlsxFile;
import io.taxrecon.reports.xlsx.XlsxStyles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code OUT/worklist.xlsx}: the Open and Resolved sheets of a {@link NightView}, through
 * a temporary file and a rename ({@link XlsxFile#writeAtomically}), so a run killed while writing
 * leaves yesterday's worklist whole. Encrypted when the run has a password.
 */
public final class WorklistWorkbook {

    /** The worklist's name, beside the run-date folders. */
    public static final String FILE_NAME = "worklist.xlsx";

    /** Above this many rows the workbook streams; below, in memory is faster. */
    static final int STREAMING_ROWS = 10_000;

    /**
     * Writes the worklist of {@code view} to {@code target}, replacing any earlier one; on failure
     * the earlier one is untouched.
     */
    public void write(NightView view, ReportContext context, Path target) throws IOException {
        int rows = view.open().size() + view.resolved().size();
        Workbook workbook = rows > STREAMING_ROWS ? XlsxFile.newStreamingWorkbook() : new XSSFWorkbook();
        try {
            XlsxFile.stamp(workbook, context.runDate());
            XlsxStyles styles = new XlsxStyles(workbook);
            RowLooks looks = new RowLooks(workbook);
            TinRedactor redactor = TinRedactor.shapesOnly();
            String header = "Worklist" + (context.firmName() == null ? "" : " of " + context.firmName());
            String footer = "Run of " + context.runDate();

            PoiSheetWriter open = new PoiSheetWriter(workbook.createSheet(WorklistColumns.OPEN_SHEET), styles, redactor);
            OpenSheet.write(view, open, looks);
            open.printSetup(header + ": open findings", footer, 0);

            PoiSheetWriter resolved = new PoiSheetWriter(workbook.createSheet(WorklistColumns.RESOLVED_SHEET), styles, redactor);
            ResolvedSheet.write(view, resolved);
            resolved.printSetup(header + ": resolved findings", footer, 0);

            XlsxFile.writeAtomically(workbook, target, context.password());
        } finally {
            XlsxFile.dispose(workbook);
        }
    }

    /** The relative link from the worklist to a client's workbook of the run: {@code 2026-11-14/clients/C-001.xlsx}. */
    public static String linkFor(LocalDate runDate, String clientId) {
        return runDate + "/clients/" + ClientWorkbook.fileNameFor(clientId);
    }

    /**
     * Keeps an unreadable worklist aside before the new one replaces it: a copy named
     * {@code worklist.unreadable-2026-11-14.xlsx} (then {@code -2}, {@code -3} on a second run of
     * the day), never overwriting one kept earlier. A copy, not a rename, because a file that
     * Excel holds open on a share often cannot be renamed but can be read.
     *
     * @return the copy, or null when there was nothing to keep
     */
    public static Path setAside(Path worklist, LocalDate runDate) throws IOException {
        if (!Files.isRegularFile(worklist)) {
            return null;
        }
        String stem = "worklist.unreadable-" + runDate;
        Path copy = worklist.resolveSibling(stem + ".xlsx");
        for (int n = 2; Files.exists(copy); n++) {
            copy = worklist.resolveSibling(stem + "-" + n + ".xlsx");
        }
        Files.copy(worklist, copy);
        return copy;
    }
}
