package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.InputKind;
import java.util.EnumMap;
import java.util.Map;

/** The staging table that holds each kind of input. */
final class StagedTables {

    private static final Map<InputKind, String> TABLES = new EnumMap<>(Map.of(
            InputKind.CLIENTS, "client",
            InputKind.NOTICES, "notice",
            InputKind.IRS_TRANSACTIONS, "irs_transaction",
            InputKind.INFORMATION_RETURNS, "information_return",
            InputKind.RETURN_LINES, "return_line",
            InputKind.PAYMENTS, "payment"));

    private StagedTables() {
    }

    static String of(InputKind kind) {
        return TABLES.get(kind);
    }

    /** The column holding a row's line in the file ({@code line} is a column of return_line's own). */
    static String lineColumn(InputKind kind) {
        return kind == InputKind.RETURN_LINES ? "line_no" : "line";
    }
}
