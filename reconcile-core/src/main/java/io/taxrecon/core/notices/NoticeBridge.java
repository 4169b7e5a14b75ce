package io.taxrecon.core.notices;

import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.payments.PaymentFindings;
import io.taxrecon.core.payments.PaymentMatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge of a notice (SPEC "Notices over time"): on the notice's date, from the amount claimed,
 * less the payments the IRS should have credited by then, the penalty and interest each such missing
 * credit caused up to the notice date, and any difference the transcript does not explain, to what the records support; then on to what is owed on the run date. Also words
 * the notice's next step: a history notice needs none, a claim the records do not support is
 * disputed with the proof, never paid.
 */
public final class NoticeBridge {

    private final NoticeCatalog catalog;
    private final FindingTexts texts;
    private final LocalDate runDate;

    public NoticeBridge(NoticeCatalog catalog, FindingTexts texts, LocalDate runDate) {
        this.catalog = catalog;
        this.texts = texts;
        this.runDate = runDate;
    }

    /** The bridge without penalties and interest netted out. */
    public NoticeAssessment assess(JudgedNotice j, AccountBalance account, List<PaymentMatch> matches) {
        return assess(j, account, matches, PaymentCharges.NONE);
    }

    /**
     * The bridge, netting out after each payment's step the penalty and interest its missing credit
     * caused up to the notice date, as far as the claim holds charges: the FTP and interest assessed
     * by then plus whatever the claim exceeds the transcript balance by (accruals not yet assessed).
     * The part taken from that excess is no longer unexplained, so the supported amount falls only
     * by charges the transcript assessed.
     */
    public NoticeAssessment assess(JudgedNotice j, AccountBalance account, List<PaymentMatch> matches,
                                   PaymentCharges charges) {
        Notice n = j.notice();
        BigDecimal claimed = n.amountDue() == null ? BigDecimal.ZERO : n.amountDue();
        BigDecimal balance = account.balance(n.tin(), n.taxYear(), n.noticeDate());
        List<NoticeAssessment.Adjustment> adjustments = new ArrayList<>();
        BigDecimal owedCreditsSince = BigDecimal.ZERO;
        boolean nets = j.claimsBalance() && balance != null;
        BigDecimal assessed = nets ? charges.assessedCharges(n.tin(), n.taxYear(), n.noticeDate()) : BigDecimal.ZERO;
        BigDecimal room = nets ? assessed.add(claimed.subtract(balance).max(BigDecimal.ZERO)) : BigDecimal.ZERO;
        BigDecimal netted = BigDecimal.ZERO;
        for (PaymentMatch m : matches) {
            Payment p = m.payment();
            BigDecimal credit = PaymentFindings.owedCredit(m);
            if (!p.tin().equals(n.tin()) || p.taxYear() != n.taxYear() || credit.signum() <= 0) {
                continue;
            }
            if (p.paymentDate().isAfter(n.noticeDate())) {
                owedCreditsSince = owedCreditsSince.add(credit);
                continue;
            }
            FindingType type = PaymentFindings.typeOf(m.status());
            adjustments.add(new NoticeAssessment.Adjustment(type, p.paymentId(),
                    texts.render("bridge.payment", Map.of("paymentId", p.paymentId(), "status", type.name())),
                    credit.negate()));
            BigDecimal charged = room.signum() > 0 ? charges.causedBy(m, n.noticeDate()).min(room) : BigDecimal.ZERO;
            if (charged.signum() > 0) {
                room = room.subtract(charged);
                netted = netted.add(charged);
                adjustments.add(new NoticeAssessment.Adjustment(type, p.paymentId(), texts.render("bridge.caused",
                        Map.of("amount", FindingTexts.money(charged), "date", p.paymentDate().toString())),
                        charged.negate(), true));
            }
        }
        if (j.claimsBalance() && balance != null) {
            BigDecimal unexplained = claimed.subtract(balance).subtract(netted.subtract(assessed).max(BigDecimal.ZERO));
            if (unexplained.signum() != 0) {
                adjustments.add(new NoticeAssessment.Adjustment(FindingType.NOTICE_BALANCE_MISMATCH, n.noticeId(),
                        texts.render("bridge.unexplained", Map.of("balance", FindingTexts.money(balance))),
                        unexplained.negate()));
            }
        }
        BigDecimal supported = claimed;
        for (NoticeAssessment.Adjustment a : adjustments) {
            supported = supported.add(a.amount());
        }
        BigDecimal charged = null;
        BigDecimal credited = null;
        BigDecimal owed = null;
        // owed now follows the account only for a notice that claims its balance: a proposal is not yet on it
        if (j.claimsBalance() && balance != null) {
            AccountBalance.Day since = account.between(n.tin(), n.taxYear(), n.noticeDate(), runDate);
            charged = since.charged();
            credited = since.credited();
            owed = supported.add(charged).subtract(credited).subtract(owedCreditsSince);
        }
        Long daysLeft = j.due() == null ? null : ChronoUnit.DAYS.between(runDate, j.due());
        return new NoticeAssessment(n, j.type(), j.status(), j.due(), daysLeft, claimed, balance, adjustments,
                supported, charged, credited, owed, action(j, claimed, balance, adjustments, supported, credited, owed));
    }

