package io.taxrecon.core.statutes;

import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.findings.FindingDraft;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.notices.JudgedNotice;
import io.taxrecon.core.values.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * COLLECTION_STATUTE findings, per TIN-year owing more than the tolerance on the run date: HIGH
 * when an open balance notice bills it and every assessment is past its CSED (ask for a write-off,
 * do not pay); else LOW when its latest CSED falls within 12 months after the run date (a fact for
 * choosing between a payment plan, an offer and Currently Not Collectible status).
 */
public final class StatuteFindings {

    /** How far ahead a statute counts as ending soon: 12 months, inclusive. */
    public static final int NEAR_MONTHS = 12;

    private final FindingTexts texts;
    private final LocalDate runDate;
    private final BigDecimal tolerance;

    public StatuteFindings(FindingTexts texts, LocalDate runDate, BigDecimal tolerance) {
        this.texts = texts;
        this.runDate = runDate;
        this.tolerance = tolerance;
    }

    public List<FindingDraft> findings(List<YearStatute> statutes, List<JudgedNotice> notices, AccountBalance account) {
        List<FindingDraft> drafts = new ArrayList<>();
        for (YearStatute year : statutes) {
            Optional<AssessmentStatute> deciding = year.deciding();
            BigDecimal balance = account.balance(year.tin(), year.taxYear(), runDate);
            if (deciding.isEmpty() || balance == null || balance.compareTo(tolerance) <= 0) {
                continue;
            }
            Optional<JudgedNotice> billing = notices.stream()
                    .filter(j -> j.live() && j.claimsBalance() && j.notice().tin().equals(year.tin())
                            && j.notice().taxYear() == year.taxYear())
                    .min(JudgedNotice.BEARING_ORDER);
            LocalDate csed = deciding.get().csed();
            Map<String, String> values = new HashMap<>();
            values.put("year", Integer.toString(year.taxYear()));
            values.put("csed", csed.toString());
            values.put("balance", FindingTexts.money(balance));
            values.put("suspensions", describe(year.suspensions()));
            if (billing.isPresent() && year.expiredOn(runDate)) {
                JudgedNotice notice = billing.get();
                values.put("code", notice.notice().noticeCode());
                values.put("noticeId", notice.notice().noticeId());
                values.put("to", texts.render("to.notice", Map.of("code", notice.notice().noticeCode())));
                values.put("contact", texts.render("contact.notice", Map.of("code", notice.notice().noticeCode())));
                List<SourceRef> evidence = evidence(year);
                evidence.add(0, notice.notice().source());
                String action = texts.render("COLLECTION_STATUTE.action.expired", values);
                drafts.add(new FindingDraft(year.taxYear(), FindingType.COLLECTION_STATUTE, deciding.get().reference(),
                        balance, null, balance, texts.render("COLLECTION_STATUTE.explanation.expired", values),
                        n -> action, evidence).about(notice).graded(Severity.HIGH));
            } else if (csed.isAfter(runDate) && !csed.isAfter(runDate.plusMonths(NEAR_MONTHS))) {
                String action = texts.render("COLLECTION_STATUTE.action.near", values);
                drafts.add(new FindingDraft(year.taxYear(), FindingType.COLLECTION_STATUTE, deciding.get().reference(),
                        balance, null, balance, texts.render("COLLECTION_STATUTE.explanation.near", values),
                        n -> action, evidence(year)).graded(Severity.LOW));
            }
        }
        return drafts;
    }

    /** "offer in compromise pending 2018-03-01 to 2018-10-01 (214 days); ...", or "no suspension". */
    private String describe(List<Suspension> suspensions) {
        if (suspensions.isEmpty()) {
            return texts.render("csed.none", Map.of());
        }
        return suspensions.stream().map(s -> texts.render("csed.suspension", Map.of(
                "kind", texts.has("csed.kind." + s.kind()) ? texts.render("csed.kind." + s.kind(), Map.of()) : s.kind(),
                "from", s.start().toString(), "until", s.end().toString(), "days", Long.toString(s.days()))))
                .collect(Collectors.joining("; "));
    }

    /** The assessments and the lines that opened and closed the suspensions. */
    private static List<SourceRef> evidence(YearStatute year) {
        Set<SourceRef> refs = new LinkedHashSet<>();
        year.assessments().forEach(a -> refs.add(a.assessment().source()));
        for (Suspension s : year.suspensions()) {
            refs.add(s.opening().source());
            if (s.closing() != null) {
                refs.add(s.closing().source());
            }
        }
        return new ArrayList<>(refs);
    }
}
