package io.taxrecon.reports.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.values.Tin;
import java.util.List;
import org.junit.jupiter.api.Test;

class TinRedactorTest {

    private final TinRedactor shapes = TinRedactor.shapesOnly();

    @Test
    void masksSsnAndEinShapes() {
        assertThat(shapes.redact("TIN 123-45-6789 on file")).isEqualTo("TIN ***-**-6789 on file");
        assertThat(shapes.redact("TIN 123456789.")).isEqualTo("TIN ***-**-6789.");
        assertThat(shapes.redact("(213456789), then")).isEqualTo("(***-**-6789), then");
        assertThat(shapes.redact("EIN 04-1234567")).isEqualTo("EIN ***-**-4567");
    }

    @Test
    void leavesAmountsAndIdsAlone() {
        assertThat(shapes.redact("$123456789.00 owed")).isEqualTo("$123456789.00 owed");
        assertThat(shapes.redact("123456789.50")).isEqualTo("123456789.50");
        assertThat(shapes.redact("payment P-123456789 and DOC123456789")).isEqualTo("payment P-123456789 and DOC123456789");
        assertThat(shapes.redact("confirmation 270512345678901")).isEqualTo("confirmation 270512345678901");
        assertThat(shapes.redact("1,123456789")).isEqualTo("1,123456789");
        assertThat(shapes.redact(null)).isNull();
    }

    @Test
    void masksKnownTinsWhereverTheyAppear() {
        TinRedactor known = TinRedactor.knowing(List.of(Tin.of("123456789")));
        assertThat(known.redact("ref X123456789Y")).isEqualTo("ref X***-**-6789Y");
        assertThat(known.redact("12-3456789")).isEqualTo("***-**-6789");
        // a confirmation number that merely contains the digits is proof of payment: keep it whole
        assertThat(known.redact("EFTPS 270512345678901")).isEqualTo("EFTPS 270512345678901");
    }

    @Test
    void masksTextWithExactlyNineDigitsAndLeavesEightAlone() {
        TinRedactor known = TinRedactor.knowing(List.of(Tin.of("123456789")));
        assertThat(known.redact("EIN 12-3456789")).isEqualTo("EIN ***-**-6789");
        assertThat(known.redact("EIN 12-345678 (a digit short)")).isEqualTo("EIN 12-345678 (a digit short)");
        assertThat(shapes.redact("SSN 123-45-6789")).isEqualTo("SSN ***-**-6789");
        assertThat(shapes.redact("SSN 123-45-678")).isEqualTo("SSN 123-45-678");
        assertThat(known.redact("123-45-6789 and 12345678")).isEqualTo("***-**-6789 and 12345678");
        // nine digits, but spread over more than a TIN's eleven characters: no TIN
        assertThat(known.redact("1234  5  6789")).isEqualTo("1234  5  6789");
        assertThat(known.redact("dated 2024-04-15, 2025-01-31")).isEqualTo("dated 2024-04-15, 2025-01-31");
    }
}
