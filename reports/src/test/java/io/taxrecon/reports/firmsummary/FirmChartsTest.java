package io.taxrecon.reports.firmsummary;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.fixtures.Xlsx;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirmChartsTest {

    @TempDir
    Path dir;

    @Test
    void theChartsSheetHoldsTheTablesAndABarChartOfEach() throws IOException {
        Path target = dir.resolve("firm-summary.xlsx");
        try (FirmSummaryWorkbook wb = new FirmSummaryWorkbook(target, new ReportContext(RUN_DATE, "Smith CPAs"))) {
            // Streamed rows beyond SXSSF's window of 100, so the chart is made while rows are on disk.
            for (int i = 0; i < 250; i++) {
                Severity s = i % 5 == 4 ? null : Severity.values()[i % 3];
                Map<FindingType, Integer> counts = s == null ? Map.of()
                        : Map.of(FindingType.UNPOSTED_PAYMENT, 2, FindingType.RESPONSE_DEADLINE, 1);
                wb.add(new ClientSummary("C-" + i, "Name " + i, "***-**-0001", null, s, 10L, new BigDecimal("100.25"),
                        counts, 1, false, null));
            }
        }
        try (XSSFWorkbook wb = Xlsx.open(target)) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("Clients", "Totals", "Charts");
            XSSFSheet charts = wb.getSheet("Charts");
            List<XSSFChart> all = charts.getDrawingPatriarch().getCharts();
            assertThat(all).hasSize(2);

            XSSFChart findings = all.get(0);
            assertThat(findings.getTitleText().getString()).isEqualTo(FirmCharts.FINDINGS_CHART_TITLE);
            XDDFBarChartData bars = (XDDFBarChartData) findings.getChartSeries().get(0);
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
            XDDFChartData.Series series = bars.getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(FindingType.values().length);
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("UNPOSTED_PAYMENT");
            assertThat(((Number) series.getValuesData().getPointAt(0)).doubleValue()).isEqualTo(400.0); // 200 clients x 2
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Charts!$B$5:$B$20");
            int row = Xlsx.rowOf(charts, "UNPOSTED_PAYMENT");
            assertThat(charts.getRow(row).getCell(1).getNumericCellValue()).isEqualTo(400.0);

            XSSFChart stake = all.get(1);
            assertThat(stake.getTitleText().getString()).isEqualTo(FirmCharts.STAKE_CHART_TITLE);
            XDDFChartData.Series money = stake.getChartSeries().get(0).getSeries(0);
            assertThat(money.getCategoryData().getPointCount()).isEqualTo(Severity.values().length + 1);
            assertThat(money.getCategoryData().getPointAt(0)).isEqualTo("HIGH");
            // 250 clients: 50 have no severity; the 200 others cycle HIGH, MEDIUM, LOW.
            double high = ((Number) money.getValuesData().getPointAt(0)).doubleValue();
            assertThat(high).isEqualTo(67 * 100.25, org.assertj.core.data.Offset.offset(0.001));
            assertThat(Xlsx.text(charts, Xlsx.rowOf(charts, FirmCharts.NO_SEVERITY), 1)).isEqualTo("50");
        }
    }
}
