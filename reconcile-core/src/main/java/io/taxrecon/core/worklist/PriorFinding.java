package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a night stored about one finding: its key, the run date of its first appearance in the
 * unbroken series of nights, and enough of the finding to show it once it has gone (severity,
 * amount, due date, notice, explanation). Any field but the key and {@code firstSeen} may be null.
 */
public record PriorFinding(
        FindingKey key,
        LocalDate firstSeen,
        Severity severity,
        BigDecimal amount,
        LocalDate dueDate,
        String noticeId,
        String explanation) {

    public PriorFinding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }

    /** What the store keeps of one of tonight's findings. */
    public static PriorFinding of(Finding f, LocalDate firstSeen) {
        return new PriorFinding(FindingKey.of(f), firstSeen, f.severity(), amountOf(f), f.dueDate(), f.noticeId(),
                f.explanation());
    }

    /**
     * The one amount a worklist shows for a finding: the difference where there is one, else the
     * IRS's amount, else the client's (a deadline or an unknown code has none: null).
     */
    public static BigDecimal amountOf(Finding f) {
        if (f.difference() != null) {
            return f.difference();
        }
        return f.irsAmount() != null ? f.irsAmount() : f.clientAmount();
    }
}
