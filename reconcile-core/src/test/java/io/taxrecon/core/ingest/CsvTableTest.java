package io.taxrecon.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.read(new StringReader(
                "\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\nlast,\r\n"));
        assertThat(table.header()).containsExactly("a", "b");
        assertThat(table.rows()).extracting(CsvTable.Row::fields).containsExactly(
                List.of("x, y", "say \"hi\""), List.of("two\nlines", "z"), List.of("last", ""));
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void skipsBlankLinesButCountsThem() {
        CsvTable table = CsvTable.read(new StringReader("a\n\nx\n"));
        assertThat(table.rows()).singleElement().extracting(CsvTable.Row::line).isEqualTo(3L);
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> CsvTable.read(new StringReader("a\n\"x\n"))).hasMessageContaining("never closed");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> CsvTable.read(new StringReader(""))).hasMessageContaining("empty");
    }
}
