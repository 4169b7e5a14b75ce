/** The generator's CSV inputs, in the spellings real exports use. */
package io.taxrecon.sampledata.csv;
