package io.taxrecon.formats.tabular;

import io.taxrecon.core.ingest.RawCell;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.ingest.RowNormaliser;
import io.taxrecon.core.values.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (RFC 4180, UTF-8 with or without BOM, CRLF or LF). Each row keeps the physical line
 * on which its record starts, so that a quoted field spanning lines still points a person at the
 * right place.
 */
final class CsvTabularFile implements TabularFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // blank lines are skipped here, so line numbers stay physical
            .setIgnoreSurroundingSpaces(false)
            .get();

    private final String displayName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private CsvTabularFile(String displayName, CSVParser parser) {
        this.displayName = displayName;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = records.hasNext() ? cells(records.next()) : List.of();
        if (header.stream().allMatch(String::isBlank)) {
            throw new UnreadableInputException(displayName + ": the file is empty (no header row)");
        }
    }

    static CsvTabularFile open(Path file, String displayName) {
        return open(file, displayName, InputLimits.MAX_CSV_RECORD_CHARS);
    }

    /** {@link #open(Path, String)} with another limit on a record's length (for tests that prove it). */
    static CsvTabularFile open(Path file, String displayName, int maxRecordChars) {
        try {
            Reader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return new CsvTabularFile(displayName, FORMAT.parse(new RecordLengthGuard(reader, maxRecordChars)));
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableInputException(displayName + ": cannot be read as CSV (" + reason(e) + ")", e);
        }
    }

    @Override
    public String sheet() {
        return "";
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRow next() throws IOException {
        try {
            while (true) {
                long linesBefore = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                List<RawCell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(new RawCell(value, false));
                }
                RawRow row = new RawRow(SourceRef.csv(displayName, linesBefore + 1), cells);
                if (!RowNormaliser.isBlank(row)) {
                    return row;
                }
            }
        } catch (UncheckedIOException e) {
            throw new UnreadableInputException(displayName + ": cannot be read as CSV (" + reason(e) + ")", e);
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> values = new ArrayList<>(record.size());
        record.forEach(values::add);
        return values;
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (cause instanceof RecordLengthGuard.RecordTooLongException) {
            return cause.getMessage() + ", more than any export needs; is it really CSV?";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
