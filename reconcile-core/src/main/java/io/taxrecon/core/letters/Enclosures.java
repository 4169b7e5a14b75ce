package io.taxrecon.core.letters;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.CategoryComparison;
import io.taxrecon.core.income.IncomeDocument;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.Tin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What a letter encloses: the notice, the proof behind each step of its bridge, transcript pages, forms. */
final class Enclosures {

    private static final Set<FindingType> PAYMENT_TYPES = Set.of(FindingType.UNPOSTED_PAYMENT,
            FindingType.MISAPPLIED_PAYMENT_YEAR, FindingType.MISAPPLIED_PAYMENT_TIN, FindingType.PAYMENT_AMOUNT_MISMATCH);

    private final LetterTexts texts;

    Enclosures(LetterTexts texts) {
        this.texts = texts;
    }

    /** In the order a reader checks them; each listed once. */
    List<String> of(NoticeAssessment a, ClientReconciliation rec, Map<String, String> values) {
        Set<String> list = new LinkedHashSet<>();
        list.add(texts.render("attachment.notice", values));
        Notice n = a.notice();
        for (NoticeAssessment.Adjustment adj : a.adjustments()) {
            if (adj.finding() != null && PAYMENT_TYPES.contains(adj.finding())) {
                PaymentOutcome outcome = outcomeOf(rec, adj.reference(), n);
                if (outcome != null) {
                    list.add(paymentProof(outcome.payment()));
                    for (TranscriptTransaction credit : outcome.credits()) {
                        list.add(creditPage(credit, n.tin()));
                    }
                }
            } else if (adj.finding() == FindingType.NOTICE_BALANCE_MISMATCH && a.balanceOnNoticeDate() != null) {
                list.add(texts.render("attachment.transcript", values));
            }
        }
        for (Finding f : rec.findings()) {
            if (f.type() == FindingType.DUPLICATE_INFORMATION_RETURN && n.noticeId() != null
                    && n.noticeId().equals(f.noticeId())) {
                list.add(texts.render("attachment.duplicate", Map.of("documentId", nz(f.reference()))));
            }
        }
        if (a.type() != null && a.type().stage() == NoticeType.CollectionStage.PROPOSED_ADJUSTMENT) {
            for (CategoryComparison c : rec.income()) {
                for (IncomeDocument d : c.documents()) {
                    if (c.taxYear() == n.taxYear() && d.corrected() && d.status() == IncomeDocument.Status.COUNTED) {
                        list.add(texts.render("attachment.corrected", Map.of(
                                "form", d.formType() == null ? "" : d.formType().label(),
                                "documentId", nz(d.documentId()), "payer", nz(d.payerName()))));
                    }
                }
            }
        }
        list.add(texts.text("attachment.2848"));
        return new ArrayList<>(list);
    }

    private static PaymentOutcome outcomeOf(ClientReconciliation rec, String paymentId, Notice n) {
        for (PaymentOutcome o : rec.payments()) {
            Payment p = o.payment();
            if (p.paymentId() != null && p.paymentId().equals(paymentId) && p.taxYear() == n.taxYear()
                    && Objects.equals(p.tin(), n.tin())) {
                return o;
            }
        }
        return null;
    }

    private String paymentProof(Payment p) {
        Map<String, String> v = new HashMap<>();
        v.put("paymentId", nz(p.paymentId()));
        v.put("amount", LetterTexts.money(p.amount()));
        v.put("date", ResponseLetters.date(p.paymentDate()));
        v.put("method", p.method() == null ? "" : " by " + p.method().replace('_', ' '));
        v.put("paymentYear", Integer.toString(p.taxYear()));
        String confirmation;
        if (p.confirmationNumber() == null || p.confirmationNumber().isBlank()) {
            confirmation = texts.text("attachment.payment.none");
        } else {
            String key = "EFTPS".equalsIgnoreCase(p.method()) ? "attachment.payment.eftps" : "attachment.payment.confirmation";
            confirmation = texts.render(key, Map.of("confirmation", p.confirmationNumber()));
        }
        v.put("confirmation", confirmation);
        return texts.render("attachment.payment", v);
    }

    private String creditPage(TranscriptTransaction t, Tin noticeTin) {
        return texts.render("attachment.credit", Map.of(
                "creditTin", creditTin(t.tin(), noticeTin),
                "creditYear", Integer.toString(t.taxYear()),
                "creditAmount", LetterTexts.money(t.magnitude()),
                "creditDate", ResponseLetters.date(t.transactionDate()),
                "tc", nz(t.transactionCode())));
    }

    /**
     * The masked TIN of the account a credit went to; when it is the notice's TIN with two adjacent
     * digits swapped, which positions (both mask to the same last four, and no digit is shown).
     */
    private String creditTin(Tin creditTin, Tin noticeTin) {
        String masked = ResponseLetters.masked(creditTin);
        if (creditTin == null || noticeTin == null || creditTin.equals(noticeTin)) {
            return masked;
        }
        String a = creditTin.digits();
        String b = noticeTin.digits();
        for (int i = 0; i + 1 < a.length() && a.length() == b.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                boolean swapped = a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2));
                return swapped ? texts.render("attachment.credit.transposed",
                        Map.of("tin", masked, "first", ordinal(i + 1), "second", ordinal(i + 2))) : masked;
            }
        }
        return masked;
    }

    private static String ordinal(int n) {
        return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
