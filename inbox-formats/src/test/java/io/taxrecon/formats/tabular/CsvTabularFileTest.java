package io.taxrecon.formats.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.ingest.RawCell;
import io.taxrecon.core.ingest.RawRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTabularFileTest {

    @TempDir
    Path folder;

    @Test
    void readsTheHeaderPastAByteOrderMark() throws IOException {
        Path file = write("payments.csv", "\uFEFFpayment_id,amount\nP1,10.00\n");
        try (TabularFile csv = TabularFile.open(file, "payments.csv", null)) {
            assertThat(csv.header()).containsExactly("payment_id", "amount");
            assertThat(csv.sheet()).isEmpty();
        }
    }

    @Test
    void keepsThePhysicalLineOfEachRecordAcrossCrlfBlankLinesAndQuotedLineBreaks() throws IOException {
        Path file = write("notices.csv", "id,text\r\nA,one\r\n\r\nB,\"two\r\nlines\"\r\nC,\"say \"\"hi\"\", ok\"\r\n\r\n");
        List<RawRow> rows = readAll(file);
        assertThat(rows).extracting(r -> r.source().line()).containsExactly(2L, 4L, 6L);
        assertThat(rows.get(1).cells()).extracting(RawCell::text).containsExactly("B", "two\r\nlines");
        assertThat(rows.get(2).cells()).extracting(RawCell::text).containsExactly("C", "say \"hi\", ok");
    }

    @Test
    void readsLfFilesWithoutATrailingLineBreak() throws IOException {
        List<RawRow> rows = readAll(write("clients.csv", "a,b\n1,2\n3,4"));
        assertThat(rows).extracting(r -> r.source().line()).containsExactly(2L, 3L);
    }

    @Test
    void aFileThatIsNotUtf8TextIsUnreadableNamingTheFile() throws IOException {
        Path file = folder.resolve("payments.csv");
        Files.write(file, new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("payments.csv")
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aFileOfAnotherFormatIsRefusedNamingTheFile() throws IOException {
        Path file = write("notes.pdf", "%PDF-1.4");
        assertThatThrownBy(() -> TabularFile.open(file, "notes.pdf", null))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("notes.pdf")
                .hasMessageContaining("not a CSV or Excel file");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private List<RawRow> readAll(Path file) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (TabularFile csv = TabularFile.open(file, file.getFileName().toString(), null)) {
            for (RawRow row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
