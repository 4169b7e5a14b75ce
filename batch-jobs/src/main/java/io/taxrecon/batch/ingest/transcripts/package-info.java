/**
 * The ingest of IRS transcript files (PDF, HTML, TDS text): after the tabular files, so that the
 * clients are staged, each transcript is read, attributed to its client's or spouse's TIN and
 * staged as the rows of its kind, through the same normaliser and writer as a CSV file.
 */
package io.taxrecon.batch.ingest.transcripts;
