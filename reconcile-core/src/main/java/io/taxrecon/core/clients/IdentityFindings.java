package io.taxrecon.core.clients;

import io.taxrecon.core.findings.FindingDraft;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.IncomeDocument;
import io.taxrecon.core.notices.JudgedNotice;
import io.taxrecon.core.notices.NoticeStatus;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IDENTITY_MISMATCH: a notice, payment, return line or information return addressed to a TIN that
 * is neither the client's nor the spouse's. Transcript lines are exempt (fetched by TIN on
 * purpose), and a superseded notice is left to its successor.
 */
public final class IdentityFindings {

    private final FindingTexts texts;

    public IdentityFindings(FindingTexts texts) {
        this.texts = texts;
    }

    public List<FindingDraft> findings(Client client, List<JudgedNotice> notices, List<Payment> payments,
                                       List<ReturnLine> returnLines, List<IncomeDocument> misaddressed) {
        String tin = client.tin().masked();
        List<FindingDraft> drafts = new ArrayList<>();
        for (JudgedNotice j : notices) {
            var n = j.notice();
            if (!client.owns(n.tin()) && j.status().state() != NoticeStatus.State.SUPERSEDED) {
                drafts.add(identity(n.taxYear(), "notice", n.noticeId(), n.tin(), tin, n.amountDue(), null,
                        List.of(n.source())).about(j));
            }
        }
        for (Payment p : payments) {
            if (!client.owns(p.tin())) {
                drafts.add(identity(p.taxYear(), "payment", p.paymentId(), p.tin(), tin, null, p.amount(),
                        List.of(p.source())));
            }
        }
        for (ReturnLine line : returnLines) {
            if (!client.owns(line.tin())) {
                drafts.add(identity(line.taxYear(), "return line", line.source().toString(), line.tin(), tin, null,
                        line.amount(), List.of(line.source())));
            }
        }
        for (IncomeDocument d : misaddressed) {
            List<SourceRef> evidence = new ArrayList<>();
            evidence.add(d.boxes().get(0).source());
            d.boxes().forEach(r -> evidence.add(r.source()));
            drafts.add(identity(d.taxYear(), d.formType().label(), d.documentId(), d.recipientTin(), tin, null, null,
                    evidence));
        }
        return drafts;
    }

    private FindingDraft identity(int year, String what, String id, Tin recordTin, String clientTin, BigDecimal irs,
                                  BigDecimal client, List<SourceRef> evidence) {
        Map<String, String> values = Map.of("what", what, "id", id, "recordTin", recordTin.masked(), "tin", clientTin);
        return new FindingDraft(year, FindingType.IDENTITY_MISMATCH, id, irs, client, null,
                texts.render("IDENTITY_MISMATCH.explanation", values),
                n -> texts.render("IDENTITY_MISMATCH.action", values), evidence);
    }
}
