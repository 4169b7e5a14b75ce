package io.taxrecon.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later night against a full run of it: the same rows and cells, a carried workbook read as of its data's date. */
class SecondNightComparisonTest {

    static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 23);
    static final LocalDate NIGHT_2 = NIGHT_1.plusDays(1);
    static final String HEADER = "run_date,client_id,finding_type";

    @Test
    void theSameRowsAndCellsAreIdentical(@TempDir Path later, @TempDir Path full) throws IOException {
        runFolder(later, List.of("2026-11-24,C1,UNPOSTED_PAYMENT"), Map.of("C1", List.of("Run date", "2026-11-24", "=B1")));
        runFolder(full, List.of("2026-11-24,C1,UNPOSTED_PAYMENT"), Map.of("C1", List.of("Run date", "2026-11-24", "=B1")));

        SecondNightComparison.Result result = SecondNightComparison.compare(later, full, Map.of(), NIGHT_2);

        assertThat(result.identical()).isTrue();
        assertThat(result.workbooks()).isEqualTo(1);
        assertThat(result.summary()).isEqualTo("yes (findings.csv, penalties.csv and 1 workbooks)");
    }

    @Test
    void rowsInAnotherOrderAreTheSameRowsButSaidSo(@TempDir Path later, @TempDir Path full) throws IOException {
        runFolder(later, List.of("2026-11-24,C1,A", "2026-11-24,C2,B"), Map.of());
        runFolder(full, List.of("2026-11-24,C2,B", "2026-11-24,C1,A"), Map.of());

        SecondNightComparison.Result result = SecondNightComparison.compare(later, full, Map.of(), NIGHT_2);

        assertThat(result.identical()).isTrue();
        assertThat(result.sameOrder()).isFalse();
    }

    @Test
    void aCarriedWorkbookIsReadAsOfTheNightItsDataIsFrom(@TempDir Path later, @TempDir Path full) throws IOException {
        runFolder(later, List.of(), Map.of("C1", List.of("Data as of", "2026-11-23", "Balance 10.00")));
        runFolder(full, List.of(), Map.of("C1", List.of("Data as of", "2026-11-24", "Balance 10.00")));

        assertThat(SecondNightComparison.compare(later, full, Map.of("C1", NIGHT_1), NIGHT_2).identical()).isTrue();
        assertThat(SecondNightComparison.compare(later, full, Map.of(), NIGHT_2).differences()).isEqualTo(1);
    }

    @Test
    void theLineThatSaysACarriedWorkbookIsUnchangedIsNotADifference(@TempDir Path later, @TempDir Path full)
            throws IOException {
        runFolder(later, List.of(), Map.of("C1", List.of("Total", "data as of 2026-11-23, unchanged since")));
        runFolder(full, List.of(), Map.of("C1", List.of("Total")));

        assertThat(SecondNightComparison.compare(later, full, Map.of("C1", NIGHT_1), NIGHT_2).identical()).isTrue();
    }

    @Test
    void eachDifferenceIsCountedAndTheFirstAreListed(@TempDir Path later, @TempDir Path full) throws IOException {
        runFolder(later, List.of("2026-11-24,C1,A", "2026-11-24,C3,C"),
                Map.of("C1", List.of("Owed", "12.00", "=SUM(B1:B2)"), "C2", List.of("x")));
        runFolder(full, List.of("2026-11-24,C1,A", "2026-11-24,C2,B"),
                Map.of("C1", List.of("Owed", "13.00", "=SUM(B1:B3)")));

        SecondNightComparison.Result result = SecondNightComparison.compare(later, full, Map.of(), NIGHT_2);

        assertThat(result.identical()).isFalse();
        assertThat(result.first()).containsExactly(
                "findings.csv only in the full run: 2026-11-24,C2,B",
                "findings.csv only in the later night: 2026-11-24,C3,C",
                "clients/C2.xlsx only in the later night",
                "C1.xlsx Sheet!B1: '12.00' in the later night, '13.00' in the full run",
                "C1.xlsx Sheet!C1: '=SUM(B1:B2)' in the later night, '=SUM(B1:B3)' in the full run");
        assertThat(result.differences()).isEqualTo(5);
        assertThat(result.summary()).startsWith("no (5 differences; first few: findings.csv only in the full run");
    }

    /** A run folder: findings.csv with these rows, an empty penalties.csv, and one single-row workbook per client. */
    private static void runFolder(Path folder, List<String> findings, Map<String, List<String>> workbooks)
            throws IOException {
        Files.write(folder.resolve("findings.csv"), concat(HEADER, findings));
        Files.write(folder.resolve("penalties.csv"), List.of("run_date,client_id"));
        Files.createDirectories(folder.resolve("clients"));
        for (Map.Entry<String, List<String>> e : workbooks.entrySet()) {
            try (XSSFWorkbook wb = new XSSFWorkbook();
                    OutputStream out = Files.newOutputStream(folder.resolve("clients").resolve(e.getKey() + ".xlsx"))) {
                Sheet sheet = wb.createSheet("Sheet");
                Row row = sheet.createRow(0);
                int column = 0;
                for (String value : e.getValue()) {
                    if (value.startsWith("=")) {
                        row.createCell(column++).setCellFormula(value.substring(1));
                    } else {
                        row.createCell(column++).setCellValue(value);
                    }
                }
                wb.write(out);
            }
        }
    }

    private static List<String> concat(String header, List<String> rows) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
