package io.taxrecon.core.income;

import io.taxrecon.core.findings.FindingDraft;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.notices.JudgedNotice;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.values.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Words what the income reconciliation found: duplicate information returns, unreported or
 * under-reported income (naming the documents, and the one that probably was left off), and
 * withholding that disagrees. A live proposal notice (CP2000 ...) of the year shapes the step.
 */
public final class IncomeFindings {

    private final IncomeReconciler income;
    private final BoxCategoryMap boxes;
    private final BigDecimal tolerance;
    private final FindingTexts texts;
    private final LocalDate runDate;

    public IncomeFindings(IncomeReconciler income, BoxCategoryMap boxes, BigDecimal tolerance, FindingTexts texts,
            LocalDate runDate) {
        this.income = income;
        this.boxes = boxes;
        this.tolerance = tolerance;
        this.texts = texts;
        this.runDate = runDate;
    }

    public List<FindingDraft> findings(IncomeResult result, List<ReturnLine> returnLines, List<JudgedNotice> notices) {
        List<FindingDraft> drafts = new ArrayList<>();
        result.duplicates().forEach(dup -> drafts.add(duplicate(dup)));
        for (CategoryComparison c : result.comparisons()) {
            if (c.finding() != null) {
                drafts.add(gap(c, returnLines, notices));
            }
        }
        for (IncomeResult.Withholding w : result.withholding()) {
            FindingDraft draft = withholding(w);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        return drafts;
    }

    private FindingDraft duplicate(IncomeResult.Duplicate dup) {
        IncomeDocument repeat = dup.repeat();
        BigDecimal amount = repeat.boxes().stream()
                .filter(r -> boxes.find(r.formType(), r.box()).map(c -> c != Category.FEDERAL_WITHHOLDING).orElse(false))
                .map(InformationReturn::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, String> values = Map.of("form", repeat.formType().label(), "payer", payer(repeat),
                "year", Integer.toString(repeat.taxYear()), "reference", repeat.documentId(),
                "original", dup.original().documentId(), "amount", FindingTexts.money(amount));
        List<SourceRef> evidence = new ArrayList<>();
        repeat.boxes().forEach(r -> evidence.add(r.source()));
        dup.original().boxes().forEach(r -> evidence.add(r.source()));
        return new FindingDraft(repeat.taxYear(), FindingType.DUPLICATE_INFORMATION_RETURN, repeat.documentId(),
                amount, null, null, texts.render("DUPLICATE_INFORMATION_RETURN.explanation", values),
                n -> texts.render("DUPLICATE_INFORMATION_RETURN.action", values), evidence);
    }

    private FindingDraft gap(CategoryComparison c, List<ReturnLine> returnLines, List<JudgedNotice> notices) {
        BigDecimal returned = c.returnAmount() == null ? BigDecimal.ZERO : c.returnAmount();
        BigDecimal gap = c.irsTotal().subtract(returned);
        List<SourceRef> evidence = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        IncomeDocument probable = null;
        for (IncomeDocument d : c.documents()) {
            if (d.status() != IncomeDocument.Status.COUNTED) {
                continue;
            }
            income.rowsIn(d, c.reference()).forEach(r -> evidence.add(r.source()));
            BigDecimal docAmount = income.amountIn(d, c.reference());
            listed.add(d.formType().label() + " " + d.documentId() + " from " + payer(d) + " "
                    + FindingTexts.money(docAmount));
            if (probable == null && docAmount.subtract(gap).abs().compareTo(tolerance) <= 0) {
                probable = d;
            }
        }
        for (ReturnLine line : returnLines) {
            if (line.taxYear() == c.taxYear() && line.category() != null
                    && IncomeReconciler.referenceOf(line.category()) == c.reference()) {
                evidence.add(line.source());
            }
        }
        Map<String, String> values = new HashMap<>();
        values.put("category", c.reference().name());
        values.put("year", Integer.toString(c.taxYear()));
        values.put("irsTotal", FindingTexts.money(c.irsTotal()));
        values.put("returnAmount", FindingTexts.money(returned));
        values.put("gap", FindingTexts.money(gap));
        values.put("documents", String.join("; ", listed));
        values.put("probable", probable == null ? "" : texts.render("income.probable", Map.of(
                "document", probable.formType().label() + " " + probable.documentId(), "payer", payer(probable),
                "docAmount", FindingTexts.money(income.amountIn(probable, c.reference())))));
        // only a live proposal is answered: a CP2000 already followed by a bill is history
        JudgedNotice proposal = notices.stream()
                .filter(v -> v.notice().taxYear() == c.taxYear() && v.live()
                        && v.stage() == NoticeType.CollectionStage.PROPOSED_ADJUSTMENT)
                .min(JudgedNotice.BEARING_ORDER).orElse(null);
        Function<JudgedNotice, String> action;
        if (proposal == null) {
            action = n -> texts.render("income.action", values);
        } else {
            Map<String, String> withProposal = new HashMap<>(values);
            withProposal.put("code", proposal.notice().noticeCode());
            withProposal.put("due", proposal.stepDueText(texts, runDate));
            action = n -> texts.render("income.action.proposal", withProposal);
        }
        return new FindingDraft(c.taxYear(), c.finding(), c.reference().name(), c.irsTotal(), returned, gap,
                texts.render(c.finding().name() + ".explanation", values), action, evidence);
    }

    private FindingDraft withholding(IncomeResult.Withholding w) {
        List<BigDecimal> present = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        if (w.documents() != null) {
            present.add(w.documents());
            figures.add(texts.render("withholding.documents", Map.of("amount", FindingTexts.money(w.documents()))));
        }
        if (w.returned() != null) {
            present.add(w.returned());
            figures.add(texts.render("withholding.return", Map.of("amount", FindingTexts.money(w.returned()))));
        }
        if (w.transcript() != null) {
            present.add(w.transcript());
            figures.add(texts.render("withholding.transcript", Map.of("amount", FindingTexts.money(w.transcript()))));
        }
        if (present.size() < 2) {
            return null;
        }
        BigDecimal max = present.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = present.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal difference = max.subtract(min);
        if (difference.compareTo(tolerance) <= 0) {
            return null;
        }
        Map<String, String> values = Map.of("year", Integer.toString(w.taxYear()), "figures",
                String.join(", ", figures), "difference", FindingTexts.money(difference));
        BigDecimal irs = w.transcript() != null ? w.transcript() : w.documents();
        return new FindingDraft(w.taxYear(), FindingType.WITHHOLDING_MISMATCH, Category.FEDERAL_WITHHOLDING.name(),
                irs, w.returned(), difference, texts.render("WITHHOLDING_MISMATCH.explanation", values),
                n -> texts.render("WITHHOLDING_MISMATCH.action", withNotice(values, n)), w.evidence());
    }

    private Map<String, String> withNotice(Map<String, String> values, JudgedNotice n) {
        Map<String, String> all = new HashMap<>(values);
        Map<String, String> code = n == null ? Map.of() : Map.of("code", n.notice().noticeCode());
        all.put("to", texts.render(n == null ? "to.none" : "to.notice", code));
        all.put("contact", texts.render(n == null ? "contact.none" : "contact.notice", code));
        return all;
    }

    private static String payer(IncomeDocument d) {
        return d.payerName() == null || d.payerName().isBlank() ? "an unnamed payer" : d.payerName();
    }
}
