package io.taxrecon.core.transcriptfiles;

import java.math.BigDecimal;

/**
 * A figure of a Tax Return Transcript: the category it feeds, the amount as the taxpayer filed it
 * and its "PER COMPUTER" twin (null when the transcript prints none), which is what the IRS
 * processed after its math-error checks.
 */
public record ReturnFigure(String label, String category, BigDecimal asFiled, BigDecimal perComputer,
        TranscriptLine at) {

    /** The figure the IRS processed: the PER COMPUTER twin when there is one, else the filed figure. */
    public BigDecimal processed() {
        return perComputer != null ? perComputer : asFiled;
    }

    /** True when the IRS's computer changed the figure the taxpayer filed. */
    public boolean changedByIrs() {
        return perComputer != null && asFiled != null && perComputer.compareTo(asFiled) != 0;
    }
}
