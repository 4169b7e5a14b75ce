package io.taxrecon.core.letters;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Drafts the response letters a client's records call for: one per live notice that
 * {@link LetterGrounds} finds wrong in the client's disfavour, its wording from
 * {@link LetterTexts}. Every figure comes from the reconciliation; the reviewer checks them
 * before the letter is sent. Stateless and thread-safe.
 */
public final class ResponseLetters {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private final LetterTexts texts;
    private final Enclosures enclosures;

    public ResponseLetters(LetterTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.enclosures = new Enclosures(texts);
    }

    /** With the wording shipped in response-letter.properties. */
    public static ResponseLetters defaults() {
        return new ResponseLetters(LetterTexts.defaults());
    }

    /** The letters of every notice of the client that warrants one, in the order of the notices. */
    public List<LetterContent> drafts(ClientReconciliation rec, LocalDate runDate, String firmName) {
        List<LetterContent> letters = new ArrayList<>();
        for (NoticeAssessment a : rec.notices()) {
            draft(a, rec, runDate, firmName).ifPresent(letters::add);
        }
        return letters;
    }

    /** The letter answering {@code a}; empty when {@link LetterGrounds} gives no grounds for one. */
    public Optional<LetterContent> draft(NoticeAssessment a, ClientReconciliation rec, LocalDate runDate, String firmName) {
        Objects.requireNonNull(runDate, "runDate");
        LetterGrounds grounds = LetterGrounds.of(a, rec);
        if (!grounds.warranted()) {
            return Optional.empty();
        }
        Notice n = a.notice();
        Map<String, String> values = values(a, rec, runDate, firmName);
        boolean firm = firmName != null && !firmName.isBlank();

        List<String> disagreement = new ArrayList<>();
        if (grounds.namesAnotherTin()) {
            disagreement.add(texts.render("disagree.identity", values));
        }
        if (grounds.overclaims()) {
            disagreement.add(texts.render(grounds.namesAnotherTin() ? "disagree.identity.amount" : "disagree.amount", values));
        }
        return Optional.of(new LetterContent(
                rec.records().client().clientId(), n.noticeId(), n.noticeCode(), n.taxYear(), grounds,
                texts.render("draft.banner", values),
                firm ? texts.render("letterhead.firm", values) : texts.text("letterhead.none"),
                texts.text("letterhead.address"),
                LONG_DATE.format(runDate),
                List.of(texts.text("irs.to"), texts.text("irs.address")),
                texts.render("re", values),
                texts.text("salutation"),
                texts.render("intro", values),
                disagreement,
                grounds.overclaims() ? figures(a, values) : null,
                texts.render(grounds.overclaims() ? "request" : "request.identity", values),
                texts.text("attachments.title"),
                enclosures.of(a, rec, values),
                texts.text("closing"),
                List.of(texts.text("signature"), texts.text("signature.label"), texts.text("contact.name"),
                        texts.text("contact.phone"), texts.text("contact.hours"))));
    }

    /** Claimed, each step with its finding, supported on the notice's date, then on to today when the account moved. */
    private LetterContent.CorrectedFigures figures(NoticeAssessment a, Map<String, String> values) {
        List<LetterContent.Line> lines = new ArrayList<>();
        lines.add(new LetterContent.Line(texts.text("bridge.claimed"), nz(a.notice().noticeId()), a.claimed(), true));
        for (NoticeAssessment.Adjustment adj : a.adjustments()) {
            // The letter's own wording: the engine's label speaks to the reviewer, in its codes.
            // The charges a payment finding caused are named by the engine's label, which says how much and why.
            String key = adj.finding() == null || adj.charges() ? null : "bridge.finding." + adj.finding().name();
            String item = key != null && texts.has(key) ? texts.render(key, values)
                    : adj.label() == null || adj.label().isBlank() ? texts.text("bridge.finding.other") : adj.label();
            lines.add(new LetterContent.Line(item, nz(adj.reference()), adj.amount(), false));
        }
        lines.add(new LetterContent.Line(texts.text("bridge.supported"), "", a.supported(), true));
        if (a.owedNow() != null) {
            BigDecimal charged = orZero(a.chargedSince());
            BigDecimal credited = orZero(a.creditedSince());
            // What the bridge's later payment findings take off: owedNow less what the lines above add up to.
            BigDecimal paidSince = a.owedNow().subtract(a.supported().add(charged).subtract(credited));
            if (charged.signum() != 0 || credited.signum() != 0 || paidSince.signum() != 0) {
                if (charged.signum() != 0) {
                    lines.add(new LetterContent.Line(texts.text("bridge.charged"), "", charged, false));
                }
                if (credited.signum() != 0) {
                    lines.add(new LetterContent.Line(texts.text("bridge.credited"), "", credited.negate(), false));
                }
                if (paidSince.signum() != 0) {
                    lines.add(new LetterContent.Line(texts.text("bridge.paidSince"), "", paidSince, false));
                }
                lines.add(new LetterContent.Line(texts.render("bridge.owedNow", values), "", a.owedNow(), true));
            }
        }
        return new LetterContent.CorrectedFigures(texts.text("bridge.title"),
                List.of(texts.text("bridge.col.finding"), texts.text("bridge.col.reference"), texts.text("bridge.col.amount")),
                lines);
    }

    private static Map<String, String> values(NoticeAssessment a, ClientReconciliation rec, LocalDate runDate, String firmName) {
        Notice n = a.notice();
        Client c = rec.records().client();
        Map<String, String> values = new HashMap<>();
        values.put("runDate", runDate.toString());
        if (firmName != null && !firmName.isBlank()) {
            values.put("firm", firmName);
        }
        values.put("code", nz(n.noticeCode()));
        values.put("noticeDate", date(n.noticeDate()));
        values.put("year", Integer.toString(n.taxYear()));
        values.put("name", taxpayerName(n, c));
        values.put("tin", masked(n.tin()));
        values.put("noticeTin", masked(n.tin()));
        values.put("clientTin", masked(c.tin()));
        values.put("title", a.type() == null ? nz(n.noticeCode()) : a.type().title());
        values.put("claimed", LetterTexts.money(a.claimed()));
        values.put("supported", LetterTexts.money(a.supported()));
        values.put("difference", a.claimed() == null || a.supported() == null ? LetterTexts.BLANK
                : LetterTexts.money(a.claimed().subtract(a.supported())));
        values.put("balance", LetterTexts.money(a.balanceOnNoticeDate()));
        return values;
    }

    /** The spouse's name on a notice to the spouse's TIN; else the client's name, or its id. */
    private static String taxpayerName(Notice n, Client c) {
        if (n.tin() != null && n.tin().equals(c.spouseTin()) && c.spouseName() != null && !c.spouseName().isBlank()) {
            return c.spouseName();
        }
        return c.name() == null || c.name().isBlank() ? c.clientId() : c.name();
    }

    static String masked(Tin tin) {
        return tin == null ? LetterTexts.BLANK : tin.masked();
    }

    static String date(LocalDate d) {
        return d == null ? LetterTexts.BLANK : d.toString();
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
