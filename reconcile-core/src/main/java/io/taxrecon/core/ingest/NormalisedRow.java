package io.taxrecon.core.ingest;

/**
 * What became of one input row: a domain record ({@code Client}, {@code Notice},
 * {@code TranscriptTransaction}, {@code InformationReturn}, {@code ReturnLine} or {@code Payment})
 * or the reason it could not be loaded. Every row read is one or the other.
 */
public sealed interface NormalisedRow {

    record Loaded(Object record) implements NormalisedRow {
    }

    record Rejected(Rejection rejection) implements NormalisedRow {
    }
}
