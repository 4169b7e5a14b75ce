package io.taxrecon.core.transcriptfiles;

import java.math.BigDecimal;

/** One box of a Wage and Income form block: the label as printed, the box it is, its amount. */
public record BoxFigure(String label, String box, BigDecimal amount, TranscriptLine at) {
}