    private String action(JudgedNotice j, BigDecimal claimed, BigDecimal balance,
                          List<NoticeAssessment.Adjustment> adjustments, BigDecimal supported, BigDecimal credited,
                          BigDecimal owed) {
        Notice n = j.notice();
        Map<String, String> values = new HashMap<>();
        values.put("code", n.noticeCode());
        values.put("noticeDate", n.noticeDate().toString());
        values.put("due", j.stepDueText(texts, runDate));
        values.put("claimed", FindingTexts.money(claimed));
        values.put("supported", FindingTexts.money(supported));
        values.put("owed", FindingTexts.money(owed == null ? supported : owed));
        values.put("reason", j.status().reason());
        if (!j.live()) {
            return texts.render(j.status().state() == NoticeStatus.State.PAID
                    ? "notice.action.history.paid" : "notice.action.history.superseded", values);
        }
        if (j.type() == null) {
            return texts.render("UNKNOWN_NOTICE_CODE.action", values);
        }
        if (j.claimsBalance() && (supported.signum() <= 0 || (owed != null && owed.signum() <= 0))) {
            values.put("proof", proof(n, balance, adjustments, credited));
            return texts.render("notice.action.dispute", values);
        }
        String template = catalog.nextStep(n.noticeCode()).orElse(null);
        String action = template != null ? FindingTexts.fill(template, values)
                : texts.render(j.due() == null ? "notice.action.nodue" : "notice.action.generic", values);
        if (n.penalty() != null && n.penalty().signum() > 0) {
            action += texts.render("notice.action.penalty", Map.of("penalty", FindingTexts.money(n.penalty())));
        }
        return action;
    }

    /** What the records show against the claim, in the order a reviewer checks it. */
    private String proof(Notice n, BigDecimal balance, List<NoticeAssessment.Adjustment> adjustments,
                         BigDecimal credited) {
        List<String> parts = new ArrayList<>();
        if (balance != null) {
            parts.add(texts.render("proof.balance", Map.of("balance", FindingTexts.money(balance),
                    "noticeDate", n.noticeDate().toString())));
        }
        for (NoticeAssessment.Adjustment a : adjustments) {
            if (a.charges()) {
                parts.add(a.label());
            } else if (a.finding() != FindingType.NOTICE_BALANCE_MISMATCH) {
                parts.add(texts.render("proof.payment", Map.of("paymentId", a.reference(),
                        "amount", FindingTexts.money(a.amount().negate()), "status", a.finding().name())));
            }
        }
        if (credited != null && credited.signum() > 0) {
            parts.add(texts.render("proof.credited", Map.of("credited", FindingTexts.money(credited))));
        }
        return parts.isEmpty() ? texts.render("proof.none", Map.of()) : String.join("; ", parts);
    }
}
