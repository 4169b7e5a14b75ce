/** The inputs' vocabulary: kinds, columns and their aliases, raw rows, and the normaliser that turns them into values or rejects. */
package io.taxrecon.core.ingest;
