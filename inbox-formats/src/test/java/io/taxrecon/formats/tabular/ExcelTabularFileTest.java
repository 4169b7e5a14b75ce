package io.taxrecon.formats.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.ingest.RawCell;
import io.taxrecon.core.ingest.RawRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExcelTabularFileTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"payments.xlsx", "payments.xls"})
    void readsTypedCellsAsTextANumberFlagAndIsoDates(String name) throws IOException {
        Path file = folder.resolve(name);
        try (Workbook wb = name.endsWith("x") ? new XSSFWorkbook() : new HSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
            Sheet sheet = wb.createSheet("payments");
            header(sheet, "payment_id", "tin", "payment_date", "amount", "total");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("P1");
            row.createCell(1).setCellValue(12345678); // Excel dropped the leading zero of 012345678
            row.createCell(2).setCellValue(LocalDate.of(2025, 4, 15));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue(1234.5);
            row.createCell(4).setCellFormula("D2*2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as Excel caches results on save
            save(wb, file);
        }
        List<RawRow> rows = readAll(file, "payments");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).source().sheet()).isEqualTo("payments");
        assertThat(rows.get(0).source().line()).isEqualTo(2);
        assertThat(rows.get(0).cells()).extracting(RawCell::text)
                .containsExactly("P1", "12345678", "2025-04-15", "1234.5", "2469");
        assertThat(rows.get(0).cells().get(1).numeric()).isTrue();
        assertThat(rows.get(0).cells().get(2).numeric()).isFalse();
    }

    @Test
    void keepsExcelsRowNumbersAcrossBlankRowsAndDropsTrailingEmptyColumns() throws IOException {
        Path file = folder.resolve("notices.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            header(sheet, "a", "b");
            sheet.createRow(1).createCell(0).setCellValue("x");
            sheet.createRow(2).createCell(5).setCellValue("");
            Row later = sheet.createRow(6);
            later.createCell(1).setCellValue("y");
            save(wb, file);
        }
        List<RawRow> rows = readAll(file, null);
        assertThat(rows).extracting(r -> r.source().line()).containsExactly(2L, 7L);
        assertThat(rows.get(1).cells()).extracting(RawCell::text).containsExactly("", "y");
    }

    @Test
    void theSheetNamedAfterTheKindWinsOverTheFirst() throws IOException {
        Path file = folder.resolve("export.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            header(wb.createSheet("Read me"), "note");
            header(wb.createSheet("Clients"), "client_id");
            save(wb, file);
        }
        try (TabularFile excel = TabularFile.open(file, "export.xlsx", "clients")) {
            assertThat(excel.sheet()).isEqualTo("Clients");
            assertThat(excel.header()).containsExactly("client_id");
        }
    }

    @Test
    void readsDatesOfAWorkbookSavedInThe1904DateSystem() throws IOException {
        Path file = folder.resolve("payments.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("payments");
            header(sheet, "payment_date");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2025, 4, 15));
            row.getCell(0).setCellStyle(date);
            save(wb, file);
        }
        assertThat(readAll(file, null).get(0).cells().get(0).text()).isEqualTo("2025-04-15");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedInOneLine() throws Exception {
        Path plain = folder.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            header(wb.createSheet("payments"), "payment_id");
            save(wb, plain);
        }
        Path locked = folder.resolve("payments.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> TabularFile.open(locked, "payments.xlsx", null))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("payments.xlsx: the workbook is password-protected; save a copy without a password");
    }

    @Test
    void aTruncatedWorkbookIsRefusedInOneLine() throws IOException {
        Path whole = folder.resolve("whole.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            header(wb.createSheet("payments"), "payment_id");
            save(wb, whole);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("payments.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> readAll(truncated, null))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("payments.xlsx")
                .hasMessageContaining("corrupt or truncated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "random", "zip-of-text"})
    void hostileFilesAreRefusedInOneLineNamingTheFile(String kind) throws IOException {
        String name = "payments.xlsx";
        Path file = folder.resolve(name);
        switch (kind) {
            case "empty" -> Files.write(file, new byte[0]);
            case "random" -> {
                byte[] noise = new byte[4096];
                new Random(7).nextBytes(noise);
                Files.write(file, noise);
            }
            default -> {
                try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
                    zip.putNextEntry(new ZipEntry("notes.txt"));
                    zip.write("hello".getBytes());
                    zip.closeEntry();
                }
            }
        }
        assertThatThrownBy(() -> readAll(file, null))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith(name + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"libreoffice-payments.xlsx", "libreoffice-payments.xls"})
    void readsWorkbooksSavedByLibreOfficeWhoseTinLostItsLeadingZero(String name) throws IOException {
        // LibreOffice 7.4 opened a CSV and saved it: the TIN 012345678 became the number 12345678
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/excel/" + name)) {
            Files.copy(in, file);
        }
        List<RawRow> rows = readAll(file, "payments");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).source().line()).isEqualTo(2);
        assertThat(rows.get(0).cells()).extracting(RawCell::text)
                .containsExactly("P1", "C1", "12345678", "2024", "2025-04-15", "1234.56");
        assertThat(rows.get(0).cells().get(2).numeric()).isTrue();
    }

    @Test
    void readsAMinimalWorkbookOfInlineStringsWithoutStylesOrSharedStrings() throws IOException {
        // what simpler exporters write: one sheet, inline strings, no styles.xml, no sharedStrings.xml
        Path file = folder.resolve("clients.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"clients\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>client_id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>tin</t></is></c></row>"
                    + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>C1</t></is></c><c r=\"B3\"><v>12345678</v></c></row>"
                    + "</sheetData></worksheet>");
        }
        List<RawRow> rows = readAll(file, "clients");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.source().line()).isEqualTo(3);
            assertThat(row.cells()).extracting(RawCell::text).containsExactly("C1", "12345678");
            assertThat(row.cells().get(1).numeric()).isTrue();
        });
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static List<RawRow> readAll(Path file, String sheet) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (TabularFile excel = TabularFile.open(file, file.getFileName().toString(), sheet)) {
            for (RawRow row = excel.next(); row != null; row = excel.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
