package io.taxrecon.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void namesAreShortCleanAndUnique() {
        SheetNames names = new SheetNames();
        String awkward = "Ann [Trust]: A/B? *Estate* of Someone Long";
        String first = names.claim(awkward);
        assertThat(first).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[/\\\\?*:\\[\\]]");
        String second = names.claim(awkward);
        assertThat(second).hasSizeLessThanOrEqualTo(31).isNotEqualToIgnoringCase(first).endsWith(" (2)");
        assertThat(names.claim("summary")).isEqualTo("summary");
        assertThat(names.claim("SUMMARY")).isEqualTo("SUMMARY (2)");
        assertThat(names.claim("'quoted'")).isEqualTo("quoted");
        assertThat(names.claim("")).isEqualTo("Sheet");
        assertThat(names.claim("History")).isEqualTo("Sheet (2)");
    }

    @Test
    void cellTextIsCutWithAMarker() {
        assertThat(CellText.fit("short")).isEqualTo("short");
        String cut = CellText.fit("y".repeat(40_000));
        assertThat(cut).hasSize(CellText.MAX_LENGTH).endsWith("[... truncated: 40000 characters in all]");
    }
}
