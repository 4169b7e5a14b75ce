package io.taxrecon.sampledata;

/** Where a year's income plant puts its gap: which form's income the return leaves out or short. */
enum IncomeKind { W2, INT, DIV, NEC, K, R, G }
