package io.taxrecon.core.transcriptfiles;

import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;

/**
 * The header of one tax period of a client's Account Transcript or Record of Account, as staged:
 * whose it is, the figures, and the status the IRS printed instead of data (null when none), kept
 * for the penalty cross-check and the reviewer.
 */
public record AccountHeader(String clientId, Tin tin, int taxYear, String taxForm, TranscriptProduct product,
        String status, AccountFigures figures, SourceRef source) {
}
