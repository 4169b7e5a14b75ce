package io.taxrecon.core.abatement;

import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.findings.FindingDraft;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.notices.JudgedNotice;
import io.taxrecon.core.statutes.YearStatute;
import io.taxrecon.core.transcripts.TransactionCode.Charge;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * FIRST_TIME_ABATEMENT (IRM 20.1.1.3.3.2.1): per TIN, years ascending, the first year with a
 * failure-to-file or failure-to-pay penalty assessed and not abated whose three preceding years
 * each have a filed return (TC 150) and no penalty left unabated other than the estimated-tax
 * penalty. Only that earliest year qualifies. A year whose preceding years the records lack is no
 * finding but a note naming the transcripts that would confirm it. A year an abatement can no
 * longer help (paid off, its refund claim time-barred by IRC 6511(a), see {@link RefundWindow}) is
 * skipped altogether: no finding, no note, and a later year may be the earliest eligible one. A
 * year that still owes counts only while the IRS may still collect it (its latest CSED on or after
 * the run date, RULES.md addendum 2): past its statute the reviewer asks for a write-off instead.
 */
public final class FirstTimeAbatement {

    /** The clean history the IRS looks back on: the three preceding tax years. */
    public static final int PRIOR_YEARS = 3;

    private final TransactionCodeCatalog codes;
    private final FindingTexts texts;
    private final LocalDate runDate;

    public FirstTimeAbatement(TransactionCodeCatalog codes, FindingTexts texts, LocalDate runDate) {
        this.codes = codes;
        this.texts = texts;
        this.runDate = Objects.requireNonNull(runDate, "runDate");
    }

    /**
     * Reviews each TIN of {@code tins} (the client's, the spouse's) on the transactions the records hold;
     * {@code statutes} are the engine's collection statutes of those TIN-years (a year missing from them
     * has no CSED, so cannot be kept open by its balance alone); {@code account} is the engine's balance
     * series over the same transactions.
     */
    public AbatementReview review(List<TranscriptTransaction> transactions, AccountBalance account, List<Tin> tins,
                                  List<YearStatute> statutes) {
        Map<Tin, Map<Integer, LocalDate>> csedByYear = new HashMap<>();
        for (YearStatute statute : statutes) {
            statute.latestCsed().ifPresent(csed -> csedByYear.computeIfAbsent(statute.tin(), t -> new HashMap<>())
                    .put(statute.taxYear(), csed));
        }
        List<FindingDraft> findings = new ArrayList<>();
        List<UnconfirmedAbatement> unconfirmed = new ArrayList<>();
        for (Tin tin : tins) {
            Map<Integer, List<TranscriptTransaction>> byYear = new TreeMap<>();
            transactions.stream().filter(t -> t.tin().equals(tin))
                    .forEach(t -> byYear.computeIfAbsent(t.taxYear(), y -> new ArrayList<>()).add(t));
            Map<Integer, YearPenalties> years = new TreeMap<>();
            byYear.forEach((year, lines) -> years.put(year, YearPenalties.of(year, lines, codes)));
            for (YearPenalties year : years.values()) {
                BigDecimal ftf = positive(year.netOf(Charge.FAILURE_TO_FILE));
                BigDecimal ftp = positive(year.netOf(Charge.FAILURE_TO_PAY));
                if (ftf.signum() == 0 && ftp.signum() == 0) {
                    continue;
                }
                LocalDate latestCsed = csedByYear.getOrDefault(tin, Map.of()).get(year.taxYear());
                Optional<RefundWindow> window =
                        RefundWindow.of(account, tin, year.taxYear(), year.filings(), latestCsed, runDate);
                if (window.isEmpty()) {
                    // nothing left to abate, refund or collect: not a finding, not the earliest eligible year
                    continue;
                }
                List<Integer> missing = new ArrayList<>();
                for (int k = PRIOR_YEARS; k >= 1; k--) {
                    if (!years.containsKey(year.taxYear() - k)) {
                        missing.add(year.taxYear() - k);
                    }
                }
                if (!missing.isEmpty()) {
                    unconfirmed.add(note(tin, year.taxYear(), missing, ftf.add(ftp)));
                    continue;
                }
                List<YearPenalties> priors = new ArrayList<>();
                for (int k = PRIOR_YEARS; k >= 1; k--) {
                    priors.add(years.get(year.taxYear() - k));
                }
                if (priors.stream().allMatch(YearPenalties::clean)) {
                    findings.add(finding(year, ftf, ftp, priors, window.get()));
                    break; // only the earliest eligible year of a TIN qualifies
                }
            }
        }
        return new AbatementReview(findings, unconfirmed);
    }

