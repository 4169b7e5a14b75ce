package io.taxrecon.batch.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text COPY receives for a row: PostgreSQL's CSV format, null apart from the empty text. */
class CopyRowLoaderTest {

    @Test
    void aRowBecomesOneCsvLineWithTextsQuotedAndNullsEmpty() {
        StringBuilder line = new StringBuilder();
        CopyRowLoader.csvLine(new Object[] {"say \"hi\", then\nleave", "", null, 2024, 7L,
                new BigDecimal("1E+3"), new BigDecimal("-12.50"), LocalDate.of(2025, 4, 15), true}, line);
        assertThat(line).hasToString("\"say \"\"hi\"\", then\nleave\",\"\",,2024,7,1000,-12.50,2025-04-15,true\n");
    }
}
