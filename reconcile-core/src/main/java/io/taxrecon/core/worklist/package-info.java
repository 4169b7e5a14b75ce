/**
 * Night over night: which of tonight's findings are new, still open or resolved since the previous
 * completed night, and what the reviewer's worklist entries do to them (SPEC.md, "Night over
 * night: the reviewer's worklist"). Pure: the staging store and the workbook feed it values.
 */
package io.taxrecon.core.worklist;
