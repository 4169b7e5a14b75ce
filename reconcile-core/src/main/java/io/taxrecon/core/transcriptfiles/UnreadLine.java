package io.taxrecon.core.transcriptfiles;

/** A transcript line that holds data but cannot be read, and why: a line of rejects.csv. */
public record UnreadLine(TranscriptLine line, String reason) {
}
