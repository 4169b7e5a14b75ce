package io.taxrecon.batch.retention;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.taxrecon.batch.storekey.EncryptedH2Store;
import io.taxrecon.batch.storekey.StagingKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Where a text (a client's id, name or TIN) is still found in an output folder and its H2 staging
 * store: every text column of every table (the job repository's serialized contexts decoded),
 * every cell of every workbook, every paragraph of every letter, every line of every other file.
 */
final class StoredTrace {

    private StoredTrace() {
    }

    static Connection store(Path out) throws SQLException {
        // the store as a run opens it: encrypted, with the key the tests run with (TAXRECON_STAGING_KEY)
        EncryptedH2Store h2 = new EncryptedH2Store(out.resolve("staging"), StagingKey.ofFirm(null, System.getenv()));
        return DriverManager.getConnection(h2.url(), "sa", h2.password());
    }

    /** "table.column" of each stored value that contains {@code text}. */
    static List<String> inStore(Path out, String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = store(out); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns "
                    + "where table_schema = 'PUBLIC' and data_type in ('CHARACTER', 'CHARACTER VARYING', "
                    + "'CHARACTER LARGE OBJECT')")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (ResultSet rs = s.executeQuery("select \"" + column[1] + "\" from \"" + column[0] + "\"")) {
                    while (rs.next()) {
                        String value = rs.getString(1);
                        if (value != null && (value.contains(text) || decoded(value).contains(text))) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found.stream().distinct().toList();
    }

    /** A serialized execution context is Base64 of Java serialization, whose strings are plain bytes. */
    private static String decoded(String value) {
        try {
            return new String(Base64.getDecoder().decode(value.trim()), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The files of {@code out} (but the staging store) whose name or content contains {@code text}. */
    static List<Path> inFiles(Path out, String text) throws IOException {
        List<Path> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(out.resolve("staging"))).toList();
        }
        for (Path file : files) {
            if (file.getFileName().toString().contains(text) || content(file).contains(text)) {
                found.add(file);
            }
        }
        return found;
    }

    static String content(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            StringBuilder text = new StringBuilder();
            DataFormatter formatter = new DataFormatter();
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    text.append(sheet.getSheetName()).append('\n');
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            text.append(formatter.formatCellValue(cell)).append('\t');
                            if (cell.getHyperlink() != null) {
                                text.append(cell.getHyperlink().getAddress()).append('\t');
                            }
                        }
                        text.append('\n');
                    }
                }
            }
            return text.toString();
        }
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                    XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                return extractor.getText();
            }
        }
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
