package io.taxrecon.core.values;

/**
 * Where an input row came from: the file's name, the sheet (blank for CSV) and the line a person
 * sees in the file (header = line 1; for Excel, the row number Excel shows). Every record carries
 * one so that every finding can point a reviewer back to its proof.
 */
public record SourceRef(String file, String sheet, long line) {

    public SourceRef {
        sheet = sheet == null ? "" : sheet;
    }

    public static SourceRef csv(String file, long line) {
        return new SourceRef(file, "", line);
    }

    /** "payments.csv:12" or "notices.xlsx[notices]:12". */
    @Override
    public String toString() {
        return sheet.isEmpty() ? file + ":" + line : file + "[" + sheet + "]:" + line;
    }
}
