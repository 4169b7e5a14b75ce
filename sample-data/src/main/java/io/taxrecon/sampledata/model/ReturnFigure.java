package io.taxrecon.sampledata.model;

import java.math.BigDecimal;

/**
 * A line of the filed return, whole dollars.
 *
 * @param line as written: a category name or a Form 1040 line number such as "1a"
 */
public record ReturnFigure(int taxYear, String line, BigDecimal amount) {}
