package io.taxrecon.formats.tabular;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading a CSV whose record grows past a limit, before the parser holds it in memory: it
 * counts the characters since the last line break outside quotes (RFC 4180 quotes come in pairs,
 * a doubled quote inside a cell included, so their parity says whether a break ends a record).
 */
final class RecordLengthGuard extends FilterReader {

    private final int maxChars;
    private long inRecord;
    private boolean quoted;

    RecordLengthGuard(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    /** What the parser reports when this guard stops it. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException(int maxChars) {
            super(String.format("a record is longer than %,d characters", maxChars));
        }
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws RecordTooLongException {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n' && !quoted) {
            inRecord = 0;
            return;
        }
        if (++inRecord > maxChars) {
            throw new RecordTooLongException(maxChars);
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
