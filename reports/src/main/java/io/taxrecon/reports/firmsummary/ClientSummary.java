package io.taxrecon.reports.firmsummary;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.worklist.NightView;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;

/**
 * One client's line in the firm summary.
 *
 * @param maskedTin the client's TIN as {@code Tin.masked()} gives it, never the full TIN
 * @param reviewer null when none is assigned
 * @param topSeverity the most urgent severity among the findings; null with no findings
 * @param minDaysLeft the fewest days left to respond to any live notice (negative = overdue); null when no live
 *                    notice has a due date: a notice that is history (superseded, paid) has no deadline
 * @param amountAtStake see {@link #of}: a ranking figure, not a liability
 * @param findingCounts findings per type; absent types count zero
 * @param noticeCount the live notices; history is on the client's notice timeline, not counted here
 * @param workbookFileName the client's workbook beside the summary, or null when none was written
 */
public record ClientSummary(
        String clientId,
        String clientName,
        String maskedTin,
        String reviewer,
        Severity topSeverity,
        Long minDaysLeft,
        BigDecimal amountAtStake,
        Map<FindingType, Integer> findingCounts,
        int noticeCount,
        boolean dataIncomplete,
        String workbookFileName) {

    public ClientSummary {
        Objects.requireNonNull(clientId, "clientId");
        amountAtStake = amountAtStake == null ? BigDecimal.ZERO : amountAtStake;
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        if (findingCounts != null) {
            findingCounts.forEach((type, n) -> {
                if (type != null && n != null && n != 0) {
                    counts.put(type, n);
                }
            });
        }
        findingCounts = Collections.unmodifiableMap(counts);
    }

    /** How many findings of this type the client has (0 when none). */
    public int count(FindingType type) {
        return findingCounts.getOrDefault(type, 0);
    }

    /** All findings of the client. */
    public int findingTotal() {
        return findingCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Summarises a client's reconciliation.
     *
     * <p><b>Amount at stake</b>, per tax year, is the larger of two views of the same money, and
     * the client's figure is their sum over tax years:
     * <ul>
     *   <li>what the IRS's live notices claim for the year: per TIN the largest amount claimed (a
     *       CP14 and the CP501 that follows it claim the same balance, so they are not added),
     *       summed over the year's TINs; a superseded or paid notice claims nothing any more;</li>
     *   <li>the sum of |difference| of the year's findings (an income gap counts at face value:
     *       the tax on it is not computed here, so this errs high).</li>
     * </ul>
     * Adding the two would count twice the money a payment finding explains inside a notice's
     * claim; taking the larger keeps a year with a notice at least at its claim, and a year
     * without one (say, unreported income before any CP2000) at its discrepancies.
     *
     * <p>Days left, the claims and the notice count come from live notices only, so that a client
     * whose notices are all history is never ranked by a deadline long past.
     */
    public static ClientSummary of(ClientReconciliation rec, String workbookFileName) {
        return of(rec, null, workbookFileName);
    }

    /**
     * As {@link #of(ClientReconciliation, String)}, with the reviewer's entries of the night: a
     * dismissed finding counts toward neither the top severity nor the amount at stake, and a
     * notice whose deadline the reviewer marked Responded (or dismissed) gives no days left: it is
     * still a live notice, and its claim still counts. The per-type counts keep every finding, as the client's
     * workbook still shows them.
     *
     * @param night the client's part of the night, or null for none
     */
    public static ClientSummary of(ClientReconciliation rec, NightView night, String workbookFileName) {
        var records = rec.records();
        var client = records.client();

        Severity top = null;
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        Map<Integer, BigDecimal> differencesByYear = new HashMap<>();
        Set<String> quietDeadlines = new HashSet<>(); // "year|notice_id" of deadlines dismissed or answered
        for (Finding f : rec.findings()) {
            if (f.type() != null) {
                counts.merge(f.type(), 1, Integer::sum);
            }
            if (night != null && !night.isActionable(f)) {
                if (f.type() == FindingType.RESPONSE_DEADLINE) {
                    quietDeadlines.add(f.taxYear() + "|" + f.reference());
                }
                continue;
            }
            if (f.severity() != null && (top == null || f.severity().compareTo(top) < 0)) {
                top = f.severity();
            }
            if (f.difference() != null) {
                differencesByYear.merge(f.taxYear(), f.difference().abs(), BigDecimal::add);
            }
        }

        Long minDays = null;
        int liveNotices = 0;
        Map<Integer, Map<String, BigDecimal>> claimByYearAndTin = new HashMap<>();
        for (NoticeAssessment n : rec.notices()) {
            if (!n.live()) {
                continue;
            }
            liveNotices++;
            boolean quiet = quietDeadlines.contains(n.notice().taxYear() + "|" + n.notice().noticeId());
            if (!quiet && n.daysLeft() != null && (minDays == null || n.daysLeft() < minDays)) {
                minDays = n.daysLeft();
            }
            BigDecimal claimed = n.claimed() != null ? n.claimed() : n.notice().amountDue();
            if (claimed != null) {
                String tin = n.notice().tin() == null ? "" : n.notice().tin().digits();
                claimByYearAndTin.computeIfAbsent(n.notice().taxYear(), y -> new HashMap<>())
                        .merge(tin, claimed.abs(), BigDecimal::max);
            }
        }

        BigDecimal atStake = BigDecimal.ZERO;
        TreeSet<Integer> years = new TreeSet<>(differencesByYear.keySet());
        years.addAll(claimByYearAndTin.keySet());
        for (int year : years) {
            BigDecimal claims = claimByYearAndTin.getOrDefault(year, Map.of()).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal differences = differencesByYear.getOrDefault(year, BigDecimal.ZERO);
            atStake = atStake.add(claims.max(differences));
        }

        return new ClientSummary(
                client.clientId(),
                client.name(),
                client.tin() == null ? null : client.tin().masked(),
                client.reviewer(),
                top,
                minDays,
                atStake,
                counts,
                liveNotices,
                records.rejectedRows() > 0,
                workbookFileName);
    }
}
