package io.taxrecon.core.notices;

import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.values.SourceRef;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

/**
 * A notice judged in its history on the run date: its catalog entry, its status and, while it is
 * live, its due date. A history notice (SUPERSEDED or PAID) has no due date.
 *
 * @param type null when the code is not in the catalog
 * @param due null for a history notice, and when neither the notice nor the catalog gives a date
 */
public record JudgedNotice(Notice notice, NoticeType type, NoticeStatus status, LocalDate due) {

    private static final Comparator<SourceRef> SOURCE_ORDER = Comparator.comparing(SourceRef::file)
            .thenComparing(SourceRef::sheet).thenComparingLong(SourceRef::line);

    /** The order in which a finding picks the notice it bears on: earliest due date (none last), then lower notice_id. */
    public static final Comparator<JudgedNotice> BEARING_ORDER =
            Comparator.comparing(JudgedNotice::due, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(j -> j.notice().noticeId(), NaturalOrder.INSTANCE)
                    .thenComparing(j -> j.notice().source(), SOURCE_ORDER);

    /** True when the notice is OPEN on the run date. */
    public boolean live() {
        return status.live();
    }

    /** True for a catalogued notice of a balance stage (BALANCE_DUE, REMINDER, INTENT_TO_LEVY, FINAL_NOTICE). */
    public boolean claimsBalance() {
        return type != null && type.claimsBalance();
    }

    /** The catalog stage; null for an unknown code. */
    public NoticeType.CollectionStage stage() {
        return type == null ? null : type.stage();
    }

    /** The due date as a step names it: the date, or "the date on the notice" when there is none. */
    public String dueText(FindingTexts texts) {
        return due == null ? texts.render("due.none", Map.of()) : due.toString();
    }

    /**
     * The due date as a next step names it on the run date: {@link #dueText}, and once the run date
     * is past it, that it has passed ("pay by" a date long gone reads as a plan).
     */
    public String stepDueText(FindingTexts texts, LocalDate runDate) {
        return due != null && due.isBefore(runDate) ? texts.render("due.passed", Map.of("due", due.toString()))
                : dueText(texts);
    }
}
