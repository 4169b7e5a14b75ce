package io.taxrecon.sampledata.model;

import java.math.BigDecimal;

/** One box of an information return, e.g. W-2 box 1 = 52,310.44. */
public record DocumentBox(String box, BigDecimal amount) {}
