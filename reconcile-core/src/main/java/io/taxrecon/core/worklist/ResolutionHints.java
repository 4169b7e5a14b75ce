package io.taxrecon.core.worklist;

import java.util.Optional;

/**
 * Why a finding of the previous night is no longer found, where tonight's records say so; the
 * engine fills it (see {@link KnownResolutions}). A finding without a hint gets
 * {@link #DEFAULT_REASON}.
 */
@FunctionalInterface
public interface ResolutionHints {

    /** The reason of a resolved finding for which tonight's records say nothing more. */
    String DEFAULT_REASON = "no longer found in tonight's records";

    /** The reason {@code gone} left, in a reviewer's words; empty when tonight's records do not show it. */
    Optional<String> reasonFor(PriorFinding gone);

    /** No hints: every resolved finding gets the default reason. */
    static ResolutionHints none() {
        return gone -> Optional.empty();
    }
}
