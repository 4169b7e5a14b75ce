package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.FindingType;
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
 * PAYMENT_AMOUNT_MISMATCH P-3). Not thread-safe while being filled.
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

    private record Fact(String clientId, int taxYear, String reference) {
    }

    private record Reason(Set<FindingType> kinds, String text) {
    }

    private final Map<Fact, List<Reason>> reasons = new HashMap<>();
    private final Map<FindingKey, String> exact = new HashMap<>();

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
