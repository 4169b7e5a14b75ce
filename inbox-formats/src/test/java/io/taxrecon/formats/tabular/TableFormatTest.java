package io.taxrecon.formats.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.ingest.RawCell;
import io.taxrecon.core.ingest.RawRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A renamed export is read for what its bytes are; the name only says whether it is meant as a table. */
class TableFormatTest {

    @TempDir
    Path folder;

    @Test
    void aCsvNamedFileThatIsReallyAnXlsxWorkbookIsReadAsAWorkbook() throws IOException {
        Path file = workbook(new XSSFWorkbook(), "payments.csv");
        assertThat(TableFormat.of(file)).contains(TableFormat.XLSX);
        assertThat(texts(file)).containsExactly(List.of("P1", "10.5"));
    }

    @Test
    void anXlsxNamedFileThatIsReallyCsvTextIsReadAsCsv() throws IOException {
        Path file = Files.writeString(folder.resolve("payments.xlsx"), "payment_id,amount\nP1,10.50\n");
        assertThat(TableFormat.of(file)).contains(TableFormat.CSV);
        assertThat(texts(file)).containsExactly(List.of("P1", "10.50"));
    }

    @Test
    void anOldOle2WorkbookNamedXlsxIsReadAsXls() throws IOException {
        Path file = workbook(new HSSFWorkbook(), "payments.xlsx");
        assertThat(TableFormat.of(file)).contains(TableFormat.XLS);
        assertThat(texts(file)).containsExactly(List.of("P1", "10.5"));
    }

    @Test
    void anXlsxWorkbookNamedXlsIsReadAsXlsx() throws IOException {
        Path file = workbook(new XSSFWorkbook(), "payments.xls");
        assertThat(TableFormat.of(file)).contains(TableFormat.XLSX);
        assertThat(texts(file)).containsExactly(List.of("P1", "10.5"));
    }

    @Test
    void aWorkbookNamedFileOfRandomBytesIsRefusedAsNotAWorkbook() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(folder.resolve("payments.xlsx"), noise);
        assertThat(TableFormat.of(file)).isEmpty();
        assertThatThrownBy(() -> TabularFile.open(file, "payments.xlsx", null))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("payments.xlsx: the file is not an Excel workbook, whatever its name says");
    }

    @Test
    void aFileNamedAsNoTableIsRefusedWhateverItHolds() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.md"), "payment_id,amount\nP1,10\n");
        assertThat(TableFormat.of(file)).isEmpty();
        assertThatThrownBy(() -> TabularFile.open(file, "notes.md", null))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("notes.md: not a CSV or Excel file (.csv, .xlsx, .xls)");
    }

    @Test
    void utf8TextWhoseLastSniffedCharacterIsCutIsStillText() throws IOException {
        // 4,095 ASCII bytes and then a two-byte é: the sniffed 4,096 bytes end inside it
        String text = "payment_id\n" + "P".repeat(4095 - 11) + "\u00e9\n";
        Path file = Files.writeString(folder.resolve("payments.xlsx"), text);
        assertThat(TableFormat.of(file)).contains(TableFormat.CSV);
    }

    private Path workbook(Workbook wb, String name) throws IOException {
        Path file = folder.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("payments");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("payment_id");
            header.createCell(1).setCellValue("amount");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("P1");
            row.createCell(1).setCellValue(10.5);
            wb.write(out);
        }
        return file;
    }

    private static List<List<String>> texts(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (TabularFile table = TabularFile.open(file, file.getFileName().toString(), "payments")) {
            for (RawRow row = table.next(); row != null; row = table.next()) {
                rows.add(row.cells().stream().map(RawCell::text).toList());
            }
        }
        return rows;
    }
}
