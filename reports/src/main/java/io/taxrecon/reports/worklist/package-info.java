/**
 * {@code OUT/worklist.xlsx}, the firm's worklist that lives from night to night: written from a
 * {@code NightView} through a temporary file and a rename, and the reviewer's columns read back
 * (by header text and hidden key, never losing an entry to a file that cannot be read).
 */
package io.taxrecon.reports.worklist;
