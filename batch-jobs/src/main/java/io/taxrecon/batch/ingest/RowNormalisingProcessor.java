package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.ingest.RowNormaliser;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Turns each raw row into a record or a rejection: never filters, so nothing read vanishes. */
public final class RowNormalisingProcessor implements ItemProcessor<RawRow, NormalisedRow> {

    private final RowNormaliser normaliser;

    public RowNormalisingProcessor(RowNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    @Override
    public NormalisedRow process(RawRow row) {
        return normaliser.normalise(row);
    }
}
