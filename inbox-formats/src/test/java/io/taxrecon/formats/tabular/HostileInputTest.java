package io.taxrecon.formats.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input files built to hurt: each is refused whole with one line that names the file and the
 * limit it passed ({@link InputLimits}), never an OutOfMemoryError, a stack trace or a read of a
 * file the input points at.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void aZipBombWorkbookIsRefusedByTheInflateRatioLimit() throws Exception {
        Path bomb = workbook("payments.xlsx", 1);
        // 64 MB of blanks inside the sheet's XML deflate to about 64 KB: a ratio of 1:1000
        rewriteSheet(bomb, xml -> xml, 64 << 20);
        assertRefused(bomb, "payments.xlsx", "inflates more than 100 times its compressed size (a zip bomb)");
    }

    @Test
    void anOversizedSheetIsRefusedByTheEntrySizeLimit() throws Exception {
        Path big = workbook("payments.xlsx", 40_000); // about 3 MB of sheet XML
        long limit = ZipSecureFile.getMaxEntrySize();
        ZipSecureFile.setMaxEntrySize(1 << 20); // the limit made small, so that a small file proves it
        try {
            assertRefused(big, "payments.xlsx", "inflates to more than 1 MiB (an oversized sheet)");
        } finally {
            ZipSecureFile.setMaxEntrySize(limit);
        }
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(InputLimits.MAX_XLSX_ENTRY_BYTES);
    }

    @Test
    void aWorkbookDeclaringAnExternalEntityIsRefusedAndTheEntityNeverRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path xxe = workbook("clients.xlsx", 1);
        rewriteSheet(xxe, xml -> xml
                .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("</sheetData>", "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>"),
                0);
        Throwable refused = catchRefusal(xxe, "clients.xlsx");
        assertThat(refused.getMessage()).contains("declares a DTD or entities").doesNotContain("TOP-SECRET");
    }

    @Test
    void aTwoGigabyteSingleLineCsvIsRefusedAtTheRecordLimitNotAnOutOfMemoryError() throws Exception {
        Path csv = dir.resolve("payments.csv");
        Files.writeString(csv, "payment_id,client_id,amount\nP1,C1," + "9".repeat(8192));
        try (RandomAccessFile file = new RandomAccessFile(csv.toFile(), "rw")) {
            file.setLength(2L << 30); // sparse: 2 GB of one line without taking the disk
        }
        assertRefused(csv, "payments.csv", "a record is longer than 1,000,000 characters");
    }

    @Test
    void theLinesOfAQuotedCellCountAsOneRecordAndRecordsUnderTheLimitPass() throws Exception {
        Path fits = dir.resolve("fits.csv");
        Files.writeString(fits, "payment_id,note\nP1,\"a \"\"quoted\"\" note\nover two lines\"\nP2,short\n");
        try (TabularFile file = CsvTabularFile.open(fits, "fits.csv", 60)) {
            assertThat(file.next().cells().get(1).text()).isEqualTo("a \"quoted\" note\nover two lines");
            assertThat(file.next().cells().get(1).text()).isEqualTo("short");
            assertThat(file.next()).isNull();
        }
        Path tall = dir.resolve("tall.csv");
        // no line is longer than 60 characters, but the one quoted cell is
        Files.writeString(tall, "payment_id,note\nP1,\"" + "twenty characters..\n".repeat(5) + "\"\n");
        assertThatThrownBy(() -> {
            try (TabularFile file = CsvTabularFile.open(tall, "tall.csv", 60)) {
                file.next();
            }
        }).isInstanceOf(UnreadableInputException.class)
                .hasMessage("tall.csv: cannot be read as CSV (a record is longer than 60 characters, "
                        + "more than any export needs; is it really CSV?)");
    }

    private Path workbook(String name, int rows) throws IOException {
        Path file = dir.resolve(name);
        Random random = new Random(7);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(name.replace(".xlsx", ""));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("payment_id");
            header.createCell(1).setCellValue("amount");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("P" + i);
                row.createCell(1).setCellValue(random.nextDouble() * 1e6);
            }
            wb.write(out);
        }
        return file;
    }

    /** Rewrites the first sheet's XML, with {@code blanks} spaces put inside its sheetData. */
    private static void rewriteSheet(Path xlsx, UnaryOperator<String> edit, int blanks) throws IOException {
        Path copy = xlsx.resolveSibling("rewritten.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = edit.apply(new String(content, StandardCharsets.UTF_8));
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                    for (int written = 0; written < blanks; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        Files.move(copy, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertRefused(Path file, String name, String reason) {
        Throwable refused = catchRefusal(file, name);
        assertThat(refused.getMessage()).startsWith(name).contains(reason).doesNotContain("\n");
    }

    /** Opens the file and reads every row: the refusal must come as one UnreadableInputException. */
    private static Throwable catchRefusal(Path file, String name) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(() -> {
            try (TabularFile table = TabularFile.open(file, name, null)) {
                while (table.next() != null) {
                    // read on: the limit fires while reading
                }
            } catch (Throwable t) {
                caught[0] = t;
                throw t;
            }
        }).isInstanceOf(UnreadableInputException.class);
        return caught[0];
    }
}
