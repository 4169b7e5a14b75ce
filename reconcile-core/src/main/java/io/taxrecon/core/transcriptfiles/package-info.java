/**
 * IRS transcripts as the IRS delivers them (Transcript Delivery System text, the newer PDF, the
 * online-account HTML), read from their lines into account headers, transactions, wage-and-income
 * form blocks and return lines: pure, so every layout and pitfall is tested without a file.
 */
package io.taxrecon.core.transcriptfiles;
