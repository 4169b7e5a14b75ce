package io.taxrecon.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CatalogTableTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksByColumnName() {
        CatalogTable table = CatalogTable.read("t.csv", new StringReader(
                "\uFEFFa,B\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\nlast,\r\n"));
        assertThat(table.rows()).extracting(r -> r.optional("a")).containsExactly("x, y", "two\nlines", "last");
        assertThat(table.rows()).extracting(r -> r.optional("b")).containsExactly("say \"hi\"", "z", "");
        assertThat(table.rows()).extracting(CatalogTable.Row::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void skipsBlankAndCommentLinesButCountsThem() {
        CatalogTable table = CatalogTable.read("t.csv", new StringReader("a\n\n# a firm's note\nx\n"));
        assertThat(table.rows()).singleElement().extracting(CatalogTable.Row::line).isEqualTo(4L);
    }

    @Test
    void aRequiredValueLeftBlankIsAnErrorNamingFileAndLine() {
        CatalogTable table = CatalogTable.read("t.csv", new StringReader("a,b\nx,\n"));
        assertThatThrownBy(() -> table.rows().get(0).required("b")).hasMessage("t.csv:2: column 'b' is empty");
    }

    @Test
    void refusesAMissingColumnAnUnclosedQuoteAndAnEmptyFile() {
        assertThatThrownBy(() -> CatalogTable.read("t.csv", new StringReader("a\nx\n"), "a", "b"))
                .hasMessage("t.csv: missing column 'b'");
        assertThatThrownBy(() -> CatalogTable.read("t.csv", new StringReader("a\n\"x\n")))
                .hasMessageContaining("unterminated quoted field");
        assertThatThrownBy(() -> CatalogTable.read("t.csv", new StringReader(""))).hasMessageContaining("no header row");
    }
}
