package io.taxrecon.core.notices;

import io.taxrecon.core.findings.FindingType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice as the reviewer's summary shows it: its catalog entry, its deadline as of the run
 * date, and the bridge from the amount it claims to the amount the records support.
 *
 * @param type null when the code is not in the catalog
 * @param dueDate null when neither the notice nor the catalog gives one
 * @param daysLeft days from the run date to the due date (negative when overdue); null with no due date
 * @param transcriptBalance the IRS account balance for the notice's TIN and year; null with no transcript
 */
public record NoticeAssessment(
        Notice notice,
        NoticeType type,
        LocalDate dueDate,
        Long daysLeft,
        BigDecimal claimed,
        BigDecimal transcriptBalance,
        List<Adjustment> adjustments,
        BigDecimal supported,
        String recommendedAction) {

    public NoticeAssessment {
        adjustments = List.copyOf(adjustments);
    }

    /** One step of the bridge: a finding that changes what the client really owes. */
    public record Adjustment(FindingType finding, String reference, String label, BigDecimal amount) {
    }
}
