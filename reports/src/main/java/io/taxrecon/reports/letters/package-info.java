/** Draft response letters to the IRS, as DOCX from a template. */
package io.taxrecon.reports.letters;
