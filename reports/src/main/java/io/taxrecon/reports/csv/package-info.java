/** The run's CSV outputs (findings.csv, rejects.csv), guarded against formula injection. */
package io.taxrecon.reports.csv;
