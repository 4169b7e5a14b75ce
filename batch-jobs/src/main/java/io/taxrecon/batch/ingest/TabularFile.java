package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.RawRow;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An input file read as a header and rows, whatever its format. Blank rows are passed over:
 * they are not rows a firm exported, so they are neither loaded nor rejected.
 */
public interface TabularFile extends Closeable {

    /** The sheet read, or "" for CSV. */
    String sheet();

    List<String> header();

    /** The next non-blank row, or null at the end. */
    RawRow next() throws IOException;

    /**
     * Opens a file by its extension.
     *
     * @param preferredSheet for a workbook, the sheet named after the input kind, if any
     * @throws UnreadableInputException when the file is not CSV or Excel, or cannot be read
     */
    static TabularFile open(Path file, String displayName, String preferredSheet) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CsvTabularFile.open(file, displayName);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxTabularFile.open(file, displayName, preferredSheet);
        }
        if (name.endsWith(".xls")) {
            return XlsTabularFile.open(file, displayName, preferredSheet);
        }
        throw new UnreadableInputException(displayName + ": not a CSV or Excel file (.csv, .xlsx, .xls)");
    }
}
