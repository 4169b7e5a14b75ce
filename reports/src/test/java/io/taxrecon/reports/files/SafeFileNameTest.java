package io.taxrecon.reports.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.letters.ResponseLetter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every file named from a client's or a notice's id stays a plain name inside its folder, whatever the id. */
class SafeFileNameTest {

    static final List<String> HOSTILE = List.of("../../x", "..", ".", "CON", "con", "nul.txt", "LPT1.tar.gz", "a/b",
            "a\\b", "C:\\Windows\\x", "A".repeat(300), "\u0000", "x\ny", "");
    static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "LPT1");

    @Test
    void everyWorkbookAndLetterNameOfAHostileIdIsAPlainFileInsideItsFolder() {
        Path folder = Path.of("/out/2026-11-23/clients");
        for (String id : HOSTILE) {
            for (String name : List.of(ClientWorkbook.fileNameFor(id), ResponseLetter.fileNameFor(id, id))) {
                assertThat(name).as(id).matches("[A-Za-z0-9._-]+").doesNotStartWith(".");
                assertThat(folder.resolve(name).normalize().getParent()).as(id).isEqualTo(folder);
                assertThat(DEVICES).as(id).doesNotContain(name.toUpperCase(Locale.ROOT).split("\\.", 2)[0]);
                assertThat(name.length()).as(id).isLessThanOrEqualTo(100 + 1 + 100 + "-response.docx".length());
            }
        }
    }

    @Test
    void aSafeIdIsUsedAsItIsAndIdsThatCleanUpAlikeStillGetTheirOwnFiles() {
        assertThat(ClientWorkbook.fileNameFor("C000123")).isEqualTo("C000123.xlsx");
        assertThat(SafeFileName.of("nul.txt", ".xlsx")).startsWith("_nul.txt-");
        Set<String> names = HOSTILE.stream().map(ClientWorkbook::fileNameFor).collect(Collectors.toSet());
        assertThat(names).hasSize(HOSTILE.size());
        assertThat(ClientWorkbook.fileNameFor("a/b")).isNotEqualTo(ClientWorkbook.fileNameFor("a:b"));
    }
}
