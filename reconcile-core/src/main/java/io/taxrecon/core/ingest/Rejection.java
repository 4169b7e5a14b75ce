package io.taxrecon.core.ingest;

import io.taxrecon.core.values.SourceRef;

/**
 * An input row that could not be loaded, and why: one line of rejects.csv.
 *
 * @param clientId the row's client_id as written, or null when it has none, so that the client's
 *                 workbook can warn that its data is incomplete
 * @param column the column at fault (its canonical name), or "" when the row as a whole is
 * @param value the offending value as written, except that a TIN is masked to its last four digits
 */
public record Rejection(SourceRef source, String clientId, String column, String value, String reason) {
}
