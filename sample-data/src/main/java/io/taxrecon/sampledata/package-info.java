/** The generator of sample firms with planted findings and the truth file that lists them. */
package io.taxrecon.sampledata;
