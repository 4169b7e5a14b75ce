package io.taxrecon.core.notices;

import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.findings.FindingDraft;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.values.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings about a notice itself: RESPONSE_DEADLINE (open notices only),
 * NOTICE_BALANCE_MISMATCH against the balance on the notice's date (balance notices not
 * superseded) and UNKNOWN_NOTICE_CODE (not superseded). A superseded notice yields none: its
 * successor speaks for it.
 */
public final class NoticeFindings {

    private final FindingTexts texts;
    private final BigDecimal tolerance;
    private final int deadlineSoonDays;

    public NoticeFindings(FindingTexts texts, BigDecimal tolerance, int deadlineSoonDays) {
        this.texts = texts;
        this.tolerance = tolerance;
        this.deadlineSoonDays = deadlineSoonDays;
    }

    public List<FindingDraft> findings(JudgedNotice j, NoticeAssessment assessment, AccountBalance account) {
        List<FindingDraft> drafts = new ArrayList<>();
        if (j.status().state() == NoticeStatus.State.SUPERSEDED) {
            return drafts;
        }
        Notice n = j.notice();
        Map<String, String> values = new HashMap<>();
        values.put("code", n.noticeCode());
        values.put("noticeId", n.noticeId());
        values.put("noticeDate", n.noticeDate().toString());
        values.put("year", Integer.toString(n.taxYear()));
        values.put("claimed", FindingTexts.money(assessment.claimed()));
        values.put("due", j.dueText(texts));
        values.put("title", j.type() == null ? n.noticeCode() : j.type().title());
        values.put("supported", FindingTexts.money(assessment.supported()));
        values.put("reason", j.status().reason());
        values.put("contact", texts.render("contact.notice", Map.of("code", n.noticeCode())));

        if (j.live() && j.due() != null && assessment.daysLeft() <= deadlineSoonDays) {
            long days = assessment.daysLeft();
            values.put("soonDays", Integer.toString(deadlineSoonDays));
            String explanation = texts.render(days >= 0 ? "RESPONSE_DEADLINE.explanation.soon"
                    : "RESPONSE_DEADLINE.explanation.overdue", values);
            String action = j.type() == null ? texts.render("RESPONSE_DEADLINE.action.unknown", values)
                    : assessment.recommendedAction();
            drafts.add(new FindingDraft(n.taxYear(), FindingType.RESPONSE_DEADLINE, n.noticeId(), n.amountDue(), null,
                    null, explanation, x -> action, List.of(n.source())).about(j));
        }
        if (j.type() == null) {
            drafts.add(new FindingDraft(n.taxYear(), FindingType.UNKNOWN_NOTICE_CODE, n.noticeId(), n.amountDue(), null,
                    null, texts.render("UNKNOWN_NOTICE_CODE.explanation", values),
                    x -> texts.render("UNKNOWN_NOTICE_CODE.action", values), List.of(n.source())).about(j));
        }
        BigDecimal balance = assessment.balanceOnNoticeDate();
        if (j.claimsBalance() && balance != null && n.amountDue() != null) {
            BigDecimal difference = n.amountDue().subtract(balance);
            if (difference.abs().compareTo(tolerance) > 0) {
                values.put("balance", FindingTexts.money(balance));
                values.put("difference", FindingTexts.money(difference));
                List<SourceRef> evidence = new ArrayList<>();
                evidence.add(n.source());
                // the proof of the balance on the notice's date: the TIN-year's lines dated by then
                account.transactionsOf(n.tin(), n.taxYear()).stream()
                        .filter(t -> !t.transactionDate().isAfter(n.noticeDate()))
                        .forEach(t -> evidence.add(t.source()));
                String actionKey = !j.live() ? "NOTICE_BALANCE_MISMATCH.action.history"
                        : assessment.supported().signum() <= 0 ? "NOTICE_BALANCE_MISMATCH.action.dispute"
                        : "NOTICE_BALANCE_MISMATCH.action";
                drafts.add(new FindingDraft(n.taxYear(), FindingType.NOTICE_BALANCE_MISMATCH, n.noticeId(), n.amountDue(),
                        balance, difference, texts.render("NOTICE_BALANCE_MISMATCH.explanation", values),
                        x -> texts.render(actionKey, values), evidence).about(j));
            }
        }
        return drafts;
    }
}
