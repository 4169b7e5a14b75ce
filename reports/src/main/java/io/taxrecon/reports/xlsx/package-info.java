/** The workbook plumbing the reports share: styles created once, safe sheet names, cell text limits. */
package io.taxrecon.reports.xlsx;
