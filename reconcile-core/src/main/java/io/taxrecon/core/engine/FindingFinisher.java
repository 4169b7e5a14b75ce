package io.taxrecon.core.engine;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingDraft;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.findings.SeverityRules;
import io.taxrecon.core.notices.JudgedNotice;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.values.SourceRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finishes drafts into findings: the notice each bears on (its own notice, else the year's live
 * notice due first), its due date and severity, and a stable order. Only live notices lend a
 * deadline or a stage: a finding about a history notice has no due date and is never HIGH.
 */
final class FindingFinisher {

    private static final Comparator<SourceRef> SOURCE_ORDER = Comparator.comparing(SourceRef::file)
            .thenComparing(SourceRef::sheet).thenComparingLong(SourceRef::line);

    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparingInt(Finding::taxYear)
            .thenComparing(Finding::type)
            .thenComparing(Finding::reference, NaturalOrder.INSTANCE)
            .thenComparing(Finding::explanation)
            .thenComparing(f -> f.evidence().toString());

    private final SeverityRules severity;
    private final LocalDate runDate;

    FindingFinisher(SeverityRules severity, LocalDate runDate) {
        this.severity = severity;
        this.runDate = runDate;
    }

    List<Finding> finish(String clientId, List<FindingDraft> drafts, List<JudgedNotice> notices) {
        Map<Integer, JudgedNotice> bearing = new HashMap<>();
        for (JudgedNotice j : notices) {
            if (j.live()) {
                bearing.merge(j.notice().taxYear(), j, (a, b) -> JudgedNotice.BEARING_ORDER.compare(a, b) <= 0 ? a : b);
            }
        }
        return drafts.stream()
                .map(d -> finish(clientId, d, d.about() != null ? d.about() : bearing.get(d.taxYear())))
                .sorted(FINDING_ORDER)
                .toList();
    }

    private Finding finish(String clientId, FindingDraft d, JudgedNotice notice) {
        LocalDate due = notice == null ? null : notice.due();
        Long daysLeft = due == null ? null : ChronoUnit.DAYS.between(runDate, due);
        NoticeType.CollectionStage stage = notice == null ? null : notice.stage();
        BigDecimal atStake = d.difference() != null ? d.difference()
                : d.irsAmount() != null ? d.irsAmount() : d.clientAmount() != null ? d.clientAmount() : BigDecimal.ZERO;
        Severity graded = d.severity() != null ? d.severity() : severity.severityOf(d.type(), atStake.abs(), daysLeft, stage);
        if (notice != null && !notice.live() && graded == Severity.HIGH) {
            graded = Severity.MEDIUM; // history is never urgent
        }
        Set<SourceRef> evidence = new LinkedHashSet<>(d.evidence().stream().sorted(SOURCE_ORDER).toList());
        return new Finding(clientId, d.taxYear(), d.type(), graded, d.reference(), scale(d.irsAmount()),
                scale(d.clientAmount()), scale(d.difference()), notice == null ? null : notice.notice().noticeId(), due,
                d.explanation(), d.action().apply(notice), List.copyOf(evidence));
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount == null ? null : amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY);
    }
}
