package io.taxrecon.core.notices;

import io.taxrecon.core.findings.FindingType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice as the reviewer's summary shows it: its catalog entry, its status on the run date,
 * its deadline (live notices only), and the bridge from the amount it claims to the amount the
 * records support on the notice's date, then on to what is owed now.
 *
 * @param type null when the code is not in the catalog
 * @param dueDate null when neither the notice nor the catalog gives one, and for a notice that is history
 * @param daysLeft days from the run date to the due date (negative when overdue); null with no due date
 * @param balanceOnNoticeDate the TIN-year's transcript balance on the notice's date; null with no transcript
 * @param adjustments the bridge's steps on the notice's date (negative amounts)
 * @param supported what the records support on the notice's date
 * @param chargedSince debits the transcript shows after the notice date up to the run date (0 when none); null with
 *                     no transcript, and for a notice that claims no balance (a proposal, an informational notice)
 * @param creditedSince credits the transcript shows after the notice date up to the run date, as a
 *                      positive amount; null as for chargedSince
 * @param owedNow what the records support on the run date: supported + chargedSince − creditedSince − the
 *                payment findings dated after the notice date; null as for chargedSince
 */
public record NoticeAssessment(
        Notice notice,
        NoticeType type,
        NoticeStatus status,
        LocalDate dueDate,
        Long daysLeft,
        BigDecimal claimed,
        BigDecimal balanceOnNoticeDate,
        List<Adjustment> adjustments,
        BigDecimal supported,
        BigDecimal chargedSince,
        BigDecimal creditedSince,
        BigDecimal owedNow,
        String recommendedAction) {

    public NoticeAssessment {
        adjustments = List.copyOf(adjustments);
    }

    /** True when the notice is OPEN on the run date (see {@link NoticeStatus#live()}). */
    public boolean live() {
        return status.live();
    }

    /**
     * One step of the bridge: a finding that changes what the client really owes.
     *
     * @param charges true for the penalty and interest a payment finding caused (its finding is the payment's)
     */
    public record Adjustment(FindingType finding, String reference, String label, BigDecimal amount, boolean charges) {

        /** A step for the finding itself. */
        public Adjustment(FindingType finding, String reference, String label, BigDecimal amount) {
            this(finding, reference, label, amount, false);
        }
    }
}
