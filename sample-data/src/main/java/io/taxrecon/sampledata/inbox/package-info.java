/** The generated inbox as tables of cells, dirty rows planted in it, and the rejects truth. */
package io.taxrecon.sampledata.inbox;
