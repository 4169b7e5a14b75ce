package io.taxrecon.reports.files;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.firmsummary.ClientSummary;
import io.taxrecon.reports.firmsummary.FirmSummaryWorkbook;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.letters.ResponseLetter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.stream.Stream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final ReportContext LOCKED = new ReportContext(RUN_DATE, "Smith CPAs", PASSWORD);

    @TempDir
    Path dir;

    @Test
    void aClientWorkbookOpensWithThePasswordOnly() throws Exception {
        Path file = dir.resolve("C-001.xlsx");
        new ClientWorkbook().write(Fixtures.reconciliation(), LOCKED, file);

        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            EncryptionInfo info = new EncryptionInfo(fs);
            assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            Decryptor decryptor = Decryptor.getInstance(info);
            assertThat(decryptor.verifyPassword("wrong")).isFalse();
            assertThat(decryptor.verifyPassword(PASSWORD)).isTrue();
            try (InputStream plain = decryptor.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook(plain)) {
                assertThat(wb.getSheetName(0)).isEqualTo("Summary");
                assertThat(wb.getSheet("Findings").getLastRowNum()).isEqualTo(6);
            }
        }
        assertThatThrownBy(() -> WorkbookFactory.create(file.toFile())).isInstanceOf(EncryptedDocumentException.class);
        assertThatThrownBy(() -> WorkbookFactory.create(file.toFile(), "wrong")).isInstanceOf(EncryptedDocumentException.class);
        try (var wb = WorkbookFactory.create(file.toFile(), PASSWORD, true)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no plain or encrypted temporary file is left
        }
    }

    @Test
    void theFirmSummaryAndALetterAreEncryptedToo() throws Exception {
        ClientReconciliation rec = Fixtures.reconciliation();
        Path summary = dir.resolve("firm-summary.xlsx");
        try (FirmSummaryWorkbook wb = new FirmSummaryWorkbook(summary, LOCKED)) {
            wb.add(ClientSummary.of(rec, "clients/C-001.xlsx"));
        }
        try (var wb = WorkbookFactory.create(summary.toFile(), PASSWORD, true)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Clients");
        }
        assertThatThrownBy(() -> WorkbookFactory.create(summary.toFile())).isInstanceOf(EncryptedDocumentException.class);

        Path letter = dir.resolve(new ResponseLetter().writeWarranted(rec, LOCKED, dir).get("N-1"));
        assertThatThrownBy(() -> {
            try (InputStream in = Files.newInputStream(letter)) {
                new XWPFDocument(in).close();
            }
        }).as("without the password the letter does not open").isInstanceOf(Exception.class);
        try (InputStream plain = decrypt(letter, PASSWORD); XWPFDocument doc = new XWPFDocument(plain)) {
            assertThat(doc.getTables()).hasSize(1);
        }
    }

    @Test
    void theTwoArgumentContextWritesPlainFilesAndNeverPrintsThePassword() throws IOException {
        ReportContext plain = new ReportContext(RUN_DATE, "Firm");
        assertThat(plain.password()).isNull();
        assertThat(plain.encrypted()).isFalse();
        assertThat(new ReportContext(RUN_DATE, "Firm", "").encrypted()).isFalse();
        assertThat(LOCKED.toString()).doesNotContain(PASSWORD);
        assertThat(plain.withPassword(PASSWORD)).isEqualTo(new ReportContext(RUN_DATE, "Firm", PASSWORD));

        Path file = dir.resolve("C-001.xlsx");
        new ClientWorkbook().write(Fixtures.reconciliation(), plain, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
        }
    }

    private static InputStream decrypt(Path file, String password) throws IOException, GeneralSecurityException {
        POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(file));
        Decryptor d = Decryptor.getInstance(new EncryptionInfo(fs));
        assertThat(d.verifyPassword(password)).isTrue();
        return d.getDataStream(fs);
    }
}
