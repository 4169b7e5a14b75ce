package io.taxrecon.sampledata;

import static io.taxrecon.core.findings.FindingType.NOTICE_BALANCE_MISMATCH;
import static io.taxrecon.core.findings.FindingType.RESPONSE_DEADLINE;
import static io.taxrecon.core.findings.FindingType.UNKNOWN_NOTICE_CODE;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Plants the notice log's history: older tax years (no payment records, no return lines, so no
 * payment or income rule reads them) whose notices go back {@code historyYears} years before the
 * run date, each with the transcript that makes its story true. Most stories end in no finding
 * (bills paid by installments, collection ladders paid after the final notice, CP2000s answered
 * and paid, identity letters followed by a bill, informational notices after a bill); some of a
 * dirty client's notice plants are planted here instead of in the current years ({@link #claim}).
 * {@link HistoryStories} writes each story.
 */
final class HistoryPlanter {

    private static final double HISTORY_SHARE = 0.45;
    private static final double SECOND_STORY = 0.35;

    private final ClientDraft d;
    private final HistoryStories stories;
    private final List<Integer> freeYears = new ArrayList<>();
    private final List<FindingType> claimed = new ArrayList<>();

    HistoryPlanter(ClientDraft d) {
        this.d = d;
        this.stories = new HistoryStories(d);
        for (int k = 1; k <= d.historyYears; k++) {
            freeYears.add(d.runDate.getYear() - 3 - k);
        }
    }

    /** Moves some notice plants of the current years to the history, one free history year each. */
    void claim() {
        for (YearDraft ys : d.years) {
            for (FindingType t : List.copyOf(ys.plants)) {
                double share = t == NOTICE_BALANCE_MISMATCH || t == RESPONSE_DEADLINE ? 0.5 : t == UNKNOWN_NOTICE_CODE ? 0.35 : 0;
                if (claimed.size() < freeYears.size() && share > 0 && d.r.nextDouble() < share) {
                    ys.plants.remove(t);
                    claimed.add(t);
                }
            }
        }
    }

    void plant() {
        int next = 0;
        for (FindingType t : claimed) {
            TinYearStory s = new TinYearStory(d, d.primary.ssn(), freeYears.get(next++));
            switch (t) {
                case NOTICE_BALANCE_MISMATCH -> {
                    NoticeRecord wrong = stories.wrongThenPaid(s);
                    d.truth.add(new TruthRow(d.clientId, s.year, t, wrong.noticeId(),
                            wrong.amountDue().subtract(s.balance(wrong.noticeDate()))));
                }
                case RESPONSE_DEADLINE -> d.truth.add(new TruthRow(d.clientId, s.year, t, stories.openItem(s).noticeId(), null));
                default -> d.truth.add(new TruthRow(d.clientId, s.year, t, stories.paidThenUnknown(s).noticeId(), null));
            }
        }
        if (next < freeYears.size() && d.r.nextDouble() < HISTORY_SHARE) {
            stories.settled(new TinYearStory(d, d.primary.ssn(), freeYears.get(next++)));
            if (next < freeYears.size() && d.r.nextDouble() < SECOND_STORY) {
                stories.settled(new TinYearStory(d, d.primary.ssn(), freeYears.get(next++)));
            }
        }
    }

    /** A date in [from, to]; a conflict when the span is empty. */
    static LocalDate between(ClientDraft d, LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        if (span < 0) {
            throw new LayoutConflict();
        }
        return from.plusDays(d.r.nextLong(span + 1));
    }

    /** The rule of a notice whose amount does not follow the balance (a proposal, a letter). */
    static UnaryOperator<BigDecimal> fixed(BigDecimal amount) {
        return b -> amount;
    }
}
