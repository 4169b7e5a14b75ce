/**
 * IRS transcript files as the IRS delivers them (PDF through PDFBox, HTML through jsoup, TDS
 * text) read into numbered lines, page by page; the parsing of those lines is reconcile-core's.
 */
package io.taxrecon.formats.transcripts;
