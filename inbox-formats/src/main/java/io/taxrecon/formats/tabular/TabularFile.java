package io.taxrecon.formats.tabular;

import io.taxrecon.core.ingest.RawRow;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
     * Opens a file in the format its content shows ({@link TableFormat}), whatever its extension says.
     *
     * @param preferredSheet for a workbook, the sheet named after the input kind, if any
     * @throws UnreadableInputException when the file is not CSV or Excel, or cannot be read
     */
    static TabularFile open(Path file, String displayName, String preferredSheet) {
        Optional<TableFormat> format;
        try {
            format = TableFormat.of(file);
        } catch (IOException e) {
            throw new UnreadableInputException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return switch (format.orElseThrow(() -> new UnreadableInputException(displayName + ": "
                + (isExcelName(file) ? "the file is not an Excel workbook, whatever its name says"
                        : "not a CSV or Excel file (.csv, .xlsx, .xls)")))) {
            case CSV -> CsvTabularFile.open(file, displayName);
            case XLSX -> XlsxTabularFile.open(file, displayName, preferredSheet);
            case XLS -> XlsTabularFile.open(file, displayName, preferredSheet);
        };
    }

    private static boolean isExcelName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }
}
