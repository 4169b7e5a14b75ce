package io.taxrecon.reports.worklist;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.KnownResolutions;
import io.taxrecon.core.worklist.NightComparison;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.PriorFinding;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.core.worklist.ReviewStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A Wednesday night of a small firm: an unposted payment and a deadline carried from Tuesday, a
 * new HIGH income gap, a dismissed withholding finding, a follow-up that has come, and a payment
 * the IRS credited overnight (resolved, with the reviewer's note).
 */
final class Night {

    static final LocalDate TUE = LocalDate.of(2026, 11, 17);
    static final LocalDate WED = LocalDate.of(2026, 11, 18);

    static final Finding UNPOSTED = finding("C-1", FindingType.UNPOSTED_PAYMENT, "P-1", Severity.HIGH, "400.00", null);
    static final Finding DEADLINE = finding("C-2", FindingType.RESPONSE_DEADLINE, "N-1", Severity.MEDIUM, null,
            LocalDate.of(2026, 11, 25));
    static final Finding INCOME = finding("C-3", FindingType.UNREPORTED_INCOME, "INTEREST", Severity.HIGH, "1200.00", null);
    static final Finding WITHHOLDING = finding("C-1", FindingType.WITHHOLDING_MISMATCH, "FEDERAL_WITHHOLDING",
            Severity.LOW, "12.00", null);
    static final Finding CREDITED = finding("C-2", FindingType.UNPOSTED_PAYMENT, "P-7", Severity.HIGH, "900.00", null);

    static final ReviewEntry DISMISSED = new ReviewEntry(FindingKey.of(WITHHOLDING), ReviewStatus.DISMISSED, "Ann",
            null, "rounding on the W-2", TUE);
    static final ReviewEntry FOLLOW_UP = new ReviewEntry(FindingKey.of(DEADLINE), ReviewStatus.IN_PROGRESS, "Bob",
            WED, "call the client back", TUE);
    static final ReviewEntry ON_CREDITED = new ReviewEntry(FindingKey.of(CREDITED), ReviewStatus.WAITING_ON_IRS, "Ann",
            null, "sent EFTPS proof", TUE);

    private Night() {
    }

    static NightView view() {
        List<PriorFinding> tuesday = List.of(PriorFinding.of(UNPOSTED, TUE.minusDays(1)), PriorFinding.of(DEADLINE, TUE),
                PriorFinding.of(WITHHOLDING, TUE), PriorFinding.of(CREDITED, TUE));
        KnownResolutions hints = new KnownResolutions().paymentCredited("C-2", 2024, "P-7", LocalDate.of(2026, 11, 16));
        return new NightComparison(WED, List.of(TUE.minusDays(1), TUE)).compare(
                List.of(UNPOSTED, DEADLINE, INCOME, WITHHOLDING), TUE, tuesday,
                List.of(DISMISSED, FOLLOW_UP, ON_CREDITED), hints);
    }

    static Finding finding(String client, FindingType type, String reference, Severity severity, String amount,
            LocalDate due) {
        return new Finding(client, 2024, type, severity, reference, null, null,
                amount == null ? null : new BigDecimal(amount), null, due, "explained", "act", List.of());
    }
}
