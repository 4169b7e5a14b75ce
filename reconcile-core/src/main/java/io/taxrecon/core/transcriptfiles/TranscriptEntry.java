package io.taxrecon.core.transcriptfiles;

import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.ingest.Rejection;

/**
 * What a transcript file gives the ingest, item by item: a raw row of the staged kind (read by
 * the same normaliser as a CSV row), an account header, or a line refused with its reason.
 */
public sealed interface TranscriptEntry {

    /** A row in the canonical columns of {@link TranscriptRows#columns}. */
    record Row(RawRow row) implements TranscriptEntry {
    }

    /** The header of one tax period of an account transcript, for the transcript_account table. */
    record Header(AccountHeader header) implements TranscriptEntry {
    }

    /** A line, or the whole file, refused with its reason: a line of rejects.csv. */
    record Refused(Rejection rejection) implements TranscriptEntry {
    }
}
