/** Input files read as a header and rows of core's raw cells, in the format their content shows: CSV, .xlsx or .xls. */
package io.taxrecon.formats.tabular;
