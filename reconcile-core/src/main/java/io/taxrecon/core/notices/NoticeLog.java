package io.taxrecon.core.notices;

import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.calendar.BusinessCalendar;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.values.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges a client's notice log on the run date (SPEC "Notices over time"): each notice is
 * SUPERSEDED by the catalogued, non-informational notice of the same TIN and tax year that
 * directly followed it, else PAID when its balance was paid off since, else OPEN; only an OPEN
 * notice has a due date. Notices dated after the run date are not in the log yet.
 */
public final class NoticeLog {

    /** Bills of this much or more are due in business days, not calendar days (IRC 6651(a)(3)). */
    public static final BigDecimal LARGE_BALANCE = new BigDecimal("100000.00");

    private static final Comparator<SourceRef> SOURCE_ORDER = Comparator.comparing(SourceRef::file)
            .thenComparing(SourceRef::sheet).thenComparingLong(SourceRef::line);
    private static final Comparator<Notice> HISTORY_ORDER = Comparator.comparing(Notice::noticeDate)
            .thenComparing(Notice::noticeId, NaturalOrder.INSTANCE)
            .thenComparing(Notice::source, SOURCE_ORDER);

    private final NoticeCatalog catalog;
    private final BusinessCalendar calendar;
    private final FindingTexts texts;
    private final LocalDate runDate;
    private final BigDecimal tolerance;

    public NoticeLog(NoticeCatalog catalog, BusinessCalendar calendar, FindingTexts texts, LocalDate runDate,
                     BigDecimal tolerance) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.texts = texts;
        this.runDate = runDate;
        this.tolerance = tolerance;
    }

    /** Every notice of the log dated on or before the run date, judged; in notice_id order. */
    public List<JudgedNotice> judge(List<Notice> notices, AccountBalance account) {
        List<Notice> log = notices.stream().filter(n -> !n.noticeDate().isAfter(runDate)).toList();
        return log.stream()
                .sorted(Comparator.comparing(Notice::noticeId, NaturalOrder.INSTANCE).thenComparing(Notice::source, SOURCE_ORDER))
                .map(n -> judge(n, log, account))
                .toList();
    }

    private JudgedNotice judge(Notice n, List<Notice> log, AccountBalance account) {
        NoticeType type = catalog.find(n.noticeCode()).orElse(null);
        NoticeStatus status = successor(n, log).map(this::superseded)
                .or(() -> paid(n, type, account))
                .orElseGet(() -> NoticeStatus.open(texts.render("status.open", Map.of())));
        return new JudgedNotice(n, type, status, status.live() ? dueDate(n, type) : null);
    }

    /** The earliest later notice of the same TIN-year that speaks for this one: catalogued and not informational. */
    private Optional<Notice> successor(Notice n, List<Notice> log) {
        return log.stream()
                .filter(m -> m.tin().equals(n.tin()) && m.taxYear() == n.taxYear() && later(m, n))
                .filter(m -> catalog.find(m.noticeCode())
                        .map(t -> t.stage() != NoticeType.CollectionStage.INFORMATION).orElse(false))
                .min(HISTORY_ORDER);
    }

    private static boolean later(Notice m, Notice n) {
        int byDate = m.noticeDate().compareTo(n.noticeDate());
        return byDate > 0 || (byDate == 0 && NaturalOrder.INSTANCE.compare(m.noticeId(), n.noticeId()) > 0);
    }

    private NoticeStatus superseded(Notice m) {
        return NoticeStatus.superseded(m.noticeId(), m.noticeCode(), m.noticeDate(), texts.render("status.superseded",
                Map.of("code", m.noticeCode(), "noticeId", m.noticeId(), "date", m.noticeDate().toString())));
    }

    /** PAID: a balance notice whose TIN-year owed more than the tolerance on its date and no more than it now. */
    private Optional<NoticeStatus> paid(Notice n, NoticeType type, AccountBalance account) {
        if (type == null || !type.claimsBalance()) {
            return Optional.empty();
        }
        BigDecimal onDate = account.balance(n.tin(), n.taxYear(), n.noticeDate());
        BigDecimal now = account.balance(n.tin(), n.taxYear(), runDate);
        if (onDate == null || onDate.compareTo(tolerance) <= 0 || now.compareTo(tolerance) > 0) {
            return Optional.empty();
        }
        // the last day the running balance fell to the tolerance or below: it has stayed there since
        LocalDate paidOn = null;
        BigDecimal previous = BigDecimal.ZERO;
        for (AccountBalance.Day day : account.days(n.tin(), n.taxYear())) {
            if (day.date().isAfter(runDate)) {
                break;
            }
            if (previous.compareTo(tolerance) > 0 && day.balance().compareTo(tolerance) <= 0) {
                paidOn = day.date();
            }
            previous = day.balance();
        }
        int credits = account.between(n.tin(), n.taxYear(), n.noticeDate(), paidOn).credits();
        String reason = texts.render(credits == 1 ? "status.paid.one" : "status.paid",
                Map.of("date", paidOn.toString(), "count", Integer.toString(credits)));
        return Optional.of(NoticeStatus.paid(paidOn, credits, reason));
    }

    /**
     * The printed response date; else a bill of $100,000 or more gets the catalog's business days;
     * else the notice date plus the catalog's response days; null when none applies.
     */
    private LocalDate dueDate(Notice n, NoticeType type) {
        if (n.responseDueDate() != null) {
            return n.responseDueDate();
        }
        if (type == null) {
            return null;
        }
        if (type.largeBalanceBusinessDays() > 0 && n.amountDue() != null && n.amountDue().compareTo(LARGE_BALANCE) >= 0) {
            return calendar.plusBusinessDays(n.noticeDate(), type.largeBalanceBusinessDays());
        }
        return type.responseDays() > 0 ? n.noticeDate().plusDays(type.responseDays()) : null;
    }
}
