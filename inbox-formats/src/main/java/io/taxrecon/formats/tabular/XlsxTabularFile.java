package io.taxrecon.formats.tabular;

import io.taxrecon.core.ingest.RawCell;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.values.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * An .xlsx sheet read as a stream of rows (StAX over the sheet's XML), so a 500,000-row sheet
 * needs no more heap than its shared strings. Numbers arrive as plain decimals marked numeric;
 * date-formatted cells as ISO dates, in the workbook's own date system (1900 or Mac's 1904);
 * formulas as their cached values. Rows keep the number Excel shows.
 */
final class XlsxTabularFile implements TabularFile {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        // a workbook is untrusted input: no DTDs, no external entities
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputLimits.applyToPoi();
    }

    private final String displayName;
    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final String sheet;
    private final InputStream sheetData;
    private final XMLStreamReader xml;
    private final List<String> header;
    private long lastRow = 0;

    private XlsxTabularFile(String displayName, OPCPackage pkg, String preferredSheet) throws Exception {
        this.displayName = displayName;
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg);
        this.styles = reader.getStylesTable();
        this.date1904 = isDate1904(reader);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        String chosen = null;
        InputStream chosenData = null;
        while (sheets.hasNext()) {
            InputStream data = sheets.next();
            String name = sheets.getSheetName();
            boolean named = preferredSheet != null && name.trim().equalsIgnoreCase(preferredSheet);
            if (chosen == null || named) {
                if (chosenData != null) {
                    chosenData.close();
                }
                chosen = name;
                chosenData = data;
                if (named) {
                    break;
                }
            } else {
                data.close();
            }
        }
        if (chosen == null) {
            throw new UnreadableInputException(displayName + ": the workbook has no sheet");
        }
        this.sheet = chosen;
        this.sheetData = chosenData;
        this.xml = XML.createXMLStreamReader(sheetData);
        RawRow first = nextRow();
        while (first != null && isBlank(first)) {
            first = nextRow();
        }
        if (first == null) {
            throw new UnreadableInputException(displayName + " [" + sheet + "]: the sheet is empty (no header row)");
        }
        List<String> names = new ArrayList<>();
        first.cells().forEach(c -> names.add(c.text()));
        this.header = Collections.unmodifiableList(names);
    }

    static XlsxTabularFile open(Path file, String displayName, String preferredSheet) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxTabularFile(displayName, pkg, preferredSheet);
        } catch (UnreadableInputException e) {
            pkg.revert();
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new UnreadableInputException(displayName + ": " + WorkbookTrouble.describe(file, e), e);
        }
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRow next() throws IOException {
        try {
            RawRow row;
            do {
                row = nextRow();
            } while (row != null && isBlank(row));
            return row;
        } catch (XMLStreamException | RuntimeException e) {
            String limit = InputLimits.passedBy(e);
            throw new UnreadableInputException(displayName + " [" + sheet + "]: "
                    + (limit != null ? limit : "the sheet is corrupt or truncated"), e);
        }
    }

    private static boolean isBlank(RawRow row) {
        return row.cells().stream().allMatch(c -> c.text().isBlank());
    }

    /** The next row element of the sheet, blank or not; null at the end of the sheet data. */
    private RawRow nextRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                return readRow();
            }
            if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                return null;
            }
        }
        return null;
    }

    private RawRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        long rowNumber = r != null ? Long.parseLong(r) : lastRow + 1;
        lastRow = rowNumber;
        List<RawCell> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref != null ? new CellReference(ref).getCol() : nextColumn;
                while (cells.size() < column) {
                    cells.add(new RawCell("", false));
                }
                RawCell cell = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                if (column < cells.size()) {
                    cells.set(column, cell);
                } else {
                    cells.add(cell);
                }
                nextColumn = column + 1;
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        // trailing empty columns are not part of the row
        while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return new RawRow(new SourceRef(displayName, sheet, rowNumber), cells);
    }

    private RawCell readCell(String type, String style) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = xml.getElementText();
                } else if ("t".equals(name) && "inlineStr".equals(type)) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(xml.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        if (inline != null) {
            return new RawCell(inline.toString(), false);
        }
        if (value == null) {
            return new RawCell("", false);
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "s":
                return new RawCell(strings.getItemAt(Integer.parseInt(value.trim())).getString(), false);
            case "b":
                return new RawCell("1".equals(value.trim()) ? "true" : "false", false);
            case "e":
                return new RawCell(value, false); // an error cell (#N/A): the normaliser rejects it in a typed column
            case "n":
                return number(value.trim(), style);
            default: // "str" (a formula's text result), "inlineStr" without text
                return new RawCell(value, false);
        }
    }

    private RawCell number(String value, String style) {
        if (style != null && !value.isEmpty()) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
                double serial = Double.parseDouble(value);
                if (DateUtil.isValidExcelDate(serial)) {
                    LocalDateTime date = DateUtil.getLocalDateTime(serial, date1904);
                    return new RawCell(date.toLocalDate().toString(), false);
                }
            }
        }
        return new RawCell(plain(value), true);
    }

    /** "1.2345E5" → "123450", "2024.0" → "2024": what the number is, as a person would write it. */
    private static String plain(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            String text = number.stripTrailingZeros().toPlainString();
            return text.equals("-0") ? "0" : text;
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static boolean isDate1904(XSSFReader reader) throws Exception {
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLStreamReader wb = XML.createXMLStreamReader(workbook);
            while (wb.hasNext()) {
                if (wb.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(wb.getLocalName())) {
                    String flag = wb.getAttributeValue(null, "date1904");
                    return flag != null && (flag.equals("1") || flag.toLowerCase(Locale.ROOT).equals("true"));
                }
            }
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader we only read from: nothing is lost
        }
        sheetData.close();
        pkg.revert();
    }
}
