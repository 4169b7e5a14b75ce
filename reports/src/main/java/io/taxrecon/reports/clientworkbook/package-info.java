/** The client workbook a reviewer opens in the morning: Summary, Findings, Payments, Income and Evidence. */
package io.taxrecon.reports.clientworkbook;
