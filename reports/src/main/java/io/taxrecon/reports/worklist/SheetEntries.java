package io.taxrecon.reports.worklist;

import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.core.worklist.ReviewStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the reviewer's entries of one sheet: the header row is the one holding "Key" (among the
 * first rows, should the reviewer insert a title above it), each column found by its header.
 * What a reviewer typed that is no status or no date is kept in the note ("[Status: called
 * client]") rather than dropped: the next worklist shows it there, and it is never lost.
 */
final class SheetEntries {

    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Map<String, List<String>> HEADERS = Map.of(
            WorklistColumns.KEY, List.of("key"),
            WorklistColumns.STATUS, List.of("status", "reviewstatus"),
            WorklistColumns.ASSIGNED_TO, List.of("assignedto", "assigned"),
            WorklistColumns.FOLLOW_UP, List.of("followupdate", "followup"),
            WorklistColumns.NOTE, List.of("note", "notes"));

    private SheetEntries() {
    }

    /** Adds the sheet's entries to {@code entries} (a key already there keeps its first non-blank entry). */
    static void read(Sheet sheet, String fileName, LocalDate readOn, Map<FindingKey, ReviewEntry> entries, List<String> warnings) {
        String where = "the " + sheet.getSheetName() + " sheet";
        Row header = headerRow(sheet);
        if (header == null) {
            throw new WorklistReader.CannotRead(fileName + ": " + where + " has no Key column: the stored entries stand");
        }
        Map<String, Integer> columns = columns(header, fileName + ": " + where);
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String keyText = CellValues.text(row.getCell(columns.get(WorklistColumns.KEY)));
            Optional<FindingKey> key = FindingKey.parse(keyText);
            ReviewEntry entry = key.map(k -> entry(k, row, columns, readOn)).orElse(null);
            if (entry == null) {
                if (keyText != null || hasWords(row, columns)) {
                    warnings.add(where + ", row " + (r + 1) + ": no key the worklist wrote (edited or typed in?): not read");
                }
                continue;
            }
            ReviewEntry had = entries.get(entry.key());
            if (had == null || (had.isBlank() && !entry.isBlank())) {
                entries.put(entry.key(), entry);
            } else if (!entry.isBlank() && !entry.equals(had)) {
                warnings.add(where + ", row " + (r + 1) + ": a second row of finding " + entry.key().text()
                        + ": the first is read");
            }
        }
    }

    private static ReviewEntry entry(FindingKey key, Row row, Map<String, Integer> columns, LocalDate readOn) {
        StringBuilder kept = new StringBuilder();
        String statusText = CellValues.text(cell(row, columns, WorklistColumns.STATUS));
        ReviewStatus status = ReviewStatus.parse(statusText).orElse(null);
        if (status == null && statusText != null && !statusText.isBlank()) {
            kept.append("[Status: ").append(statusText.strip()).append("] ");
        }
        CellValues.DateOrText followUp = CellValues.date(cell(row, columns, WorklistColumns.FOLLOW_UP));
        if (followUp.text() != null) {
            kept.append("[Follow-up date: ").append(followUp.text()).append("] ");
        }
        String note = CellValues.text(cell(row, columns, WorklistColumns.NOTE));
        String fullNote = kept.isEmpty() ? note : kept + (note == null ? "" : note);
        return new ReviewEntry(key, status, CellValues.text(cell(row, columns, WorklistColumns.ASSIGNED_TO)),
                followUp.date(), fullNote == null ? null : fullNote.strip(), readOn);
    }

    private static boolean hasWords(Row row, Map<String, Integer> columns) {
        for (String column : WorklistColumns.REVIEWER) {
            String text = CellValues.text(cell(row, columns, column));
            if (text != null && !text.isBlank() && !(column.equals(WorklistColumns.STATUS)
                    && ReviewStatus.parse(text).equals(Optional.of(ReviewStatus.OPEN)))) {
                return true;
            }
        }
        return false;
    }

    private static Cell cell(Row row, Map<String, Integer> columns, String column) {
        return row.getCell(columns.get(column));
    }

    private static Row headerRow(Sheet sheet) {
        for (int r = 0; r < HEADER_SEARCH_ROWS && r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && column(row, HEADERS.get(WorklistColumns.KEY)) >= 0) {
                return row;
            }
        }
        return null;
    }

    private static Map<String, Integer> columns(Row header, String where) {
        Map<String, Integer> columns = new HashMap<>();
        for (Map.Entry<String, List<String>> wanted : HEADERS.entrySet()) {
            int column = column(header, wanted.getValue());
            if (column < 0) {
                // A reviewer's column gone would read as empty and wipe what is stored: refuse instead.
                throw new WorklistReader.CannotRead(where + " has no \"" + wanted.getKey()
                        + "\" column (renamed or deleted?): the stored entries stand");
            }
            columns.put(wanted.getKey(), column);
        }
        return columns;
    }

    /** The first column whose header, normalised, is one of {@code names}; -1 when none. */
    private static int column(Row header, List<String> names) {
        for (Cell cell : header) {
            if (names.contains(WorklistColumns.normalise(CellValues.text(cell)))) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }
}
