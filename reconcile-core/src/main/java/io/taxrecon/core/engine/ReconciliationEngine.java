package io.taxrecon.core.engine;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.CategoryComparison;
import io.taxrecon.core.income.IncomeDocument;
import io.taxrecon.core.income.IncomeReconciler;
import io.taxrecon.core.income.IncomeResult;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.payments.PaymentMatch;
import io.taxrecon.core.payments.PaymentMatcher;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reconciles one client's records: payments against IRS credits, W-2/1099 income and
 * withholding against the return, and each notice against the transcript, as SPEC.md "The rules in
 * detail" and docs/RULES.md define. Pure and deterministic: the result depends only on the
 * catalogs, the settings and the records (not on their order), so one engine may serve many
 * threads.
 */
public final class ReconciliationEngine {

    private static final Comparator<SourceRef> SOURCE_ORDER = Comparator.comparing(SourceRef::file)
            .thenComparing(SourceRef::sheet).thenComparingLong(SourceRef::line);

    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparingInt(Finding::taxYear)
            .thenComparing(Finding::type)
            .thenComparing(Finding::reference, NaturalOrder.INSTANCE)
            .thenComparing(Finding::explanation)
            .thenComparing(f -> f.evidence().toString());

    private final Catalogs catalogs;
    private final ReconciliationSettings settings;
    private final FindingTexts texts;
    private final PaymentMatcher matcher;
    private final IncomeReconciler income;

