package io.taxrecon.reports.csv;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.ingest.Rejection;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.reports.fixtures.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWritersTest {

    @Test
    void findingsCsvHasTheContractHeaderAndPlainAmounts() throws IOException {
        StringWriter out = new StringWriter();
        try (FindingsCsv csv = new FindingsCsv(out, RUN_DATE)) {
            Fixtures.reconciliation().findings().forEach(csv::write);
            csv.write(new Finding("C-9", 2023, FindingType.PAYMENT_AMOUNT_MISMATCH, Severity.LOW, "P-9",
                    new BigDecimal("100"), new BigDecimal("112.345"), new BigDecimal("-12.34"), null, null,
                    "Short by a little, \"quoted\",\nover two lines", "Check it", List.of()));
        }
        String text = out.toString();
        assertThat(text).startsWith("run_date,client_id,tax_year,finding_type,severity,reference,irs_amount,"
                + "client_amount,difference,notice_id,due_date,explanation,recommended_action\r\n");
        List<CSVRecord> rows = parse(text);
        assertThat(rows).hasSize(1 + 7);

        CSVRecord unposted = rows.get(1);
        assertThat(unposted.values()).startsWith("2026-11-14", "C-001", "2024", "UNPOSTED_PAYMENT", "HIGH", "P-3",
                "", "400.00", "400.00", "N-1", "2026-11-24");
        CSVRecord mismatch = rows.get(7);
        assertThat(mismatch.get(6)).isEqualTo("100.00");
        assertThat(mismatch.get(7)).isEqualTo("112.35");
        assertThat(mismatch.get(8)).isEqualTo("-12.34"); // a number keeps its minus sign
        assertThat(mismatch.get(9)).isEmpty();
        assertThat(mismatch.get(10)).isEmpty();
        assertThat(mismatch.get(11)).isEqualTo("Short by a little, \"quoted\",\nover two lines");
    }

    @Test
    void findingsCsvNeverStartsAFormulaNorShowsAFullTin() {
        StringWriter out = new StringWriter();
        try (FindingsCsv csv = new FindingsCsv(out, RUN_DATE)) {
            Fixtures.reconciliation().findings().forEach(csv::write);
            csv.write(new Finding("=cmd|'/c calc'!A1", 2024, FindingType.IDENTITY_MISMATCH, Severity.LOW, "-foo",
                    null, null, null, "@N", null, "\tTabbed", "\rReturned", List.of()));
        }
        List<CSVRecord> rows = parse(out.toString());
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-\\d+\\.\\d\\d"))
                        .as("cell %s", cell).isTrue();
            }
        }
        CSVRecord last = rows.get(rows.size() - 1);
        assertThat(last.get(1)).isEqualTo("'=cmd|'/c calc'!A1");
        assertThat(last.get(5)).isEqualTo("'-foo");
        assertThat(last.get(9)).isEqualTo("'@N");
        assertThat(last.get(11)).isEqualTo("'\tTabbed");
        assertThat(last.get(12)).isEqualTo("'\rReturned");
        assertThat(rows.get(3).get(12)).startsWith("'=HYPERLINK");
        assertNoFullTin(out.toString());
    }

    @Test
    void rejectsCsvWritesEveryColumnSafely() {
        StringWriter out = new StringWriter();
        try (RejectsCsv csv = new RejectsCsv(out)) {
            csv.write(new Rejection(SourceRef.csv("payments.csv", 12), "C-1", "amount", "-foo", "not an amount"));
            csv.write(new Rejection(new SourceRef("notices.xlsx", "notices", 7), "C-1", "tin", "123-45-678",
                    "a TIN has nine digits"));
            csv.write(new Rejection(SourceRef.csv("clients.csv", 3), null, "", "=1+1", "+row unreadable, TIN 123456789"));
            csv.write(new Rejection(SourceRef.csv("payments.csv", 13), "C-1", "amount", "-12.34", "negative payment"));
        }
        String text = out.toString();
        assertThat(text).startsWith("file,sheet,line,column,value,reason\r\n");
        List<CSVRecord> rows = parse(text);
        assertThat(rows.get(1).values()).containsExactly("payments.csv", "", "12", "amount", "'-foo", "not an amount");
        assertThat(rows.get(2).values()).containsExactly("notices.xlsx", "notices", "7", "tin", "123-45-678",
                "a TIN has nine digits");
        assertThat(rows.get(3).values()).containsExactly("clients.csv", "", "3", "", "'=1+1",
                "'+row unreadable, TIN ***-**-6789");
        assertThat(rows.get(4).get(4)).isEqualTo("-12.34");
        assertNoFullTin(text);
    }

    private static void assertNoFullTin(String text) {
        assertThat(Fixtures.fullTinsIn(text)).isEmpty();
    }

    private static List<CSVRecord> parse(String text) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
