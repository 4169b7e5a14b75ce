/** The firm summary: every client with a finding, ranked by urgency, with totals and charts. */
package io.taxrecon.reports.firmsummary;
