package io.taxrecon.core.payments;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.findings.FindingDraft;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.notices.JudgedNotice;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Words what the payment matcher found: the findings of a payment (UNPOSTED, MISAPPLIED_*,
 * PAYMENT_AMOUNT_MISMATCH, DISHONORED, DUPLICATE_POSTING) and the workbook's outcome note.
 * TINs appear only masked; a transposed TIN is told apart by which digit positions swapped.
 */
public final class PaymentFindings {

    private static final String[] ORDINALS = {"1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"};

    private final FindingTexts texts;
    private final int windowDaysAfter;

    public PaymentFindings(FindingTexts texts, int windowDaysAfter) {
        this.texts = texts;
        this.windowDaysAfter = windowDaysAfter;
    }

    /** The finding type of a payment status; null for statuses that are no finding. */
    public static FindingType typeOf(PaymentOutcome.Status status) {
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

    /** What the IRS should still credit to the payment's TIN-year (the bridge's step); zero when nothing. */
    public static BigDecimal owedCredit(PaymentMatch m) {
        BigDecimal amount = m.payment().amount().abs();
        return switch (m.status()) {
            case UNPOSTED, MISAPPLIED_YEAR, MISAPPLIED_TIN -> amount;
            case AMOUNT_MISMATCH -> amount.subtract(m.other().magnitude()).max(BigDecimal.ZERO);
            default -> BigDecimal.ZERO;
        };
    }

    public List<FindingDraft> findings(Client client, PaymentMatch m) {
        List<FindingDraft> drafts = new ArrayList<>();
        Payment p = m.payment();
        BigDecimal amount = p.amount().abs();
        List<SourceRef> evidence = new ArrayList<>();
        evidence.add(p.source());
        m.credits().forEach(t -> evidence.add(t.source()));
        if (m.other() != null) {
            evidence.add(m.other().source());
        }
        Map<String, String> values = paymentValues(p);
        switch (m.status()) {
            case UNPOSTED -> drafts.add(new FindingDraft(p.taxYear(), FindingType.UNPOSTED_PAYMENT, p.paymentId(), null,
                    amount, amount, texts.render("UNPOSTED_PAYMENT.explanation", values),
                    n -> texts.render("UNPOSTED_PAYMENT.action", withNotice(values, n)), evidence));
            case MISAPPLIED_YEAR -> {
                putCredit(values, m.other());
                drafts.add(new FindingDraft(p.taxYear(), FindingType.MISAPPLIED_PAYMENT_YEAR, p.paymentId(),
                        m.other().magnitude(), amount, amount, texts.render("MISAPPLIED_PAYMENT_YEAR.explanation", values),
                        n -> texts.render("MISAPPLIED_PAYMENT_YEAR.action", withNotice(values, n)), evidence));
            }
            case MISAPPLIED_TIN -> {
                putCredit(values, m.other());
                values.put("whose", whose(client, p.tin(), m.other().tin()));
                drafts.add(new FindingDraft(p.taxYear(), FindingType.MISAPPLIED_PAYMENT_TIN, p.paymentId(),
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
                drafts.add(new FindingDraft(p.taxYear(), FindingType.PAYMENT_AMOUNT_MISMATCH, p.paymentId(), credit,
                        amount, difference, texts.render("PAYMENT_AMOUNT_MISMATCH.explanation", values),
                        n -> texts.render(actionKey, withNotice(values, n)), evidence));
            }
            default -> {
                // matched (possibly with a duplicate or a reversal), or pending
            }
        }
        if (m.duplicate() != null) {
            Map<String, String> dup = new HashMap<>(values);
            putCredit(dup, m.credits().get(0));
            dup.put("duplicateDate", m.duplicate().transactionDate().toString());
            List<SourceRef> dupEvidence = new ArrayList<>(evidence);
            dupEvidence.add(m.duplicate().source());
            drafts.add(new FindingDraft(p.taxYear(), FindingType.DUPLICATE_POSTING, p.paymentId(),
                    m.duplicate().magnitude(), amount, amount, texts.render("DUPLICATE_POSTING.explanation", dup),
                    n -> texts.render("DUPLICATE_POSTING.action", withNotice(dup, n)), dupEvidence));
        }
        if (!m.reversals().isEmpty()) {
            TranscriptTransaction reversal = m.reversals().get(0);
            TranscriptTransaction reversed = m.credits().stream()
                    .filter(c -> c.magnitude().compareTo(reversal.magnitude()) == 0).findFirst().orElse(m.credits().get(0));
            Map<String, String> rev = new HashMap<>(values);
            putCredit(rev, reversed);
            rev.put("reversalCode", reversal.transactionCode());
            rev.put("reversalDate", reversal.transactionDate().toString());
            List<SourceRef> revEvidence = new ArrayList<>(evidence);
            m.reversals().forEach(r -> revEvidence.add(r.source()));
            drafts.add(new FindingDraft(p.taxYear(), FindingType.DISHONORED_PAYMENT, p.paymentId(), reversed.magnitude(),
                    amount, amount, texts.render("DISHONORED_PAYMENT.explanation", rev),
                    n -> texts.render("DISHONORED_PAYMENT.action", withNotice(rev, n)), revEvidence));
        }
        return drafts;
    }

    /** The workbook's line for the payment: how it was matched, in words. */
    public PaymentOutcome outcome(Client client, PaymentMatch m) {
        Payment p = m.payment();
        Map<String, String> values = paymentValues(p);
        List<TranscriptTransaction> shown = new ArrayList<>(m.credits());
        if (m.duplicate() != null) {
            shown.add(m.duplicate());
            values.put("duplicateDate", m.duplicate().transactionDate().toString());
        }
        shown.addAll(m.reversals());
        if (m.other() != null) {
            shown.add(m.other());
            putCredit(values, m.other());
            values.put("whose", whose(client, p.tin(), m.other().tin()));
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
        values.put("windowEnd", p.paymentDate().plusDays(windowDaysAfter).toString());
        String note = texts.render("outcome." + m.status().name(), values);
        if (m.duplicate() != null && !m.reversals().isEmpty()) {
            note += " " + texts.render("outcome.DUPLICATE_POSTING", values);
        }
        return new PaymentOutcome(p, m.status(), shown, note);
    }

    /** Whose TIN the credit went to; a transposition says which positions swapped, never a digit. */
    private String whose(Client client, Tin paymentTin, Tin other) {
        if (other.equals(client.spouseTin())) {
            return texts.render("whose.spouse", Map.of());
        }
        if (other.equals(client.tin())) {
            return texts.render("whose.client", Map.of());
        }
        int position = paymentTin.transposedPosition(other);
        if (position == 0) {
            return texts.render("whose.other", Map.of());
        }
        String owner = texts.render(paymentTin.equals(client.tin()) ? "whose.owner.client"
                : paymentTin.equals(client.spouseTin()) ? "whose.owner.spouse" : "whose.owner.payment", Map.of());
        return texts.render("whose.transposed", Map.of("owner", owner,
                "first", ORDINALS[position - 1], "second", ORDINALS[position]));
    }

    private Map<String, String> paymentValues(Payment p) {
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

    private Map<String, String> withNotice(Map<String, String> values, JudgedNotice n) {
        Map<String, String> all = new HashMap<>(values);
        if (n == null) {
            all.put("to", texts.render("to.none", Map.of()));
            all.put("contact", texts.render("contact.none", Map.of()));
        } else {
            Map<String, String> code = Map.of("code", n.notice().noticeCode());
            all.put("to", texts.render("to.notice", code));
            all.put("contact", texts.render("contact.notice", code));
        }
        return all;
    }
}
