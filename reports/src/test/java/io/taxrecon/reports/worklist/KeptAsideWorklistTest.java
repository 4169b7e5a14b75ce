package io.taxrecon.reports.worklist;

import static io.taxrecon.reports.worklist.Night.WED;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.reports.clientworkbook.ReportContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy of a worklist kept aside when it cannot be read is the reviewer's file byte for byte:
 * never decrypted, never re-written. It holds what that file held (the product writes TINs
 * masked), and a worklist encrypted with the run's password stays encrypted in its copy.
 */
class KeptAsideWorklistTest {

    @TempDir
    Path dir;

    @Test
    void anEncryptedWorklistKeptAsideStaysEncryptedByteForByte() throws Exception {
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        new WorklistWorkbook().write(Night.view(), new ReportContext(WED, "Smith CPAs", "the run's password"), file);
        // read with another password: unreadable, so it is kept aside before tonight's replaces it
        assertThat(new WorklistReader().read(file, "another password", WED)).isInstanceOf(WorklistRead.Unreadable.class);

        Path copy = WorklistWorkbook.setAside(file, WED);

        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));
        assertThat(FileMagic.valueOf(Files.readAllBytes(copy))).isEqualTo(FileMagic.OLE2);
        try (POIFSFileSystem fs = new POIFSFileSystem(copy.toFile(), true)) {
            assertThat(fs.getRoot().hasEntry("EncryptionInfo")).isTrue();
        }
        assertThat(new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1))
                .doesNotContain("call the client back").doesNotContain("C-2|2024");
    }

    @Test
    void aPlainWorklistKeptAsideIsTheFileTheProductWroteUnchanged() throws Exception {
        Path file = dir.resolve(WorklistWorkbook.FILE_NAME);
        new WorklistWorkbook().write(Night.view(), new ReportContext(WED, "Smith CPAs"), file);
        byte[] written = Files.readAllBytes(file);

        Path copy = WorklistWorkbook.setAside(file, WED);

        assertThat(Files.readAllBytes(copy)).isEqualTo(written);
    }
}
