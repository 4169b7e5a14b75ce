/** The ingest step: each inbox file read row by row, normalised and staged, with its rejects beside it. */
package io.taxrecon.batch.ingest;
