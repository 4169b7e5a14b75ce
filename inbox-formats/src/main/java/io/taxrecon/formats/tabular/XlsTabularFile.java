package io.taxrecon.formats.tabular;

import io.taxrecon.core.ingest.RawCell;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.values.SourceRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An old-style .xls sheet. The format holds at most 65,536 rows, so reading the workbook whole
 * is affordable; cells are typed the same way as {@link XlsxTabularFile} types them.
 */
final class XlsTabularFile implements TabularFile {

    private final String displayName;
    private final HSSFWorkbook workbook;
    private final Sheet sheet;
    private final Iterator<Row> rows;
    private final List<String> header;

    private XlsTabularFile(String displayName, HSSFWorkbook workbook, String preferredSheet) {
        this.displayName = displayName;
        this.workbook = workbook;
        Sheet chosen = null;
        for (Sheet s : workbook) {
            if (chosen == null || (preferredSheet != null && s.getSheetName().trim().equalsIgnoreCase(preferredSheet))) {
                chosen = s;
            }
        }
        if (chosen == null) {
            throw new UnreadableInputException(displayName + ": the workbook has no sheet");
        }
        this.sheet = chosen;
        this.rows = chosen.rowIterator();
        RawRow first = nextNonBlank();
        if (first == null) {
            throw new UnreadableInputException(displayName + " [" + sheet.getSheetName() + "]: the sheet is empty (no header row)");
        }
        List<String> names = new ArrayList<>();
        first.cells().forEach(c -> names.add(c.text()));
        this.header = List.copyOf(names);
    }

    static XlsTabularFile open(Path file, String displayName, String preferredSheet) {
        try {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            return new XlsTabularFile(displayName, new HSSFWorkbook(fs.getRoot(), true), preferredSheet);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw new UnreadableInputException(displayName + ": " + WorkbookTrouble.describe(file, e), e);
        }
    }

    @Override
    public String sheet() {
        return sheet.getSheetName();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRow next() {
        return nextNonBlank();
    }

    private RawRow nextNonBlank() {
        while (rows.hasNext()) {
            Row row = rows.next();
            List<RawCell> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(cell(row.getCell(c)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.stream().anyMatch(c -> !c.text().isBlank())) {
                return new RawRow(new SourceRef(displayName, sheet.getSheetName(), row.getRowNum() + 1L), cells);
            }
        }
        return null;
    }

    private static RawCell cell(Cell cell) {
        if (cell == null) {
            return new RawCell("", false);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return new RawCell(cell.getLocalDateTimeCellValue().toLocalDate().toString(), false);
                }
                String text = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
                return new RawCell(text.equals("-0") ? "0" : text, true);
            case STRING:
                return new RawCell(cell.getRichStringCellValue().getString(), false);
            case BOOLEAN:
                return new RawCell(Boolean.toString(cell.getBooleanCellValue()), false);
            case ERROR:
                return new RawCell("#ERROR", false);
            default:
                return new RawCell("", false);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
