/** The IRS transcript reader (PDF and HTML account transcripts) will live here; nothing yet. */
package io.taxrecon.formats.transcripts;
