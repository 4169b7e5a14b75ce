package io.taxrecon.core.ingest;

import io.taxrecon.core.income.FormType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An information_returns file with one row per form and a column per box ({@code Box 1},
 * {@code Wages}, {@code Federal income tax withheld}, ...), the way payroll systems and tax
 * software export W-2s and 1099s, read exactly like the one-row-per-box layout: each form row
 * becomes one row per box with an amount, blank boxes are skipped, and every box row keeps the
 * form row's source line. Widening happens before rows are read, so one {@link RowNormaliser}
 * serves both layouts: the widened rows carry the file's own cells followed by a {@code box} and
 * an {@code amount} cell, under {@link #header()}.
 */
public final class FormRows {

    static final String NO_BOX_FILLED = "no box column has an amount";

    private final List<String> header;
    private final List<Integer> boxIndexes;
    private final OptionalInt formTypeIndex;
    private final BoxColumns boxes;

    private FormRows(List<String> header, List<Integer> boxIndexes, OptionalInt formTypeIndex, BoxColumns boxes) {
        this.header = header;
        this.boxIndexes = boxIndexes;
        this.formTypeIndex = formTypeIndex;
        this.boxes = boxes;
    }

    /**
     * The one-row-per-form reading of a file, when it is one: an information_returns file whose
     * header has no box and no amount column but at least one box column. Empty for every other
     * file, which is read as it is.
     */
    public static Optional<FormRows> of(InputKind kind, List<String> header, ColumnAliases aliases) {
        if (kind != InputKind.INFORMATION_RETURNS) {
            return Optional.empty();
        }
        List<Integer> boxIndexes = new ArrayList<>();
        OptionalInt formTypeIndex = OptionalInt.empty();
        for (int i = 0; i < header.size(); i++) {
            Optional<String> column = aliases.columnFor(kind, header.get(i));
            if (column.filter(c -> c.equals("box") || c.equals("amount")).isPresent()) {
                return Optional.empty();
            }
            if (column.filter("form_type"::equals).isPresent() && formTypeIndex.isEmpty()) {
                formTypeIndex = OptionalInt.of(i);
            }
            if (column.isEmpty() && aliases.boxColumns().isBoxColumn(header.get(i))) {
                boxIndexes.add(i);
            }
        }
        if (boxIndexes.isEmpty()) {
            return Optional.empty();
        }
        List<String> widened = new ArrayList<>(header);
        widened.add("box");
        widened.add("amount");
        return Optional.of(new FormRows(List.copyOf(widened), List.copyOf(boxIndexes), formTypeIndex,
                aliases.boxColumns()));
    }

    /** The header of the widened rows: the file's own, then {@code box} and {@code amount}. */
    public List<String> header() {
        return header;
    }

    /**
     * One row per box with an amount, in the file's column order. A row with no box filled, or
     * with an amount under a column that is no box of the row's form, comes back as a row that
     * cannot be loaded, with its reason: nothing read vanishes.
     */
    public List<RawRow> widen(RawRow formRow) {
        Optional<FormType> form = formTypeIndex.isPresent()
                ? FormType.parse(formRow.cell(formTypeIndex.getAsInt()).text())
                : Optional.empty();
        int width = header.size() - 2;
        List<RawRow> rows = new ArrayList<>();
        for (int index : boxIndexes) {
            RawCell amount = formRow.cell(index);
            if (amount.isBlank()) {
                continue;
            }
            String columnName = header.get(index);
            List<RawCell> cells = new ArrayList<>(width + 2);
            for (int i = 0; i < width; i++) {
                cells.add(formRow.cell(i));
            }
            // an unknown or blank form is rejected on form_type, checked before box: keep the header as the box
            Optional<String> box = form.isEmpty() ? Optional.of(columnName) : boxes.boxOf(columnName, form.get());
            cells.add(RawCell.text(box.orElse(columnName)));
            cells.add(amount);
            RawRow.Problem problem = box.isPresent() ? null : new RawRow.Problem("box", columnName,
                    "column '" + columnName + "' is no box of Form " + form.get().label());
            rows.add(new RawRow(formRow.source(), cells, problem));
        }
        if (rows.isEmpty()) {
            List<RawCell> cells = new ArrayList<>(formRow.cells().subList(0, Math.min(width, formRow.cells().size())));
            rows.add(new RawRow(formRow.source(), cells, new RawRow.Problem("box", "", NO_BOX_FILLED)));
        }
        return rows;
    }
}
