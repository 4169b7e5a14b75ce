package io.taxrecon.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.accruals.PenaltyFigures;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PenaltiesCsvTest {

    private static final LocalDate RUN = LocalDate.of(2025, 8, 1);

    private static PenaltyFigures figures(String clientId, String tinLast4, LocalDate filed, LocalDate csed) {
        return new PenaltyFigures(clientId, 2024, tinLast4, filed, new BigDecimal("10000"), new BigDecimal("540.00"),
                BigDecimal.ZERO, new BigDecimal("50.005"), new BigDecimal("540.00"), new BigDecimal("80.00"),
                new BigDecimal("83.7052"), new BigDecimal("-1.5"), new BigDecimal("4703.71"), csed);
    }

    @Test
    void eachTinYearIsOneLineWithTwoDecimalAmountsIsoDatesAndTheTinAsItsLastFour() {
        StringWriter out = new StringWriter();
        try (PenaltiesCsv csv = new PenaltiesCsv(out, RUN)) {
            csv.write(figures("C-PI", "6789", LocalDate.of(2025, 7, 10), LocalDate.of(2035, 8, 14)));
            csv.write(figures("C-2", "4321", null, null));
        }
        assertThat(out.toString()).isEqualTo(
                "run_date,client_id,tax_year,tin_last4,filed,tax_assessed,ftf_assessed,ftp_assessed,interest_assessed,"
                        + "ftf_computed,ftp_computed,interest_computed,caused_by_findings,owed_today,csed\r\n"
                        + "2025-08-01,C-PI,2024,6789,2025-07-10,10000.00,540.00,0.00,50.01,540.00,80.00,83.71,-1.50,"
                        + "4703.71,2035-08-14\r\n"
                        + "2025-08-01,C-2,2024,4321,,10000.00,540.00,0.00,50.01,540.00,80.00,83.71,-1.50,4703.71,\r\n");
    }

    @Test
    void aClientIdNeverStartsAFormulaAndAWholeTinSlippedInShowsOnlyItsLastFour() {
        StringWriter out = new StringWriter();
        try (PenaltiesCsv csv = new PenaltiesCsv(out, RUN)) {
            csv.write(figures("=HYPERLINK(\"x\")", "123-45-6789", null, null));
        }
        assertThat(out.toString().split("\r\n")[1]).isEqualTo(
                "2025-08-01,\"'=HYPERLINK(\"\"x\"\")\",2024,6789,,10000.00,540.00,0.00,50.01,540.00,80.00,83.71,-1.50,"
                        + "4703.71,");
    }
}
