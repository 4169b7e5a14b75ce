package io.taxrecon.core.findings;

import io.taxrecon.core.notices.JudgedNotice;
import io.taxrecon.core.values.SourceRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A finding as a rule family words it, before the finisher knows which live notice it bears on
 * and how severe it is. The next step is a function of that notice, because "send proof to the
 * address on the CP14" depends on which notice is live.
 *
 * @param action the next step, given the notice the finding bears on (null when it bears on none)
 * @param about the notice the finding is about (it bears on that one), or null for the finisher to choose
 * @param severity the grade the rule family's decisions pin (COLLECTION_STATUTE is HIGH or LOW by what
 *                 it found, not by amount), or null for severity-rules.csv to decide
 */
public record FindingDraft(
        int taxYear,
        FindingType type,
        String reference,
        BigDecimal irsAmount,
        BigDecimal clientAmount,
        BigDecimal difference,
        String explanation,
        Function<JudgedNotice, String> action,
        List<SourceRef> evidence,
        JudgedNotice about,
        Severity severity) {

    public FindingDraft {
        evidence = List.copyOf(evidence);
    }

    /** A draft graded by severity-rules.csv. */
    public FindingDraft(int taxYear, FindingType type, String reference, BigDecimal irsAmount, BigDecimal clientAmount,
                        BigDecimal difference, String explanation, Function<JudgedNotice, String> action,
                        List<SourceRef> evidence, JudgedNotice about) {
        this(taxYear, type, reference, irsAmount, clientAmount, difference, explanation, action, evidence, about, null);
    }

    /** A draft about no notice in particular. */
    public FindingDraft(int taxYear, FindingType type, String reference, BigDecimal irsAmount, BigDecimal clientAmount,
                        BigDecimal difference, String explanation, Function<JudgedNotice, String> action,
                        List<SourceRef> evidence) {
        this(taxYear, type, reference, irsAmount, clientAmount, difference, explanation, action, evidence, null, null);
    }

    /** The same draft, about {@code notice}: a finding about a notice bears on that notice itself. */
    public FindingDraft about(JudgedNotice notice) {
        return new FindingDraft(taxYear, type, reference, irsAmount, clientAmount, difference, explanation, action,
                evidence, notice, severity);
    }

    /** The same draft with its grade pinned, whatever severity-rules.csv would say. */
    public FindingDraft graded(Severity pinned) {
        return new FindingDraft(taxYear, type, reference, irsAmount, clientAmount, difference, explanation, action,
                evidence, about, pinned);
    }
}
