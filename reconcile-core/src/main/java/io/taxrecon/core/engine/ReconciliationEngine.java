package io.taxrecon.core.engine;

import io.taxrecon.core.abatement.AbatementReview;
import io.taxrecon.core.abatement.FirstTimeAbatement;
import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.accruals.AccrualRules;
import io.taxrecon.core.accruals.ClientAccruals;
import io.taxrecon.core.clients.Client;
import io.taxrecon.core.clients.IdentityFindings;
import io.taxrecon.core.findings.FindingDraft;
import io.taxrecon.core.income.IncomeFindings;
import io.taxrecon.core.income.IncomeReconciler;
import io.taxrecon.core.income.IncomeResult;
import io.taxrecon.core.notices.JudgedNotice;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeBridge;
import io.taxrecon.core.notices.NoticeFindings;
import io.taxrecon.core.notices.NoticeLog;
import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.payments.PaymentFindings;
import io.taxrecon.core.payments.PaymentMatch;
import io.taxrecon.core.payments.PaymentMatcher;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.statutes.CollectionStatutes;
import io.taxrecon.core.statutes.StatuteFindings;
import io.taxrecon.core.statutes.SuspensionRules;
import io.taxrecon.core.statutes.YearStatute;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reconciles one client's records, as SPEC.md "The rules in detail" and docs/RULES.md define: a
 * composition of rule families (payments, income, identity, notices judged in their history,
 * penalties and interest, the collection statute, First-Time Abatement)
 * whose drafts one finisher grades and orders. Pure and deterministic: the result depends only on
 * the catalogs, the settings and the records (not on their order), so one engine may serve many
 * threads.
 */
public final class ReconciliationEngine {

    private static final Comparator<NoticeAssessment> ASSESSMENT_ORDER =
            Comparator.comparing(NoticeAssessment::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(a -> a.notice().noticeId(), NaturalOrder.INSTANCE)
                    .thenComparing(a -> a.notice().source(), Comparator.comparing(SourceRef::file)
                            .thenComparing(SourceRef::sheet).thenComparingLong(SourceRef::line));

    private final Catalogs catalogs;
    private final PaymentMatcher matcher;
    private final IncomeReconciler income;
    private final PaymentFindings paymentFindings;
    private final IncomeFindings incomeFindings;
    private final IdentityFindings identityFindings;
    private final NoticeLog noticeLog;
    private final NoticeBridge bridge;
    private final NoticeFindings noticeFindings;
    private final CollectionStatutes statutes;
    private final StatuteFindings statuteFindings;
    private final FirstTimeAbatement abatement;
    private final AccrualRules accruals;
    private final FindingFinisher finisher;
    private final AnswerHorizon horizon;

    public ReconciliationEngine(Catalogs catalogs, ReconciliationSettings settings) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        Objects.requireNonNull(settings, "settings");
        var texts = catalogs.texts();
        this.matcher = new PaymentMatcher(catalogs.transactionCodes(), settings.windowDaysBefore(),
                settings.windowDaysAfter(), settings.reversalDays(), settings.runDate());
        this.income = new IncomeReconciler(catalogs.boxes(), catalogs.transactionCodes(), settings.tolerance(), texts);
        this.paymentFindings = new PaymentFindings(texts, settings.windowDaysAfter());
        this.incomeFindings = new IncomeFindings(income, catalogs.boxes(), settings.tolerance(), texts,
                settings.runDate());
        this.identityFindings = new IdentityFindings(texts);
        this.noticeLog = new NoticeLog(catalogs.notices(), catalogs.calendar(), texts, settings.runDate(),
                settings.tolerance());
        this.bridge = new NoticeBridge(catalogs.notices(), texts, settings.runDate());
        this.noticeFindings = new NoticeFindings(texts, settings.tolerance(), settings.deadlineSoonDays());
        this.statutes = new CollectionStatutes(catalogs.transactionCodes(), SuspensionRules.defaults(), settings.runDate());
        this.statuteFindings = new StatuteFindings(texts, settings.runDate(), settings.tolerance());
        this.abatement = new FirstTimeAbatement(catalogs.transactionCodes(), texts, settings.runDate());
        this.accruals = new AccrualRules(catalogs.accruals(), catalogs.transactionCodes(), catalogs.calendar(), texts,
                settings.runDate());
        this.finisher = new FindingFinisher(catalogs.severity(), settings.runDate());
        this.horizon = new AnswerHorizon(settings, catalogs.severity().daysLeftThresholds());
    }

    /**
     * The earliest date after the run date on which this client's answer could differ with the same
     * records, catalogs and settings: until the day before it, reconciling again gives the same
     * findings and figures, so a later night may carry them forward.
     */
    public LocalDate nextChange(ClientReconciliation reconciliation) {
        return horizon.after(reconciliation);
    }

    public ClientReconciliation reconcile(ClientRecords records) {
        Client client = records.client();
        AccountBalance account = new AccountBalance(records.transactions(), catalogs.transactionCodes());
        List<JudgedNotice> notices = noticeLog.judge(records.notices(), account);
        List<FindingDraft> drafts = new ArrayList<>();

        List<PaymentMatch> matches = matcher.match(client, records.payments(), records.transactions());
        ClientAccruals charges = accruals.compute(client, records.transactions(), records.notices(), matches, account);
        List<PaymentOutcome> outcomes = new ArrayList<>();
        for (PaymentMatch match : matches) {
            outcomes.add(paymentFindings.outcome(client, match));
            drafts.addAll(accruals.naming(charges, paymentFindings.findings(client, match)));
        }
        IncomeResult incomeResult = income.reconcile(client, records.informationReturns(), records.returnLines(),
                records.transactions());
        drafts.addAll(incomeFindings.findings(incomeResult, records.returnLines(), notices));
        drafts.addAll(identityFindings.findings(client, notices, records.payments(), records.returnLines(),
                incomeResult.misaddressed()));

        List<NoticeAssessment> assessments = new ArrayList<>();
        for (JudgedNotice notice : notices) {
            NoticeAssessment assessment = bridge.assess(notice, account, matches, charges);
            assessments.add(assessment);
            drafts.addAll(noticeFindings.findings(notice, assessment, account));
        }
        assessments.sort(ASSESSMENT_ORDER);

        // the client's own TINs only: a transposed TIN's lines are someone else's account
        List<Tin> own = client.spouseTin() == null ? List.of(client.tin()) : List.of(client.tin(), client.spouseTin());
        List<YearStatute> yearStatutes = statutes.of(records.transactions(), own);
        drafts.addAll(statuteFindings.findings(yearStatutes, notices, account));
        AbatementReview review = abatement.review(records.transactions(), account, own, yearStatutes);
        drafts.addAll(review.findings());
        return new ClientReconciliation(records, finisher.finish(client.clientId(), drafts, notices), outcomes,
                incomeResult.comparisons(), assessments, yearStatutes, review.unconfirmed(), charges);
    }
}
