package io.taxrecon.reports.worklist;

import java.util.List;
import java.util.Locale;

/**
 * The worklist's sheet names and column headers, shared by the writer and the reader: the reader
 * finds the reviewer's columns by these headers, wherever the reviewer has moved them.
 */
final class WorklistColumns {

    static final String OPEN_SHEET = "Open";
    static final String RESOLVED_SHEET = "Resolved";

    static final String STATUS = "Status";
    static final String ASSIGNED_TO = "Assigned to";
    static final String FOLLOW_UP = "Follow-up date";
    static final String NOTE = "Note";
    static final String KEY = "Key";

    /** The reviewer's columns, in the order both sheets show them, the key last. */
    static final List<String> REVIEWER = List.of(STATUS, ASSIGNED_TO, FOLLOW_UP, NOTE);

    static final String[] OPEN = {
        "First seen", "Nights open", "Night status", "Client", "Tax year", "Type", "Severity", "Amount", "Due",
        "Workbook", STATUS, ASSIGNED_TO, FOLLOW_UP, NOTE, KEY};
    static final int[] OPEN_WIDTHS = {11, 7, 8, 14, 6, 26, 9, 13, 11, 30, 15, 14, 11, 50, 40};

    static final String[] RESOLVED = {
        "Client", "Tax year", "Type", "Reference", "First seen", "Resolved on", "Why", STATUS, ASSIGNED_TO, FOLLOW_UP,
        NOTE, KEY};
    static final int[] RESOLVED_WIDTHS = {14, 6, 26, 14, 11, 11, 44, 15, 14, 11, 50, 40};

    private WorklistColumns() {
    }

    /**
     * A header as the reader compares it: letters only, lower case, so "Follow-up date",
     * "FOLLOW UP DATE" and "Follow-up date " are one header (a reviewer may retype one).
     */
    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
