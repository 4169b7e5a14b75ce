package io.taxrecon.core.ingest;

import io.taxrecon.core.values.Tin;
import java.util.List;

/**
 * A file whose header lacks required columns of its kind: the file cannot be read at all. The
 * message names every missing column and shows the header found (a header that is really a row
 * of data has its TIN-like cells masked).
 */
public class MissingColumnsException extends IllegalArgumentException {

    private final InputKind kind;
    private final List<String> missingColumns;

    public MissingColumnsException(InputKind kind, List<String> missingColumns, List<String> header) {
        super("a " + kind.fileStem() + " file needs the column" + (missingColumns.size() == 1 ? " " : "s ")
                + String.join(", ", missingColumns) + "; its header is: "
                + String.join(", ", header.stream().map(MissingColumnsException::safe).toList()));
        this.kind = kind;
        this.missingColumns = List.copyOf(missingColumns);
    }

    public InputKind kind() {
        return kind;
    }

    public List<String> missingColumns() {
        return missingColumns;
    }

    private static String safe(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.replaceAll("\\D", "").length() >= 7 ? Tin.maskAsWritten(cell) : cell;
    }
}
