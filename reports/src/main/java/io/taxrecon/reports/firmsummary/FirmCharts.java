package io.taxrecon.reports.firmsummary;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.reports.xlsx.PoiSheetWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The firm summary's "Charts" sheet: two small data tables (findings by type; clients and amount
 * at stake by top severity) and a bar chart of each beside them.
 *
 * <p>The Clients sheet streams (SXSSF), whose sheets cannot take charts through the streaming
 * API; the drawing is therefore made on the streamed sheet's underlying XSSFSheet, which SXSSF
 * writes as it is apart from its rows. The tables are a few rows, written when the totals are
 * known; each chart refers to its table's cells (so Excel recalculates it from them) and carries
 * the values too (so a viewer that does not recalculate still draws it).
 */
final class FirmCharts {

    static final String FINDINGS_CHART_TITLE = "Findings by type";
    static final String STAKE_CHART_TITLE = "Amount at stake by top severity";
    static final String NO_SEVERITY = "No findings";

    /** The bars' colour: the blue of the header fill's family, readable in black-and-white print. */
    private static final byte[] BAR_RGB = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};

    private FirmCharts() {
    }

    /**
     * Writes the tables with {@code out} (a fresh sheet) and draws the charts on {@code drawingSheet},
     * the same sheet as an XSSFSheet.
     */
    static void write(PoiSheetWriter out, XSSFSheet drawingSheet, String title, Map<FindingType, Integer> findingsByType,
                      Map<Severity, Integer> clientsBySeverity, long clientsWithoutSeverity,
                      Map<Severity, BigDecimal> stakeBySeverity, BigDecimal stakeWithoutSeverity) {
        out.widths(30, 12, 16, 2);
        out.row().text(title, out.styles().title);
        out.gap();

        out.section(FINDINGS_CHART_TITLE);
        out.header("Finding type", "Findings");
        int firstType = out.nextRowIndex();
        List<String> types = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (FindingType type : FindingType.values()) {
            int n = findingsByType.getOrDefault(type, 0);
            out.row().text(type.name()).number(n);
            types.add(type.name());
            counts.add(n);
        }
        int lastType = out.nextRowIndex() - 1;

        out.gap();
        out.section(STAKE_CHART_TITLE);
        out.header("Top severity", "Clients", "Amount at stake");
        int firstSeverity = out.nextRowIndex();
        List<String> severities = new ArrayList<>();
        List<Double> stakes = new ArrayList<>();
        for (Severity s : Severity.values()) {
            BigDecimal stake = stakeBySeverity.getOrDefault(s, BigDecimal.ZERO);
            out.row().text(s.name(), out.styles().severity(s)).number(clientsBySeverity.getOrDefault(s, 0)).money(stake);
            severities.add(s.name());
            stakes.add(stake.doubleValue()); // the POI boundary: a chart's cached values are doubles
        }
        out.row().text(NO_SEVERITY).number(clientsWithoutSeverity).money(stakeWithoutSeverity);
        severities.add(NO_SEVERITY);
        stakes.add(stakeWithoutSeverity.doubleValue());
        int lastSeverity = out.nextRowIndex() - 1;

        String sheet = drawingSheet.getSheetName();
        XSSFDrawing drawing = drawingSheet.createDrawingPatriarch();
        // Anchors in cells: columns E..P, the first chart beside the first table, the second below it.
        XSSFChart findings = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, 1, 16, 22));
        bars(findings, FINDINGS_CHART_TITLE, "Findings", BarDirection.BAR,
                XDDFDataSourcesFactory.fromArray(types.toArray(String[]::new), range(sheet, firstType, lastType, 0)),
                XDDFDataSourcesFactory.fromArray(counts.toArray(Integer[]::new), range(sheet, firstType, lastType, 1)));
        XSSFChart stake = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, 23, 16, 42));
        bars(stake, STAKE_CHART_TITLE, "Amount at stake", BarDirection.COL,
                XDDFDataSourcesFactory.fromArray(severities.toArray(String[]::new), range(sheet, firstSeverity, lastSeverity, 0)),
                XDDFDataSourcesFactory.fromArray(stakes.toArray(Double[]::new), range(sheet, firstSeverity, lastSeverity, 2)));
    }

    private static String range(String sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet, true);
    }

    private static <N extends Number> void bars(XSSFChart chart, String title, String seriesTitle, BarDirection direction,
                                                XDDFCategoryDataSource categories, XDDFNumericalDataSource<N> values) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        boolean horizontal = direction == BarDirection.BAR;
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        if (horizontal) {
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN); // the table's first row at the top, as it reads
        }
        XDDFValueAxis valueAxis = chart.createValueAxis(horizontal ? AxisPosition.TOP : AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(direction);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
        series.setTitle(seriesTitle, null);
        // An explicit fill: without one LibreOffice draws the axes and no bars at all.
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_RGB)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }
}
