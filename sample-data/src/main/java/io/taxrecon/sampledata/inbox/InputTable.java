package io.taxrecon.sampledata.inbox;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * One input file being written, CSV or Excel, that knows where each record lands as the product
 * numbers it: for CSV the physical line on which the record starts (the header is line 1, and a
 * quoted field with line breaks moves every later record down); for Excel the row number Excel
 * shows (the header is row 1).
 */
public interface InputTable extends Closeable {

    /** The file's name as the product reports it, e.g. "payments.xlsx". */
    String fileName();

    /** The sheet the rows go to; "" for CSV. */
    String sheet();

    /** Writes one record and returns the line (CSV) or row (Excel) it starts on. */
    long write(List<Cell> cells) throws IOException;

    /**
     * Writes something the product passes over as no row at all: in CSV an empty line or a line of
     * bare commas, in Excel a skipped row or a row whose only cell is an empty string.
     *
     * @param variant which of the two
     */
    void blank(boolean variant) throws IOException;

    /** Records written (header and blanks not counted). */
    long rows();
}
