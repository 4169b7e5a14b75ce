package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeStatus;
import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.values.Tin;
import io.taxrecon.reports.xlsx.SheetWriter;
import io.taxrecon.reports.xlsx.Look;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Summary's notices in their history: per tax year (and TIN, when a year has notices to more
 * than one), every notice in date order with its status on the run date and why, then the bridge
 * of each live notice of that year, from what it claims to what the records support on its date
 * and on to what is owed now. History (superseded, paid) gets a line of the timeline and nothing
 * else: no deadline, no bridge, no letter.
 *
 * <p>Columns: Notice ID, Code, Title, Notice date, Amount claimed, Status, and the reason merged
 * across {@link #WHY_COLUMNS} columns (the Summary's widths are laid out for the live table).
 */
final class NoticeTimeline {

    static final String[] COLUMNS = {"Notice ID", "Code", "Title", "Notice date", "Amount claimed", "Status", "Why"};
    static final int WHY_COLUMNS = 5;

    private static final Comparator<NoticeAssessment> IN_DATE_ORDER = Comparator
            .comparing((NoticeAssessment n) -> n.notice().noticeDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(n -> n.notice().noticeId(), Comparator.nullsLast(NaturalOrder.INSTANCE));

    private NoticeTimeline() {
    }

    static void write(ClientReport report, SheetWriter out) {
        Map<Integer, Map<String, List<NoticeAssessment>>> byYearAndTin = new TreeMap<>();
        for (NoticeAssessment n : report.reconciliation().notices()) {
            Tin tin = n.notice().tin();
            byYearAndTin.computeIfAbsent(n.notice().taxYear(), y -> new TreeMap<>())
                    .computeIfAbsent(tin == null ? "" : tin.masked(), t -> new ArrayList<>()).add(n);
        }
        byYearAndTin.forEach((year, byTin) -> byTin.forEach((tin, notices) -> {
            notices.sort(IN_DATE_ORDER);
            out.gap();
            out.section("Notice timeline, tax year " + year + (byTin.size() > 1 && !tin.isEmpty() ? ", TIN " + tin : ""));
            out.header(COLUMNS);
            for (NoticeAssessment n : notices) {
                out.row()
                        .text(n.notice().noticeId())
                        .text(n.notice().noticeCode())
                        .wrapped(n.type() == null ? "Not in the notice catalog" : n.type().title())
                        .date(n.notice().noticeDate())
                        .money(n.claimed() != null ? n.claimed() : n.notice().amountDue())
                        .text(Wording.humane(n.status().state()), n.live() ? Look.BOLD : Look.TEXT)
                        .wrappedAcross(why(n), WHY_COLUMNS);
            }
            for (NoticeAssessment n : notices) {
                if (n.live()) {
                    writeBridge(report, n, out);
                }
            }
        }));
    }

    /**
     * The status in words: the engine's reason, with the due date for an open notice
     * ("open: due 2026-12-10"); worded from the status's facts if the engine gave none.
     */
    static String why(NoticeAssessment n) {
        NoticeStatus s = n.status();
        String reason = s.reason().isBlank() ? fallbackReason(s) : s.reason();
        if (s.live() && n.dueDate() != null && !reason.contains(n.dueDate().toString())) {
            return reason + ": due " + n.dueDate();
        }
        return reason;
    }

    private static String fallbackReason(NoticeStatus s) {
        return switch (s.state()) {
            case OPEN -> "open";
            case SUPERSEDED -> "followed by " + s.supersededByCode() + " " + s.supersededBy() + " on " + s.supersededOn();
            case PAID -> "paid " + s.paidOn() + " by " + s.paidByCredits() + (s.paidByCredits() == 1 ? " credit" : " credits");
        };
    }

    /** Claimed, each adjustment, supported on the notice's date; then charged and credited since, and owed now. */
    private static void writeBridge(ClientReport report, NoticeAssessment n, SheetWriter out) {
        String on = n.notice().noticeDate() == null ? "the notice date" : n.notice().noticeDate().toString();
        String runDate = report.context().runDate().toString();
        out.gap();
        out.section("Bridge for notice " + n.notice().noticeId() + " (" + n.notice().noticeCode()
                + ", tax year " + n.notice().taxYear() + ")");
        out.header("Step", "Reference", "What", "Amount");
        out.row().bold("Amount claimed").skip().text("what the notice says is due").money(n.claimed(), Look.CURRENCY_BOLD);
        for (NoticeAssessment.Adjustment a : n.adjustments()) {
            out.row().text(a.finding() == null ? "Adjustment" : a.finding().name())
                    .text(a.reference())
                    .wrapped(a.label())
                    .money(a.amount());
        }
        out.row().bold("Supported on the notice date").skip().wrapped("what the client's records support on " + on)
                .money(n.supported(), Look.CURRENCY_BOLD);
        if (n.balanceOnNoticeDate() != null) {
            out.row().text("Transcript balance").skip().wrapped("for reference: the IRS account's balance on " + on)
                    .money(n.balanceOnNoticeDate());
        }
        if (n.owedNow() == null) {
            if (n.balanceOnNoticeDate() == null) {
                out.row().bold("Owed now").skip().wrapped("no IRS transcript on file for this year: the records cannot say");
            }
            return;
        }
        BigDecimal charged = n.chargedSince() == null ? BigDecimal.ZERO : n.chargedSince();
        BigDecimal credited = n.creditedSince() == null ? BigDecimal.ZERO : n.creditedSince();
        out.row().text("+ Charged since").skip().wrapped("debits posted after " + on + " up to " + runDate).money(charged);
        out.row().text("- Credited since").skip().wrapped("credits posted after " + on + " up to " + runDate)
                .money(credited.negate());
        // The bridge's payment findings dated after the notice: what the two lines above leave unexplained.
        BigDecimal paidSince = n.owedNow().subtract(n.supported() == null ? BigDecimal.ZERO : n.supported())
                .subtract(charged).add(credited);
        if (n.supported() != null && paidSince.signum() != 0) {
            out.row().text("- Paid since, not credited").skip()
                    .wrapped("payments made after " + on + " that the IRS has not credited").money(paidSince);
        }
        out.row().bold("Owed now").skip().wrapped("what the records support on " + runDate).money(n.owedNow(), Look.CURRENCY_BOLD);
    }
}
