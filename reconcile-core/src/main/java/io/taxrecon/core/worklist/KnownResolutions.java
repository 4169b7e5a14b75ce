package io.taxrecon.core.worklist;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.CategoryComparison;
import io.taxrecon.core.income.IncomeDocument;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeStatus;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Resolution hints gathered from tonight's records, one call per fact the engine sees: a payment
 * the IRS has now credited, a notice a later notice superseded or that was paid, a corrected
 * form. A fact applies to last night's findings of the kinds it explains, matched on client,
 * tax year and reference (a fact about payment P-3 explains UNPOSTED_PAYMENT P-3 as well as
 * PAYMENT_AMOUNT_MISMATCH P-3). {@link #from} reads the facts off the engine's reconciliation of
 * a client. Not thread-safe while being filled.
 */
public final class KnownResolutions implements ResolutionHints {

    /** The kinds whose reference is a payment_id, and which a credit posting resolves. */
    private static final Set<FindingType> PAYMENT_KINDS = EnumSet.of(FindingType.UNPOSTED_PAYMENT,
            FindingType.MISAPPLIED_PAYMENT_YEAR, FindingType.MISAPPLIED_PAYMENT_TIN, FindingType.PAYMENT_AMOUNT_MISMATCH);
    /** The kinds whose reference is a notice_id. */
    private static final Set<FindingType> NOTICE_KINDS = EnumSet.of(FindingType.RESPONSE_DEADLINE,
            FindingType.NOTICE_BALANCE_MISMATCH, FindingType.UNKNOWN_NOTICE_CODE, FindingType.IDENTITY_MISMATCH);
    /** The kinds whose reference is an income category (or FEDERAL_WITHHOLDING). */
    private static final Set<FindingType> INCOME_KINDS = EnumSet.of(FindingType.UNREPORTED_INCOME,
            FindingType.INCOME_AMOUNT_MISMATCH, FindingType.WITHHOLDING_MISMATCH);

    private static final Map<PaymentOutcome.Status, String> OTHER_CREDIT = Map.of(
            PaymentOutcome.Status.MISAPPLIED_YEAR, "to another tax year",
            PaymentOutcome.Status.MISAPPLIED_TIN, "to another TIN",
            PaymentOutcome.Status.AMOUNT_MISMATCH, "for another amount");

    private record Fact(String clientId, int taxYear, String reference) {
    }

    private record Reason(Set<FindingType> kinds, String text) {
    }

    private final Map<Fact, List<Reason>> reasons = new HashMap<>();
    private final Map<FindingKey, String> exact = new HashMap<>();

    /** The facts tonight's reconciliation of one client shows (see {@link #add(ClientReconciliation)}). */
    public static KnownResolutions from(ClientReconciliation reconciliation) {
        return new KnownResolutions().add(reconciliation);
    }

    /**
     * Adds the facts of one client's reconciliation: each payment now matched was credited on the
     * date of its (last) credit; a payment now posted to another year, TIN or amount has left
     * UNPOSTED_PAYMENT for that finding; each notice now history was superseded or paid; a
     * category that now agrees and counts a corrected form had that form arrive. A fact only
     * explains a finding that is gone, so a corrected form that changed nothing explains nothing.
     */
    public KnownResolutions add(ClientReconciliation reconciliation) {
        String clientId = reconciliation.records().client().clientId();
        for (PaymentOutcome outcome : reconciliation.payments()) {
            paymentFacts(clientId, outcome);
        }
        for (NoticeAssessment notice : reconciliation.notices()) {
            NoticeStatus status = notice.status();
            String noticeId = notice.notice().noticeId();
            int year = notice.notice().taxYear();
            if (status.state() == NoticeStatus.State.SUPERSEDED) {
                noticeSuperseded(clientId, year, noticeId, status.supersededByCode(), status.supersededBy(),
                        status.supersededOn());
            } else if (status.state() == NoticeStatus.State.PAID) {
                noticePaid(clientId, year, noticeId, status.paidOn());
            }
        }
        for (CategoryComparison comparison : reconciliation.income()) {
            if (comparison.finding() == null) {
                comparison.documents().stream()
                        .filter(d -> d.corrected() && d.status() == IncomeDocument.Status.COUNTED)
                        .findFirst()
                        .ifPresent(d -> correctedForm(clientId, comparison.taxYear(), comparison.reference().name(),
                                d.formType().label()));
            }
        }
        return this;
    }

    private void paymentFacts(String clientId, PaymentOutcome outcome) {
        var payment = outcome.payment();
        List<TranscriptTransaction> credits = outcome.credits();
        if (credits.isEmpty()) {
            return; // PENDING, UNPOSTED: nothing tonight explains a finding leaving
        }
        switch (outcome.status()) {
            // a split is credited when its last part posts
            case MATCHED, MATCHED_SPLIT -> paymentCredited(clientId, payment.taxYear(), payment.paymentId(),
                    credits.stream().map(TranscriptTransaction::transactionDate).max(LocalDate::compareTo).orElseThrow());
            // the first credit is the match; the ones after it are the repeat or the reversal
            case DUPLICATE_POSTING, DISHONORED -> paymentCredited(clientId, payment.taxYear(), payment.paymentId(),
                    credits.get(0).transactionDate());
            // last night's UNPOSTED_PAYMENT left because a credit appeared, just not the right one
            default -> reason(new FindingKey(clientId, payment.taxYear(), FindingType.UNPOSTED_PAYMENT.name(),
                    payment.paymentId()), "the IRS posted a credit for it on " + credits.get(0).transactionDate()
                    + ", " + OTHER_CREDIT.get(outcome.status()));
        }
    }

    /** The IRS credited payment {@code paymentId} on {@code creditedOn}. */
    public KnownResolutions paymentCredited(String clientId, int taxYear, String paymentId, LocalDate creditedOn) {
        return put(clientId, taxYear, paymentId, PAYMENT_KINDS, "the IRS credited the payment on " + creditedOn);
    }

    /** Notice {@code noticeId} was followed by the later notice {@code laterCode laterId} of {@code laterDate}. */
    public KnownResolutions noticeSuperseded(String clientId, int taxYear, String noticeId, String laterCode,
            String laterId, LocalDate laterDate) {
        return put(clientId, taxYear, noticeId, NOTICE_KINDS,
                "a later notice superseded it (" + laterCode + " " + laterId + " of " + laterDate + ")");
    }

    /** The balance notice {@code noticeId} claimed was paid off on {@code paidOn}. */
    public KnownResolutions noticePaid(String clientId, int taxYear, String noticeId, LocalDate paidOn) {
        return put(clientId, taxYear, noticeId, NOTICE_KINDS, "the notice's balance was paid on " + paidOn);
    }

    /** A corrected {@code formName} (e.g. "1099-NEC") arrived for the category {@code reference}. */
    public KnownResolutions correctedForm(String clientId, int taxYear, String reference, String formName) {
        return put(clientId, taxYear, reference, INCOME_KINDS, "a corrected " + formName + " arrived");
    }

    /** Any other reason the engine can name, for exactly one finding. */
    public KnownResolutions reason(FindingKey key, String reason) {
        exact.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(reason, "reason"));
        return this;
    }

    @Override
    public Optional<String> reasonFor(PriorFinding gone) {
        FindingKey key = gone.key();
        String exactReason = exact.get(key);
        if (exactReason != null) {
            return Optional.of(exactReason);
        }
        for (Reason reason : reasons.getOrDefault(new Fact(key.clientId(), key.taxYear(), key.reference()), List.of())) {
            if (reason.kinds().stream().anyMatch(key::is)) {
                return Optional.of(reason.text());
            }
        }
        return Optional.empty();
    }

    private KnownResolutions put(String clientId, int taxYear, String reference, Set<FindingType> kinds, String text) {
        // A list: a payment and a notice may share an id; each fact explains only its own kinds.
        reasons.computeIfAbsent(new Fact(Objects.requireNonNull(clientId, "clientId"), taxYear,
                Objects.requireNonNull(reference, "reference")), f -> new ArrayList<>()).add(new Reason(kinds, text));
        return this;
    }
}
