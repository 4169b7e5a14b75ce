package io.taxrecon.core.transcriptfiles;

import java.util.List;

/**
 * A transcript read from its lines: the product, the last four digits of the taxpayer's masked
 * TIN and the line it is on (both null when it prints none), each tax period's content, and the lines that hold data but
 * could not be read.
 */
public record ParsedTranscript(TranscriptProduct product, String tinLastFour, TranscriptLine tinAt,
        List<TaxPeriodModule> periods, List<UnreadLine> unread) {

    public ParsedTranscript {
        periods = List.copyOf(periods);
        unread = List.copyOf(unread);
    }
}
