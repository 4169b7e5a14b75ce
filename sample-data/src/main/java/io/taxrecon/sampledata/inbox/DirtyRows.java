package io.taxrecon.sampledata.inbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What --dirty adds after a row is written: now and then a bad copy of it (one value replaced by
 * a {@link BadValue}), recorded in {@link RejectsTruth} with the line it landed on, and now and
 * then a blank line or row. The bad copies are extra rows: the product rejects them and the rows
 * they copy still load, so the planted findings are the same as without --dirty.
 *
 * <p>Which bad value comes next in a file goes round that file's applicable values in turn, so
 * every kind appears at a steady rate; whether a row gets a copy is a draw from the client's own
 * random stream.
 */
final class DirtyRows {

    /** Per mille of rows followed by a bad copy. */
    static final int BAD_PER_MILLE = 20;
    /** Per mille of rows followed by a blank line (CSV) or blank row (Excel). */
    static final int BLANK_PER_MILLE = 6;

    private final RejectsTruth truth;
    private final Map<Table, List<BadValue>> cycles = new EnumMap<>(Table.class);
    private final Map<Table, Integer> next = new EnumMap<>(Table.class);

    DirtyRows(RejectsTruth truth, SplittableRandom order) {
        this.truth = truth;
        for (Table t : Table.values()) {
            List<BadValue> values = new ArrayList<>(BadValue.applicableTo(t));
            for (int i = values.size() - 1; i > 0; i--) {
                int j = order.nextInt(i + 1);
                values.set(i, values.set(j, values.get(i)));
            }
            cycles.put(t, values);
            next.put(t, 0);
        }
    }

    void after(Table table, InputTable file, List<Cell> row, SplittableRandom r) throws IOException {
        int u = r.nextInt(1000);
        if (u < BAD_PER_MILLE) {
            List<BadValue> cycle = cycles.get(table);
            BadValue bad = cycle.get(next.merge(table, 1, Integer::sum) % cycle.size());
            if (bad.candidateColumns(table).stream().noneMatch(c -> !row.get(table.indexOf(c)).blank())) {
                bad = BadValue.CLIENT_ID_BLANK; // e.g. a spouse-less client's row when only its TIN was to break
            }
            String column = bad.column(table, row, r);
            int at = table.indexOf(column);
            List<Cell> copy = new ArrayList<>(row);
            copy.set(at, bad.cell(row.get(at), r));
            long line = file.write(copy);
            truth.add(table, file, line, column, bad.reason());
        } else if (u < BAD_PER_MILLE + BLANK_PER_MILLE) {
            file.blank(r.nextBoolean());
        }
    }
}
