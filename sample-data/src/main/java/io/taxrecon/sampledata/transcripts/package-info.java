/**
 * IRS transcripts as the IRS delivers them, written by the generator instead of CSV rows: Account
 * Transcripts, Wage and Income Transcripts and Tax Return Transcripts in the older TDS text
 * layout, the newer PDF layout and the HTML layout, carrying the same rows the CSV inbox would.
 */
package io.taxrecon.sampledata.transcripts;
