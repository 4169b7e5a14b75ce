package io.taxrecon.sampledata;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The generator's own reading of a client's notice log on the run date (notices-rules.md: balance
 * on a date, status, due date, the four notice findings), from the notices and transcript lines it
 * wrote and its own copies of the catalogs. Never the engine's code: it is what the truth is
 * checked against, so the planters' intentions and these rules must agree for a client to be kept.
 */
final class NoticeLog {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final int SOON_DAYS = 14;

    /** A notice's status on the run date. */
    enum Status { OPEN, SUPERSEDED, PAID }

    /** One notice as judged: its status, what superseded it, its due date (null: none) and balance on its date. */
    record Judged(NoticeRecord notice, Status status, NoticeRecord supersededBy, LocalDate due, BigDecimal balanceOnDate) {}

    private final List<NoticeRecord> notices;
    private final List<TranscriptLine> txns;
    private final LocalDate runDate;

    NoticeLog(List<NoticeRecord> notices, List<TranscriptLine> txns, LocalDate runDate) {
        this.notices = notices;
        this.txns = txns;
        this.runDate = runDate;
    }

    /** Debits minus credits of the TIN-year's lines dated on or before {@code date}; null when it has no line at all. */
    static BigDecimal balanceOn(List<TranscriptLine> txns, String tin, int year, LocalDate date) {
        BigDecimal sum = null;
        for (TranscriptLine t : txns) {
            if (!t.tin().equals(tin) || t.taxYear() != year) {
                continue;
            }
            sum = sum == null ? ClientDraft.ZERO : sum;
            if (!t.date().isAfter(date)) {
                sum = TransactionCodes.isCredit(t.code()) ? sum.subtract(t.amount()) : sum.add(t.amount());
            }
        }
        return sum;
    }

    Judged judge(NoticeRecord n) {
        NoticeRecord by = null;
        for (NoticeRecord m : notices) {
            if (m == n || !m.tin().equals(n.tin()) || m.taxYear() != n.taxYear() || !supersedes(m) || !later(m, n)) {
                continue;
            }
            if (by == null || later(by, m)) {
                by = m;
            }
        }
        NoticeStage stage = NoticeCodes.find(n.code()).map(NoticeCodes.Facts::stage).orElse(null);
        BigDecimal onDate = balanceOn(txns, n.tin(), n.taxYear(), n.noticeDate());
        LocalDate due = due(n);
        if (by != null) {
            return new Judged(n, Status.SUPERSEDED, by, due, onDate);
        }
        BigDecimal now = balanceOn(txns, n.tin(), n.taxYear(), runDate);
        boolean paid = stage != null && stage.balance() && onDate != null
                && onDate.compareTo(ONE) > 0 && now.compareTo(ONE) <= 0;
        return new Judged(n, paid ? Status.PAID : Status.OPEN, null, due, onDate);
    }

    /**
     * The notice findings of the log: RESPONSE_DEADLINE for open notices due within 14 days (or
     * overdue), NOTICE_BALANCE_MISMATCH, UNKNOWN_NOTICE_CODE and IDENTITY_MISMATCH for notices not superseded.
     */
    List<TruthRow> findings(String clientId, Set<String> ownTins) {
        List<TruthRow> rows = new ArrayList<>();
        for (NoticeRecord n : notices) {
            Judged j = judge(n);
            if (j.status() == Status.SUPERSEDED) {
                continue;
            }
            NoticeCodes.Facts facts = NoticeCodes.find(n.code()).orElse(null);
            if (j.status() == Status.OPEN && j.due() != null && ChronoUnit.DAYS.between(runDate, j.due()) <= SOON_DAYS) {
                rows.add(new TruthRow(clientId, n.taxYear(), FindingType.RESPONSE_DEADLINE, n.noticeId(), null));
            }
            if (facts == null) {
                rows.add(new TruthRow(clientId, n.taxYear(), FindingType.UNKNOWN_NOTICE_CODE, n.noticeId(), null));
            }
            if (!ownTins.contains(n.tin())) {
                rows.add(new TruthRow(clientId, n.taxYear(), FindingType.IDENTITY_MISMATCH, n.noticeId(), null));
            }
            if (facts != null && facts.stage().balance() && j.balanceOnDate() != null) {
                BigDecimal difference = n.amountDue().subtract(j.balanceOnDate());
                if (difference.abs().compareTo(ONE) > 0) {
                    rows.add(new TruthRow(clientId, n.taxYear(), FindingType.NOTICE_BALANCE_MISMATCH, n.noticeId(), difference));
                }
            }
        }
        return rows;
    }

    /**
     * The printed date; else a large bill's business days; else the catalog's days; null for none.
     *
     * @throws LayoutConflict when a large bill's window holds a day the holiday list reads two ways
     */
    static LocalDate due(NoticeRecord n) {
        if (n.responseDue() != null) {
            return n.responseDue();
        }
        NoticeCodes.Facts facts = NoticeCodes.find(n.code()).orElse(null);
        if (facts == null) {
            return null;
        }
        if (facts.stage() == NoticeStage.BALANCE_DUE && facts.largeBalanceBusinessDays() > 0
                && n.amountDue().compareTo(NoticeCodes.LARGE_BALANCE) >= 0) {
            LocalDate due = BusinessDays.plus(n.noticeDate(), facts.largeBalanceBusinessDays());
            if (!BusinessDays.clear(n.noticeDate(), due.plusDays(2))) {
                throw new LayoutConflict();
            }
            return due;
        }
        return facts.responseDays() > 0 ? n.noticeDate().plusDays(facts.responseDays()) : null;
    }

    /** A known code whose stage is not INFORMATION: only such a notice supersedes an earlier one. */
    private static boolean supersedes(NoticeRecord m) {
        return NoticeCodes.find(m.code()).map(f -> f.stage() != NoticeStage.INFORMATION).orElse(false);
    }

    /** Later notice date; on the same date, the higher notice id in natural order. */
    private static boolean later(NoticeRecord a, NoticeRecord b) {
        int c = a.noticeDate().compareTo(b.noticeDate());
        return c != 0 ? c > 0 : NaturalIds.compare(a.noticeId(), b.noticeId()) > 0;
    }
}
