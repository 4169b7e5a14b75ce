package io.taxrecon.formats.tabular;

import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits that keep a hostile or broken input file from exhausting the machine, in one place.
 * Each is far above what a real export needs, and a file past one is refused whole with one line
 * that says which limit it passed.
 *
 * <ul>
 * <li>A CSV record (a line, or the lines of one quoted cell) of more than
 *     {@value #MAX_CSV_RECORD_CHARS} characters: Commons CSV would hold it whole in memory, so a
 *     2 GB single-line file would end in an OutOfMemoryError.</li>
 * <li>An .xlsx part that inflates to more than {@value #MAX_XLSX_ENTRY_BYTES} bytes (1 GiB; the
 *     sheet XML of 500,000 rows is about 200 MB): an oversized sheet.</li>
 * <li>An .xlsx part whose compressed size is less than {@value #MIN_XLSX_INFLATE_RATIO} of what it
 *     inflates to (more than 100 times smaller; real sheets compress 5 to 30 times): a zip bomb.
 *     POI checks this once a part has inflated past its grace size of 100 KB.</li>
 * <li>More than {@value #MAX_XLSX_TEXT_CHARS} characters of text taken out of one document by
 *     POI's text extractors.</li>
 * </ul>
 *
 * POI's limits are global to the process: {@link #applyToPoi()} sets them, and the reader of
 * .xlsx files and the command line both call it before opening any workbook (the reviewer's
 * worklist included).
 */
public final class InputLimits {

    public static final int MAX_CSV_RECORD_CHARS = 1_000_000;
    public static final long MAX_XLSX_ENTRY_BYTES = 1L << 30;
    public static final double MIN_XLSX_INFLATE_RATIO = 0.01;
    // POI's own ceiling before it warns that a larger one is risky (a warning every run would be noise)
    public static final long MAX_XLSX_TEXT_CHARS = 10_485_760L;

    private InputLimits() {
    }

    /** Sets POI's zip limits (idempotent). */
    public static void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(MIN_XLSX_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_XLSX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_XLSX_TEXT_CHARS);
    }

    /** The limit a workbook failure passed, in words; null when it passed none. */
    static String passedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") && message.contains("max size")) {
                return "a part of the workbook inflates to more than " + (ZipSecureFile.getMaxEntrySize() >> 20)
                        + " MiB (an oversized sheet); save it as CSV or split it";
            }
            if (message.contains("zip bomb")) {
                return "a part of the workbook inflates more than " + Math.round(1 / ZipSecureFile.getMinInflateRatio())
                        + " times its compressed size (a zip bomb); refused";
            }
            if (message.contains("doctype") || message.contains("entity")) {
                return "the workbook's XML declares a DTD or entities, which no spreadsheet needs; refused";
            }
        }
        return null;
    }
}
