/**
 * The workbook plumbing the reports share: the looks of cells defined once, sheet and row writers
 * over POI or over fastexcel (the client workbooks, without an object model), safe sheet names,
 * cell text limits.
 */
package io.taxrecon.reports.xlsx;