    public ReconciliationEngine(Catalogs catalogs, ReconciliationSettings settings) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.texts = catalogs.texts();
        this.matcher = new PaymentMatcher(catalogs.transactionCodes(), settings.windowDaysBefore(),
                settings.windowDaysAfter(), settings.reversalDays(), settings.runDate());
        this.income = new IncomeReconciler(catalogs.boxes(), catalogs.transactionCodes(), settings.tolerance(), texts);
    }

    public ClientReconciliation reconcile(ClientRecords records) {
        Client client = records.client();
        List<NoticeView> notices = records.notices().stream()
                .map(this::view)
                .sorted(Comparator.comparing((NoticeView v) -> v.notice.noticeId(), NaturalOrder.INSTANCE)
                        .thenComparing(v -> v.notice.source(), SOURCE_ORDER))
                .toList();
        Map<Integer, NoticeView> bearing = new HashMap<>();
        for (NoticeView v : notices) {
            bearing.merge(v.notice.taxYear(), v, (a, b) -> BEARING_ORDER.compare(a, b) <= 0 ? a : b);
        }

        List<Draft> drafts = new ArrayList<>();
        List<PaymentMatch> matches = matcher.match(client, records.payments(), records.transactions());
        List<PaymentOutcome> outcomes = new ArrayList<>();
        for (PaymentMatch match : matches) {
            outcomes.add(outcome(client, match));
            paymentFindings(client, match, drafts);
        }
        IncomeResult incomeResult = income.reconcile(client, records.informationReturns(), records.returnLines(),
                records.transactions());
        incomeFindings(records, incomeResult, notices, drafts);
        identityFindings(client, records, incomeResult, drafts);

        List<NoticeAssessment> assessments = new ArrayList<>();
        for (NoticeView v : notices) {
            NoticeAssessment assessment = assess(v, records.transactions(), matches);
            assessments.add(assessment);
            noticeFindings(v, assessment, records.transactions(), drafts);
        }
        assessments.sort(Comparator.comparing(NoticeAssessment::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.notice().noticeId(), NaturalOrder.INSTANCE)
                .thenComparing(a -> a.notice().source(), SOURCE_ORDER));

        List<Finding> findings = new ArrayList<>();
        for (Draft draft : drafts) {
            findings.add(finish(client.clientId(), draft, draft.notice != null ? draft.notice : bearing.get(draft.taxYear)));
        }
        findings.sort(FINDING_ORDER);
        return new ClientReconciliation(records, findings, outcomes, incomeResult.comparisons(), assessments);
    }

    // ---------------------------------------------------------------- notices

    /** A notice with its catalog entry and due date. */
    private record NoticeView(Notice notice, NoticeType type, LocalDate due) {
    }

    /** The notice a finding bears on: earliest due date (none last), then lower notice_id. */
    private static final Comparator<NoticeView> BEARING_ORDER =
            Comparator.comparing(NoticeView::due, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(v -> v.notice.noticeId(), NaturalOrder.INSTANCE)
                    .thenComparing(v -> v.notice.source(), SOURCE_ORDER);

    private NoticeView view(Notice notice) {
        NoticeType type = catalogs.notices().find(notice.noticeCode()).orElse(null);
        LocalDate due = notice.responseDueDate();
        if (due == null && type != null && type.responseDays() > 0 && notice.noticeDate() != null) {
            due = notice.noticeDate().plusDays(type.responseDays());
        }
        return new NoticeView(notice, type, due);
    }

    private static boolean balanceStage(NoticeType type) {
        return type != null && switch (type.stage()) {
            case BALANCE_DUE, REMINDER, INTENT_TO_LEVY, FINAL_NOTICE -> true;
            default -> false;
        };
    }

    private NoticeAssessment assess(NoticeView v, List<TranscriptTransaction> transactions, List<PaymentMatch> matches) {
        Notice n = v.notice;
        BigDecimal claimed = n.amountDue() == null ? BigDecimal.ZERO : n.amountDue();
        BigDecimal balance = transcriptBalance(transactions, n.tin(), n.taxYear());
        List<NoticeAssessment.Adjustment> adjustments = new ArrayList<>();
        for (PaymentMatch m : matches) {
            Payment p = m.payment();
            if (!p.tin().equals(n.tin()) || p.taxYear() != n.taxYear()) {
                continue;
            }
            BigDecimal credit = switch (m.status()) {
                case UNPOSTED, MISAPPLIED_YEAR, MISAPPLIED_TIN -> p.amount().abs();
                case AMOUNT_MISMATCH -> p.amount().abs().subtract(m.other().magnitude()).max(BigDecimal.ZERO);
                default -> BigDecimal.ZERO;
            };
            if (credit.signum() > 0) {
                FindingType type = paymentFindingType(m.status());
                adjustments.add(new NoticeAssessment.Adjustment(type, p.paymentId(),
                        texts.render("bridge.payment", Map.of("paymentId", p.paymentId(), "status", type.name())),
                        credit.negate()));
            }
        }
        if (balanceStage(v.type) && balance != null) {
            BigDecimal unexplained = claimed.subtract(balance);
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
        Long daysLeft = v.due == null ? null : ChronoUnit.DAYS.between(settings.runDate(), v.due);
        return new NoticeAssessment(n, v.type, io.taxrecon.core.notices.NoticeStatus.open("open"), v.due, daysLeft,
                claimed, balance, adjustments, supported, null, null, null, noticeAction(v, claimed, supported));
    }

    private String noticeAction(NoticeView v, BigDecimal claimed, BigDecimal supported) {
        Notice n = v.notice;
        if (v.type == null) {
            return texts.render("UNKNOWN_NOTICE_CODE.action", Map.of());
        }
        Map<String, String> values = Map.of("code", n.noticeCode(), "due", due(v), "claimed", FindingTexts.money(claimed),
                "supported", FindingTexts.money(supported));
        String template = catalogs.notices().nextStep(n.noticeCode()).orElse(null);
        String action = template != null ? FindingTexts.fill(template, values)
                : texts.render(v.due == null ? "notice.action.nodue" : "notice.action.generic", values);
        if (n.penalty() != null && n.penalty().signum() > 0) {
            action += texts.render("notice.action.penalty", Map.of("penalty", FindingTexts.money(n.penalty())));
        }
        return action;
    }

    private String due(NoticeView v) {
        return v == null || v.due == null ? texts.render("due.none", Map.of()) : v.due.toString();
    }

    /** Debits − credits of the TIN-year's catalogued transactions; null when the records hold none of that TIN-year. */
    private BigDecimal transcriptBalance(List<TranscriptTransaction> transactions, Tin tin, int year) {
        BigDecimal balance = null;
        for (TranscriptTransaction t : transactions) {
            if (!t.tin().equals(tin) || t.taxYear() != year) {
                continue;
            }
            balance = balance == null ? BigDecimal.ZERO : balance;
            var code = catalogs.transactionCodes().find(t.transactionCode());
            if (code.isPresent()) {
                balance = balance.add(code.get().balanceEffect(t));
            }
        }
        return balance;
    }

    private void noticeFindings(NoticeView v, NoticeAssessment assessment, List<TranscriptTransaction> transactions,
                                List<Draft> drafts) {
        Notice n = v.notice;
        Map<String, String> values = new HashMap<>();
        values.put("code", n.noticeCode());
        values.put("noticeId", n.noticeId());
        values.put("year", Integer.toString(n.taxYear()));
        values.put("claimed", FindingTexts.money(assessment.claimed()));
        values.put("due", due(v));
        values.put("title", v.type == null ? n.noticeCode() : v.type.title());
        values.put("supported", FindingTexts.money(assessment.supported()));
        values.put("contact", texts.render("contact.notice", Map.of("code", n.noticeCode())));

        if (v.due != null && assessment.daysLeft() <= settings.deadlineSoonDays()) {
            long days = assessment.daysLeft();
            values.put("daysLeft", Long.toString(days));
            values.put("daysOverdue", Long.toString(-days));
            String explanation = texts.render(days >= 0 ? "RESPONSE_DEADLINE.explanation.soon"
                    : "RESPONSE_DEADLINE.explanation.overdue", values);
            String action = v.type == null ? texts.render("RESPONSE_DEADLINE.action.unknown", values)
                    : assessment.recommendedAction();
            drafts.add(new Draft(n.taxYear(), FindingType.RESPONSE_DEADLINE, n.noticeId(), n.amountDue(), null, null,
                    explanation, x -> action, List.of(n.source())).about(v));
        }
        if (v.type == null) {
            drafts.add(new Draft(n.taxYear(), FindingType.UNKNOWN_NOTICE_CODE, n.noticeId(), n.amountDue(), null, null,
                    texts.render("UNKNOWN_NOTICE_CODE.explanation", values),
                    x -> texts.render("UNKNOWN_NOTICE_CODE.action", values), List.of(n.source())).about(v));
        }
        if (balanceStage(v.type) && assessment.balanceOnNoticeDate() != null && n.amountDue() != null) {
            BigDecimal difference = n.amountDue().subtract(assessment.balanceOnNoticeDate());
            if (difference.abs().compareTo(settings.tolerance()) > 0) {
                values.put("balance", FindingTexts.money(assessment.balanceOnNoticeDate()));
                values.put("difference", FindingTexts.money(difference));
                List<SourceRef> evidence = new ArrayList<>();
                evidence.add(n.source());
                // the transcript lines of the notice's TIN and year are the proof of the balance
                transactions.stream().filter(t -> t.tin().equals(n.tin()) && t.taxYear() == n.taxYear())
                        .forEach(t -> evidence.add(t.source()));
                drafts.add(new Draft(n.taxYear(), FindingType.NOTICE_BALANCE_MISMATCH, n.noticeId(), n.amountDue(),
                        assessment.balanceOnNoticeDate(), difference,
                        texts.render("NOTICE_BALANCE_MISMATCH.explanation", values),
                        x -> texts.render("NOTICE_BALANCE_MISMATCH.action", values), evidence).about(v));
            }
        }
    }

    // ---------------------------------------------------------------- payments

    private static FindingType paymentFindingType(PaymentOutcome.Status status) {
        return switch (status) {
            case UNPOSTED -> FindingType.UNPOSTED_PAYMENT;
            case MISAPPLIED_YEAR -> FindingType.MISAPPLIED_PAYMENT_YEAR;
            case MISAPPLIED_TIN -> FindingType.MISAPPLIED_PAYMENT_TIN;
            case AMOUNT_MISMATCH -> FindingType.PAYMENT_AMOUNT_MISMATCH;
            case DISHONORED -> FindingType.DISHONORED_PAYMENT;
            case DUPLICATE_POSTING -> FindingType.DUPLICATE_POSTING;
            default -> null;
        };
    }

    private Map<String, String> paymentValues(Client client, Payment p) {
        Map<String, String> values = new HashMap<>();
        String methodName = p.method() == null || !texts.has("method." + p.method())
                ? "" : texts.render("method." + p.method(), Map.of());
        values.put("amount", FindingTexts.money(p.amount().abs()));
        values.put("method", methodName.isEmpty() ? "" : " " + methodName);
        values.put("date", p.paymentDate().toString());
        values.put("year", Integer.toString(p.taxYear()));
        values.put("paymentId", p.paymentId());
        values.put("tin", p.tin().masked());
        boolean hasConfirmation = p.confirmationNumber() != null && !p.confirmationNumber().isBlank();
        values.put("confirmation", hasConfirmation ? " (confirmation " + p.confirmationNumber() + ")" : "");
        values.put("methodName", methodName.isEmpty() ? "payment" : methodName);
        values.put("confirmationNumber", hasConfirmation ? p.confirmationNumber() : "");
        String proof;
        if (hasConfirmation) {
            proof = texts.render("proof.confirmation", values);
        } else if ("CHECK".equals(p.method())) {
            proof = texts.render("proof.check", values);
        } else {
            proof = texts.render("proof.other", values);
        }
        values.put("proof", proof);
        return values;
    }

    private static void putCredit(Map<String, String> values, TranscriptTransaction credit) {
        values.put("credit", FindingTexts.money(credit.magnitude()));
        values.put("creditDate", credit.transactionDate().toString());
        values.put("creditYear", Integer.toString(credit.taxYear()));
        values.put("creditTin", credit.tin().masked());
        values.put("creditCode", credit.transactionCode());
    }

    private void paymentFindings(Client client, PaymentMatch m, List<Draft> drafts) {
        Payment p = m.payment();
        BigDecimal amount = p.amount().abs();
        List<SourceRef> evidence = new ArrayList<>();
        evidence.add(p.source());
        m.credits().forEach(t -> evidence.add(t.source()));
        if (m.other() != null) {
            evidence.add(m.other().source());
        }
        Map<String, String> values = paymentValues(client, p);
        switch (m.status()) {
            case UNPOSTED -> drafts.add(new Draft(p.taxYear(), FindingType.UNPOSTED_PAYMENT, p.paymentId(), null, amount,
                    amount, texts.render("UNPOSTED_PAYMENT.explanation", values),
                    n -> texts.render("UNPOSTED_PAYMENT.action", withNotice(values, n)), evidence));
            case MISAPPLIED_YEAR -> {
                putCredit(values, m.other());
                drafts.add(new Draft(p.taxYear(), FindingType.MISAPPLIED_PAYMENT_YEAR, p.paymentId(),
                        m.other().magnitude(), amount, amount, texts.render("MISAPPLIED_PAYMENT_YEAR.explanation", values),
                        n -> texts.render("MISAPPLIED_PAYMENT_YEAR.action", withNotice(values, n)), evidence));
            }
            case MISAPPLIED_TIN -> {
                putCredit(values, m.other());
                Tin other = m.other().tin();
                String whose = other.equals(client.spouseTin()) ? "whose.spouse"
                        : other.equals(client.tin()) ? "whose.client" : "whose.transposed";
                values.put("whose", texts.render(whose, Map.of()));
                drafts.add(new Draft(p.taxYear(), FindingType.MISAPPLIED_PAYMENT_TIN, p.paymentId(),
                        m.other().magnitude(), amount, amount, texts.render("MISAPPLIED_PAYMENT_TIN.explanation", values),
                        n -> texts.render("MISAPPLIED_PAYMENT_TIN.action", withNotice(values, n)), evidence));
            }
            case AMOUNT_MISMATCH -> {
                putCredit(values, m.other());
                BigDecimal credit = m.other().magnitude();
                BigDecimal difference = amount.subtract(credit).abs();
                values.put("difference", FindingTexts.money(difference));
                String actionKey = amount.compareTo(credit) > 0
                        ? "PAYMENT_AMOUNT_MISMATCH.action.short" : "PAYMENT_AMOUNT_MISMATCH.action.over";
                drafts.add(new Draft(p.taxYear(), FindingType.PAYMENT_AMOUNT_MISMATCH, p.paymentId(), credit, amount,
                        difference, texts.render("PAYMENT_AMOUNT_MISMATCH.explanation", values),
                        n -> texts.render(actionKey, withNotice(values, n)), evidence));
            }
            default -> {
                // matched (possibly with a duplicate or a reversal), or pending
            }
        }
        if (m.duplicate() != null) {
            putCredit(values, m.credits().get(0));
            values.put("duplicateDate", m.duplicate().transactionDate().toString());
            List<SourceRef> dupEvidence = new ArrayList<>(evidence);
            dupEvidence.add(m.duplicate().source());
            drafts.add(new Draft(p.taxYear(), FindingType.DUPLICATE_POSTING, p.paymentId(), m.duplicate().magnitude(),
                    amount, amount, texts.render("DUPLICATE_POSTING.explanation", values),
                    n -> texts.render("DUPLICATE_POSTING.action", withNotice(values, n)), dupEvidence));
        }
        if (!m.reversals().isEmpty()) {
            TranscriptTransaction reversal = m.reversals().get(0);
            TranscriptTransaction reversed = m.credits().stream()
                    .filter(c -> c.magnitude().compareTo(reversal.magnitude()) == 0).findFirst().orElse(m.credits().get(0));
            putCredit(values, reversed);
            values.put("reversalCode", reversal.transactionCode());
            values.put("reversalDate", reversal.transactionDate().toString());
            List<SourceRef> revEvidence = new ArrayList<>(evidence);
            m.reversals().forEach(r -> revEvidence.add(r.source()));
            drafts.add(new Draft(p.taxYear(), FindingType.DISHONORED_PAYMENT, p.paymentId(), reversed.magnitude(),
                    amount, amount, texts.render("DISHONORED_PAYMENT.explanation", values),
                    n -> texts.render("DISHONORED_PAYMENT.action", withNotice(values, n)), revEvidence));
        }
    }

    private PaymentOutcome outcome(Client client, PaymentMatch m) {
        Payment p = m.payment();
        Map<String, String> values = paymentValues(client, p);
        List<TranscriptTransaction> shown = new ArrayList<>(m.credits());
        if (m.duplicate() != null) {
            shown.add(m.duplicate());
            values.put("duplicateDate", m.duplicate().transactionDate().toString());
        }
        shown.addAll(m.reversals());
        if (m.other() != null) {
            shown.add(m.other());
            putCredit(values, m.other());
        }
        if (!m.credits().isEmpty()) {
            putCredit(values, m.credits().get(0));
        }
        if (!m.reversals().isEmpty()) {
            values.put("reversalCode", m.reversals().get(0).transactionCode());
            values.put("reversalDate", m.reversals().get(0).transactionDate().toString());
        }
        values.put("count", Integer.toString(m.credits().size()));
        values.put("credits", m.credits().stream()
                .map(c -> FindingTexts.money(c.magnitude()) + " on " + c.transactionDate())
                .collect(Collectors.joining(", ")));
        values.put("windowEnd", p.paymentDate().plusDays(settings.windowDaysAfter()).toString());
        String note = texts.render("outcome." + m.status().name(), values);
        if (m.duplicate() != null && !m.reversals().isEmpty()) {
            note += " " + texts.render("outcome.DUPLICATE_POSTING", values);
        }
        return new PaymentOutcome(p, m.status(), shown, note);
    }

    private Map<String, String> withNotice(Map<String, String> values, NoticeView n) {
        Map<String, String> all = new HashMap<>(values);
        if (n == null) {
            all.put("to", texts.render("to.none", Map.of()));
            all.put("contact", texts.render("contact.none", Map.of()));
        } else {
            Map<String, String> code = Map.of("code", n.notice.noticeCode());
            all.put("to", texts.render("to.notice", code));
            all.put("contact", texts.render("contact.notice", code));
        }
        return all;
    }

    // ---------------------------------------------------------------- income

    private void incomeFindings(ClientRecords records, IncomeResult result, List<NoticeView> notices, List<Draft> drafts) {
        for (IncomeResult.Duplicate dup : result.duplicates()) {
            IncomeDocument repeat = dup.repeat();
            BigDecimal amount = repeat.boxes().stream()
                    .filter(r -> catalogs.boxes().find(r.formType(), r.box())
                            .map(c -> c != io.taxrecon.core.income.Category.FEDERAL_WITHHOLDING).orElse(false))
                    .map(InformationReturn::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, String> values = Map.of("form", repeat.formType().label(), "payer", payer(repeat),
                    "year", Integer.toString(repeat.taxYear()), "reference", repeat.documentId(),
                    "original", dup.original().documentId(), "amount", FindingTexts.money(amount));
            List<SourceRef> evidence = new ArrayList<>();
            repeat.boxes().forEach(r -> evidence.add(r.source()));
            dup.original().boxes().forEach(r -> evidence.add(r.source()));
            drafts.add(new Draft(repeat.taxYear(), FindingType.DUPLICATE_INFORMATION_RETURN, repeat.documentId(),
                    amount, null, null, texts.render("DUPLICATE_INFORMATION_RETURN.explanation", values),
                    n -> texts.render("DUPLICATE_INFORMATION_RETURN.action", values), evidence));
        }
        for (CategoryComparison c : result.comparisons()) {
            if (c.finding() == null) {
                continue;
            }
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
                if (probable == null && docAmount.subtract(gap).abs().compareTo(settings.tolerance()) <= 0) {
                    probable = d;
                }
            }
            for (ReturnLine line : records.returnLines()) {
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
            NoticeView proposal = notices.stream()
                    .filter(v -> v.notice.taxYear() == c.taxYear() && v.type != null
                            && v.type.stage() == NoticeType.CollectionStage.PROPOSED_ADJUSTMENT)
                    .min(BEARING_ORDER).orElse(null);
            Function<NoticeView, String> action = proposal == null
                    ? n -> texts.render("income.action", values)
                    : n -> texts.render("income.action.proposal", merged(values,
                            Map.of("code", proposal.notice.noticeCode(), "due", due(proposal))));
            drafts.add(new Draft(c.taxYear(), c.finding(), c.reference().name(), c.irsTotal(), returned, gap,
                    texts.render(c.finding().name() + ".explanation", values), action, evidence));
        }
        for (IncomeResult.Withholding w : result.withholding()) {
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
                continue;
            }
            BigDecimal max = present.stream().max(BigDecimal::compareTo).orElseThrow();
            BigDecimal min = present.stream().min(BigDecimal::compareTo).orElseThrow();
            BigDecimal difference = max.subtract(min);
            if (difference.compareTo(settings.tolerance()) <= 0) {
                continue;
            }
            Map<String, String> values = Map.of("year", Integer.toString(w.taxYear()), "figures",
                    String.join(", ", figures), "difference", FindingTexts.money(difference));
            BigDecimal irs = w.transcript() != null ? w.transcript() : w.documents();
            drafts.add(new Draft(w.taxYear(), FindingType.WITHHOLDING_MISMATCH,
                    io.taxrecon.core.income.Category.FEDERAL_WITHHOLDING.name(), irs, w.returned(), difference,
                    texts.render("WITHHOLDING_MISMATCH.explanation", values),
                    n -> texts.render("WITHHOLDING_MISMATCH.action", withNotice(values, n)), w.evidence()));
        }
    }

    private static String payer(IncomeDocument d) {
        return d.payerName() == null || d.payerName().isBlank() ? "an unnamed payer" : d.payerName();
    }

    private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }

    // ---------------------------------------------------------------- identity

    private void identityFindings(Client client, ClientRecords records, IncomeResult incomeResult, List<Draft> drafts) {
        String tin = client.tin().masked();
        for (Notice n : records.notices()) {
            if (!client.owns(n.tin())) {
                drafts.add(identity(n.taxYear(), "notice", n.noticeId(), n.tin(), tin, n.amountDue(), null,
                        n.source()).about(view(n)));
            }
        }
        for (Payment p : records.payments()) {
            if (!client.owns(p.tin())) {
                drafts.add(identity(p.taxYear(), "payment", p.paymentId(), p.tin(), tin, null, p.amount(), p.source()));
            }
        }
        for (ReturnLine line : records.returnLines()) {
            if (!client.owns(line.tin())) {
                drafts.add(identity(line.taxYear(), "return line", line.source().toString(), line.tin(), tin, null,
                        line.amount(), line.source()));
            }
        }
        for (IncomeDocument d : incomeResult.misaddressed()) {
            Draft draft = identity(d.taxYear(), d.formType().label(), d.documentId(), d.recipientTin(), tin, null, null,
                    d.boxes().get(0).source());
            d.boxes().forEach(r -> draft.evidence.add(r.source()));
            drafts.add(draft);
        }
    }

    private Draft identity(int year, String what, String id, Tin recordTin, String clientTin, BigDecimal irs,
                           BigDecimal client, SourceRef source) {
        Map<String, String> values = Map.of("what", what, "id", id, "recordTin", recordTin.masked(), "tin", clientTin);
        return new Draft(year, FindingType.IDENTITY_MISMATCH, id, irs, client, null,
                texts.render("IDENTITY_MISMATCH.explanation", values),
                n -> texts.render("IDENTITY_MISMATCH.action", values), List.of(source));
    }

    // ---------------------------------------------------------------- finishing

    /** A finding before it knows its notice and severity. */
    private static final class Draft {
        final int taxYear;
        final FindingType type;
        final String reference;
        final BigDecimal irsAmount;
        final BigDecimal clientAmount;
        final BigDecimal difference;
        final String explanation;
        final Function<NoticeView, String> action;
        final List<SourceRef> evidence;
        NoticeView notice;

        Draft(int taxYear, FindingType type, String reference, BigDecimal irsAmount, BigDecimal clientAmount,
              BigDecimal difference, String explanation, Function<NoticeView, String> action, List<SourceRef> evidence) {
            this.taxYear = taxYear;
            this.type = type;
            this.reference = reference;
            this.irsAmount = irsAmount;
            this.clientAmount = clientAmount;
            this.difference = difference;
            this.explanation = explanation;
            this.action = action;
            this.evidence = new ArrayList<>(evidence);
        }

        /** A finding about a notice bears on that notice itself. */
        Draft about(NoticeView view) {
            this.notice = view;
            return this;
        }
    }

    private Finding finish(String clientId, Draft d, NoticeView notice) {
        LocalDate due = notice == null ? null : notice.due;
        Long daysLeft = due == null ? null : ChronoUnit.DAYS.between(settings.runDate(), due);
        NoticeType.CollectionStage stage = notice == null || notice.type == null ? null : notice.type.stage();
        BigDecimal atStake = d.difference != null ? d.difference
                : d.irsAmount != null ? d.irsAmount : d.clientAmount != null ? d.clientAmount : BigDecimal.ZERO;
        Set<SourceRef> evidence = new LinkedHashSet<>(d.evidence.stream().sorted(SOURCE_ORDER).toList());
        return new Finding(
                clientId, d.taxYear, d.type,
                catalogs.severity().severityOf(d.type, atStake.abs(), daysLeft, stage),
                d.reference, scale(d.irsAmount), scale(d.clientAmount), scale(d.difference),
                notice == null ? null : notice.notice.noticeId(), due,
                d.explanation, d.action.apply(notice), List.copyOf(evidence));
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount == null ? null : amount.setScale(Math.max(2, amount.scale()), java.math.RoundingMode.UNNECESSARY);
    }
}
