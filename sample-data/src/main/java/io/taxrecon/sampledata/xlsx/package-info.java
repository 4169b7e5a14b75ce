/** The generator's .xlsx inputs, with the typed cells Excel users produce. */
package io.taxrecon.sampledata.xlsx;
