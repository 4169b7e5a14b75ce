package io.taxrecon.core.statutes;

import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.transcripts.TransactionCode;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes the collection statute of each TIN-year (IRC 6502): every assessment (a catalogued
 * ASSESSMENT of tax, penalty or interest, not a fee, amount above zero) may be collected for 10
 * years from its date plus the days collection was suspended (collection-suspensions.csv) on or
 * after that date, overlapping periods counted once. Pure: the run date is a parameter.
 */
public final class CollectionStatutes {

    private static final Comparator<TranscriptTransaction> POSTING_ORDER =
            Comparator.comparing(TranscriptTransaction::transactionDate)
                    .thenComparing(TranscriptTransaction::transactionId, NaturalOrder.INSTANCE)
                    .thenComparing(TranscriptTransaction::source, Comparator.comparing(SourceRef::file)
                            .thenComparing(SourceRef::sheet).thenComparingLong(SourceRef::line));

    private final TransactionCodeCatalog codes;
    private final SuspensionRules rules;
    private final LocalDate runDate;

    public CollectionStatutes(TransactionCodeCatalog codes, SuspensionRules rules, LocalDate runDate) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.runDate = Objects.requireNonNull(runDate, "runDate");
    }

    /** The statute of every TIN-year of {@code tins} that the transactions hold, by TIN then year. */
    public List<YearStatute> of(List<TranscriptTransaction> transactions, List<Tin> tins) {
        Map<String, List<TranscriptTransaction>> byYear = new TreeMap<>();
        for (TranscriptTransaction t : transactions) {
            int position = tins.indexOf(t.tin());
            if (position >= 0) {
                byYear.computeIfAbsent(position + "|" + (10_000 + t.taxYear()), k -> new ArrayList<>()).add(t);
            }
        }
        List<YearStatute> statutes = new ArrayList<>();
        for (List<TranscriptTransaction> year : byYear.values()) {
            statutes.add(of(year.get(0).tin(), year.get(0).taxYear(), year));
        }
        return statutes;
    }

    /** The statute of one TIN-year from its transactions. */
    public YearStatute of(Tin tin, int taxYear, List<TranscriptTransaction> yearTransactions) {
        List<TranscriptTransaction> lines = yearTransactions.stream().sorted(POSTING_ORDER).toList();
        List<Suspension> suspensions = suspensions(lines);
        List<AssessmentStatute> assessments = new ArrayList<>();
        for (TranscriptTransaction t : lines) {
            Optional<TransactionCode> code = codes.find(t.transactionCode());
            if (code.isPresent() && isAssessment(code.get()) && t.magnitude().compareTo(BigDecimal.ZERO) > 0) {
                assessments.add(statuteOf(t, suspensions));
            }
        }
        return new YearStatute(tin, taxYear, assessments, suspensions);
    }

    /** Tax, penalties and interest assessed; fees (TC 360) carry no statute of their own here. */
    private static boolean isAssessment(TransactionCode code) {
        return code.role() == TransactionCode.Role.ASSESSMENT && code.charge() != null
                && code.charge() != TransactionCode.Charge.FEE;
    }

    private AssessmentStatute statuteOf(TranscriptTransaction assessment, List<Suspension> suspensions) {
        LocalDate from = assessment.transactionDate();
        List<Suspension> counted = suspensions.stream().filter(s -> s.daysFrom(from) > 0).toList();
        long days = unionDays(counted, from);
        LocalDate base = from.plusYears(10);
        return new AssessmentStatute(assessment, base, counted, days, base.plusDays(days));
    }

    /** Days on or after {@code from} covered by at least one period: overlaps count once. */
    static long unionDays(List<Suspension> periods, LocalDate from) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (Suspension s : periods) {
            LocalDate start = s.start().isBefore(from) ? from : s.start();
            if (start.isBefore(s.end())) {
                spans.add(new LocalDate[] {start, s.end()});
            }
        }
        spans.sort(Comparator.comparing((LocalDate[] span) -> span[0]));
        long days = 0;
        LocalDate coveredTo = null;
        for (LocalDate[] span : spans) {
            LocalDate start = coveredTo != null && coveredTo.isAfter(span[0]) ? coveredTo : span[0];
            if (start.isBefore(span[1])) {
                days += ChronoUnit.DAYS.between(start, span[1]);
            }
            if (coveredTo == null || span[1].isAfter(coveredTo)) {
                coveredTo = span[1];
            }
        }
        return days;
    }

    /** Each opening line with the first closing line dated on or after it (none: it runs to the run date). */
    private List<Suspension> suspensions(List<TranscriptTransaction> lines) {
        List<Suspension> found = new ArrayList<>();
        for (TranscriptTransaction opening : lines) {
            String code = key(opening);
            Optional<SuspensionRule> rule = rules.opened(code, opening.describedAs());
            if (rule.isEmpty()) {
                continue;
            }
            TranscriptTransaction closing = lines.stream()
                    .filter(t -> t != opening && !t.transactionDate().isBefore(opening.transactionDate()))
                    .filter(t -> rule.get().closes(key(t), t.describedAs()))
                    .findFirst().orElse(null);
            LocalDate end = closing == null ? runDate : rule.get().endAfterClosing(closing.transactionDate());
            found.add(new Suspension(rule.get().kind(), opening.transactionDate(), end, opening, closing,
                    rule.get().source()));
        }
        return found;
    }

    private String key(TranscriptTransaction t) {
        return codes.find(t.transactionCode()).map(TransactionCode::code).orElse(t.transactionCode().trim());
    }
}
