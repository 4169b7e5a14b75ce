package io.taxrecon.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.NightComparison;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.PriorFinding;
import io.taxrecon.core.worklist.ResolutionHints;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.core.worklist.ReviewStatus;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class FindingsCsvNightColumnsTest {

    private static final LocalDate TUE = LocalDate.of(2026, 11, 17);
    private static final LocalDate WED = LocalDate.of(2026, 11, 18);

    private final Finding carried = finding("C-1", "P-1");
    private final Finding fresh = finding("C-2", "P-2");
    private final Finding risky = finding("C-3", "P-3");

    private NightView night() {
        List<ReviewEntry> entries = List.of(
                new ReviewEntry(FindingKey.of(carried), ReviewStatus.WAITING_ON_IRS, "Ann", null,
                        "faxed proof, TIN 123-45-6789 on it", WED),
                new ReviewEntry(FindingKey.of(risky), ReviewStatus.DISMISSED, null, null, "=HYPERLINK(\"x\")", WED));
        return new NightComparison(WED, List.of(TUE)).compare(List.of(carried, fresh, risky), TUE,
                List.of(PriorFinding.of(carried, TUE), PriorFinding.of(risky, TUE)), entries, ResolutionHints.none());
    }

    @Test
    void withTheNightTheContractsThirteenColumnsAreFollowedByTheNightsFour() {
        StringWriter out = new StringWriter();
        try (FindingsCsv csv = new FindingsCsv(out, night())) {
            csv.write(carried);
            csv.write(fresh);
            csv.write(risky);
        }
        assertThat(out.toString()).startsWith("run_date,client_id,tax_year,finding_type,severity,reference,irs_amount,"
                + "client_amount,difference,notice_id,due_date,explanation,recommended_action,"
                + "first_seen,night_status,review_status,review_note\r\n");
        List<CSVRecord> rows = parse(out.toString());
        assertThat(rows.get(1).values()).containsExactly("2026-11-18", "C-1", "2024", "UNPOSTED_PAYMENT", "HIGH", "P-1",
                "", "", "400.00", "", "", "explained", "act",
                "2026-11-17", "OPEN", "WAITING_ON_IRS", "faxed proof, TIN ***-**-6789 on it");
        assertThat(rows.get(2).values()).endsWith("2026-11-18", "NEW", "OPEN", "");
        assertThat(rows.get(3).values()).endsWith("2026-11-17", "OPEN", "DISMISSED", "'=HYPERLINK(\"x\")");
    }

    @Test
    void aFindingTheNightDoesNotHoldHasItsNightColumnsBlank() {
        StringWriter out = new StringWriter();
        try (FindingsCsv csv = new FindingsCsv(out, night())) {
            csv.write(finding("C-9", "P-9"));
        }
        CSVRecord row = parse(out.toString()).get(1);
        assertThat(row.size()).isEqualTo(17);
        assertThat(row.values()).endsWith("act", "", "", "", "");
    }

    @Test
    void withoutTheNightTheThirteenColumnsStayAsTheyWere() {
        StringWriter out = new StringWriter();
        try (FindingsCsv csv = new FindingsCsv(out, WED)) {
            csv.write(carried);
        }
        List<CSVRecord> rows = parse(out.toString());
        assertThat(rows.get(0).values()).containsExactly(FindingsCsv.HEADER);
        assertThat(rows.get(1).size()).isEqualTo(13);
        assertThat(FindingsCsv.HEADER_WITH_NIGHT).hasSize(17);
    }

    private static Finding finding(String client, String payment) {
        return new Finding(client, 2024, FindingType.UNPOSTED_PAYMENT, Severity.HIGH, payment, null, null,
                new BigDecimal("400"), null, null, "explained", "act", List.of());
    }

    private static List<CSVRecord> parse(String text) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
