package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.HeaderMapping;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.ingest.RowNormaliser;
import io.taxrecon.core.returns.Form1040Lines;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns each raw row into a record or a rejection, and keeps its raw record's hash for the writer
 * ({@link RowDelta}); it filters nothing, so nothing read vanishes. The column mapping comes from
 * the header of the step's own reader.
 */
public final class RowNormalisingProcessor implements ItemProcessor<RawRow, NormalisedRow> {

    private final InboxFileReader reader;
    private final InputKind kind;
    private final ColumnAliases aliases;
    private final Form1040Lines lines;
    private final RowDelta delta;
    private RowNormaliser normaliser; // built on the first row: the reader is open by then

    public RowNormalisingProcessor(InboxFileReader reader, InputKind kind, ColumnAliases aliases, Form1040Lines lines,
            RowDelta delta) {
        this.reader = reader;
        this.kind = kind;
        this.aliases = aliases;
        this.lines = lines;
        this.delta = delta;
    }

    @Override
    public NormalisedRow process(RawRow row) {
        if (normaliser == null) {
            normaliser = new RowNormaliser(kind, HeaderMapping.resolve(kind, reader.header(), aliases), lines);
        }
        long hash = RowHash.of(row);
        NormalisedRow normalised = normaliser.normalise(row);
        delta.remember(normalised, hash);
        return normalised;
    }
}
