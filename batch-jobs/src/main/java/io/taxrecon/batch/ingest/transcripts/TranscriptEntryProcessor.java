package io.taxrecon.batch.ingest.transcripts;

import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.HeaderMapping;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.ingest.RowNormaliser;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.core.transcriptfiles.TranscriptEntry;
import io.taxrecon.core.transcriptfiles.TranscriptRows;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * A transcript's entries as the staging writer takes them: a row through the normaliser that
 * reads CSV rows of its kind (so a transcript's row is loaded or rejected by the same rules), an
 * account header as it is, a refused line as a rejection. Never filters: nothing read vanishes.
 */
public final class TranscriptEntryProcessor implements ItemProcessor<TranscriptEntry, NormalisedRow> {

    private final RowNormaliser normaliser;

    public TranscriptEntryProcessor(InputKind kind, ColumnAliases aliases, Form1040Lines lines) {
        this.normaliser = new RowNormaliser(kind, HeaderMapping.resolve(kind, TranscriptRows.columns(kind), aliases),
                lines);
    }

    @Override
    public NormalisedRow process(TranscriptEntry entry) {
        if (entry instanceof TranscriptEntry.Row row) {
            return normaliser.normalise(row.row());
        }
        if (entry instanceof TranscriptEntry.Header header) {
            return new NormalisedRow.Loaded(header.header());
        }
        return new NormalisedRow.Rejected(((TranscriptEntry.Refused) entry).rejection());
    }
}
