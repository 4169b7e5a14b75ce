package io.taxrecon.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.reports.files.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No plaintext copy of a report's contents on disk, while a streaming workbook is filled, while it
 * is written encrypted, and after a write that fails half-way: POI's temp folder (pointed at a
 * folder of the test's own) and the report's folder are watched, every file in them read as raw
 * bytes, as gzip and as a zip package.
 */
class StreamingTempFilesTest {

    /** A value only the workbook's cells hold: finding it in a file means a plaintext copy. */
    private static final String MARKER = "Plaintext-Marker-SSN-123456789";
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path poiTemp;
    @TempDir
    Path reports;

    @BeforeEach
    void watchPoisTempFolder() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    }

    @AfterEach
    void restorePoisTempFolder() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void aPlainSxssfWorkbookWouldLeaveTheMarkerReadableInItsTempFile() throws Exception {
        // the control: the watch below does see a plaintext temp file when there is one
        for (boolean compressed : new boolean[] {false, true}) {
            SXSSFWorkbook plain = new SXSSFWorkbook(100);
            plain.setCompressTempFiles(compressed);
            try {
                fill(plain, 5_000);
                assertThat(filesHoldingTheMarker()).as("compressed: " + compressed).isNotEmpty();
            } finally {
                plain.dispose();
                plain.close();
            }
        }
    }

    @Test
    void aStreamingWorkbooksTempFilesHoldNoPlaintextWhileFilledAndWrittenEncryptedAndAreGoneAfter() throws Exception {
        Path target = reports.resolve("firm-summary.xlsx");
        SXSSFWorkbook workbook = XlsxFile.newStreamingWorkbook();
        List<String> seenDuringTheWrite = new ArrayList<>();
        try {
            fill(workbook, 5_000);
            assertThat(filesIn(poiTemp)).as("the sheet's rows are on disk").isNotEmpty();
            assertThat(filesHoldingTheMarker()).isEmpty();
            AtomicFile.write(target, PASSWORD, out -> workbook.write(new Watched(out, 64 * 1024, () -> {
                seenDuringTheWrite.addAll(filesIn(poiTemp).stream().map(p -> p.getFileName().toString()).toList());
                seenDuringTheWrite.addAll(filesIn(reports).stream().map(p -> p.getFileName().toString()).toList());
                assertThat(filesHoldingTheMarker()).isEmpty();
            })));
        } finally {
            XlsxFile.dispose(workbook);
        }
        assertThat(seenDuringTheWrite).as("the watch ran mid-write").isNotEmpty();
        assertThat(filesIn(poiTemp)).isEmpty();
        assertThat(filesIn(reports)).containsExactly(target);
        try (Workbook opened = WorkbookFactory.create(target.toFile(), PASSWORD, true)) {
            assertThat(opened.getSheet("Rows").getRow(4_999).getCell(1).getStringCellValue()).isEqualTo(MARKER + " 4999");
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNoTempFileAndNoReport() throws Exception {
        Path target = reports.resolve("C000001.xlsx");
        SXSSFWorkbook workbook = XlsxFile.newStreamingWorkbook();
        try {
            fill(workbook, 5_000);
            assertThatThrownBy(() -> AtomicFile.write(target, PASSWORD, out -> workbook.write(
                    new Watched(out, 64 * 1024, () -> {
                        assertThat(filesHoldingTheMarker()).isEmpty();
                        throw new IOException("disk full (simulated)");
                    })))).hasMessageContaining("disk full");
        } finally {
            XlsxFile.dispose(workbook);
        }
        assertThat(filesIn(poiTemp)).isEmpty();
        assertThat(filesIn(reports)).isEmpty();
    }

    @Test
    void aWorkbookDisposedWithoutBeingWrittenLeavesNoTempFile() throws Exception {
        SXSSFWorkbook workbook = XlsxFile.newStreamingWorkbook();
        try {
            fill(workbook, 3_000);
        } finally {
            XlsxFile.dispose(workbook);
        }
        assertThat(filesIn(poiTemp)).isEmpty();
    }

    private static void fill(Workbook workbook, int rows) {
        Sheet sheet = workbook.createSheet("Rows");
        for (int i = 0; i < rows; i++) {
            var row = sheet.createRow(i);
            row.createCell(0).setCellValue(i);
            row.createCell(1).setCellValue(MARKER + " " + i);
        }
    }

    private List<Path> filesHoldingTheMarker() throws IOException {
        List<Path> holding = new ArrayList<>();
        for (Path file : Stream.concat(filesIn(poiTemp).stream(), filesIn(reports).stream()).toList()) {
            if (holdsTheMarker(Files.readAllBytes(file))) {
                holding.add(file);
            }
        }
        return holding;
    }

    /** Whether the bytes hold the marker as they are, gunzipped, or inside a zip package's entries. */
    private static boolean holdsTheMarker(byte[] bytes) {
        if (new String(bytes, StandardCharsets.ISO_8859_1).contains(MARKER)) {
            return true;
        }
        ByteArrayOutputStream gunzipped = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                gunzipped.write(buffer, 0, n);
            }
        } catch (IOException notGzipOrCutShort) {
            // a temp file still being written ends mid-stream: what was read so far counts
        }
        if (gunzipped.toString(StandardCharsets.UTF_8).contains(MARKER)) {
            return true;
        }
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream entry = new ByteArrayOutputStream();
                zip.transferTo(entry);
                if (entry.toString(StandardCharsets.UTF_8).contains(MARKER)) {
                    return true;
                }
            }
        } catch (IOException notZip) {
            // not a zip package
        }
        return false;
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Runs a check once, when {@code after} bytes have gone through: in the middle of a write. */
    private static final class Watched extends FilterOutputStream {
        private final long after;
        private final Check check;
        private long written;
        private boolean checked;

        Watched(OutputStream out, long after, Check check) {
            super(out);
            this.after = after;
            this.check = check;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
            if (!checked && written >= after) {
                checked = true;
                check.run();
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }

    @FunctionalInterface
    private interface Check {
        void run() throws IOException;
    }
}
