/** What keeps full TINs out of every report: masking to the last four digits. */
package io.taxrecon.reports.privacy;