    private FindingDraft finding(YearPenalties year, BigDecimal ftf, BigDecimal ftp, List<YearPenalties> priors,
                                 RefundWindow window) {
        String reference = ftf.signum() > 0 && ftp.signum() > 0 ? "FTF+FTP" : ftf.signum() > 0 ? "FTF" : "FTP";
        BigDecimal total = ftf.add(ftp);
        List<String> named = new ArrayList<>();
        if (ftf.signum() > 0) {
            named.add(texts.render("fta.penalty.FTF", Map.of("amount", FindingTexts.money(ftf))));
        }
        if (ftp.signum() > 0) {
            named.add(texts.render("fta.penalty.FTP", Map.of("amount", FindingTexts.money(ftp))));
        }
        Map<String, String> values = new HashMap<>();
        values.put("year", Integer.toString(year.taxYear()));
        values.put("reference", reference);
        values.put("total", FindingTexts.money(total));
        values.put("penalties", String.join(" and ", named));
        values.put("evidence", priors.stream()
                .map(p -> texts.render(p.onlyEstimatedTaxPenalty() ? "fta.year.estimated" : "fta.year",
                        Map.of("priorYear", Integer.toString(p.taxYear()))))
                .collect(Collectors.joining("; ")));
        values.put("window", window(window));
        List<SourceRef> evidence = new ArrayList<>();
        year.penaltyLines().stream()
                .filter(t -> codes.find(t.transactionCode()).map(c -> c.charge() == Charge.FAILURE_TO_FILE
                        || c.charge() == Charge.FAILURE_TO_PAY).orElse(false))
                .forEach(t -> evidence.add(t.source()));
        priors.forEach(p -> p.filings().forEach(t -> evidence.add(t.source())));
        String explanation = texts.render("FIRST_TIME_ABATEMENT.explanation", values);
        return new FindingDraft(year.taxYear(), FindingType.FIRST_TIME_ABATEMENT, reference, total, null, total,
                explanation, notice -> action(values, notice), evidence);
    }

    private String action(Map<String, String> values, JudgedNotice notice) {
        Map<String, String> filled = new HashMap<>(values);
        filled.put("contact", notice == null ? texts.render("contact.none", Map.of())
                : texts.render("contact.notice", Map.of("code", notice.notice().noticeCode())));
        return texts.render("FIRST_TIME_ABATEMENT.action", filled);
    }

    /** Why the abatement still helps: it lowers what is owed, or a refund claim is still in time. */
    private String window(RefundWindow window) {
        return switch (window.reason()) {
            case OWED -> texts.render("fta.window.owed", Map.of("balance", FindingTexts.money(window.balance())));
            case PAID -> texts.render("fta.window.paid", Map.of("date", window.date().toString()));
            case FILED -> texts.render("fta.window.filed", Map.of("date", window.date().toString()));
        };
    }

    private UnconfirmedAbatement note(Tin tin, int year, List<Integer> missing, BigDecimal penalties) {
        String years = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String text = texts.render("fta.unconfirmed", Map.of("year", Integer.toString(year), "missingYear", years));
        return new UnconfirmedAbatement(tin.lastFour(), year, missing, penalties, text);
    }

    private static BigDecimal positive(BigDecimal amount) {
        return amount.signum() > 0 ? amount : BigDecimal.ZERO;
    }
}
