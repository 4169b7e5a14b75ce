package io.taxrecon.core.abatement;

import io.taxrecon.core.findings.FindingDraft;
import java.util.List;

/** What the First-Time Abatement rule found for one client: the findings, and the years it could not confirm. */
public record AbatementReview(List<FindingDraft> findings, List<UnconfirmedAbatement> unconfirmed) {

    public AbatementReview {
        findings = List.copyOf(findings);
        unconfirmed = List.copyOf(unconfirmed);
    }
}
