package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Findings and entries for the worklist's tests, by the few fields that matter to them. */
final class Nights {

    static final LocalDate MON = LocalDate.of(2026, 11, 16);
    static final LocalDate TUE = LocalDate.of(2026, 11, 17);
    static final LocalDate WED = LocalDate.of(2026, 11, 18);

    private Nights() {
    }

    static Finding finding(String client, FindingType type, String reference, Severity severity, String amount,
            LocalDate due) {
        return new Finding(client, 2024, type, severity, reference, null, null,
                amount == null ? null : new BigDecimal(amount), type == FindingType.RESPONSE_DEADLINE ? reference : null,
                due, "explained", "act", List.of());
    }

    static Finding unposted(String client, String paymentId, String amount) {
        return finding(client, FindingType.UNPOSTED_PAYMENT, paymentId, Severity.HIGH, amount, null);
    }

    static Finding deadline(String client, String noticeId, LocalDate due) {
        return finding(client, FindingType.RESPONSE_DEADLINE, noticeId, Severity.MEDIUM, null, due);
    }

    static ReviewEntry entry(Finding f, ReviewStatus status, LocalDate followUp, String note, LocalDate readOn) {
        return new ReviewEntry(FindingKey.of(f), status, null, followUp, note, readOn);
    }
}
