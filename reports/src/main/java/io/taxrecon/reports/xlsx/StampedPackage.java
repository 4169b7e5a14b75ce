package io.taxrecon.reports.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;

/**
 * The finishing of a package fastexcel wrote, in one pass that also compresses it: the document
 * is dated by the run, not the clock, and every zip entry too, so that the same run writes the same
 * bytes (a rerun or a restart can be compared with the first); and each formula gets the value a
 * reader sees before anything recalculates (fastexcel writes a formula alone).
 */
final class StampedPackage {

    /** Compression of the finished package: close to the smallest, at a fraction of the time of the default. */
    private static final int LEVEL = 4;
    private static final int PART_BUFFER_BYTES = 64 * 1024;
    private static final long LOCAL_HEADER = 0x04034b50L;
    private static final long CENTRAL_DIRECTORY = 0x02014b50L;
    private static final int ZIP64_DATA_DESCRIPTOR = 24;
    private static final String WORKSHEETS = "xl/worksheets/sheet";
    private static final String MERGES_START = "<mergeCells>";
    private static final Pattern MERGE_REF = Pattern.compile("<mergeCell ref=\"([A-Z0-9:]+)\"/>");
    private static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private StampedPackage() {
    }

    /**
     * Writes the first {@code length} bytes of {@code raw} to {@code out} stamped with {@code runDate};
     * {@code cachedValues} holds per part name the value of each formula of that sheet. Leaves
     * {@code out} open.
     */
    static void write(byte[] raw, int length, LocalDate runDate, Map<String, Map<String, Long>> cachedValues,
                      OutputStream out) throws IOException {
        long time = runDate.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Inflater inflater = new Inflater(true);
        // closed here, to free its compressor at once; the caller's stream stays open
        try (ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out))) {
            zip.setLevel(LEVEL);
            copyParts(raw, length, inflater, part -> {
                byte[] stamped = stamped(part, runDate, cachedValues);
                ZipEntry copy = new ZipEntry(part.name());
                copy.setTime(time);
                zip.putNextEntry(copy);
                if (stamped == null) {
                    zip.write(part.bytes(), 0, part.length());
                } else {
                    zip.write(stamped);
                }
                zip.closeEntry();
            });
        } finally {
            inflater.end();
        }
    }

    /** The part as it goes into the finished package, or null when it goes as fastexcel wrote it. */
    private static byte[] stamped(Part part, LocalDate runDate, Map<String, Map<String, Long>> cachedValues) {
        if (CORE_PROPERTIES.equals(part.name())) {
            return dated(part, runDate);
        }
        if (part.name().startsWith(WORKSHEETS)) {
            return sheet(part, cachedValues.getOrDefault(part.name(), Map.of()));
        }
        return null;
    }

    /** The caller's stream, which closing the package leaves open (flushed). */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** One part of the package, inflated: the first {@code length} bytes of {@code bytes}, valid until the next part. */
    private record Part(String name, byte[] bytes, int length) {

        String text(Charset charset) {
            return new String(bytes, 0, length, charset);
        }
    }

    /** Takes each part of the package in turn. */
    @FunctionalInterface
    private interface PartSink {
        void accept(Part part) throws IOException;
    }

    /**
     * Hands over the parts of a package as fastexcel's zip writer lays it out, in order: each part
     * a local header (30 bytes and the name, no extra field), its deflated bytes, and a zip64 data
     * descriptor (24 bytes) that the JDK's ZipInputStream misreads; then the central directory.
     * Every part is inflated into the same buffer, grown to the largest part.
     */
    private static void copyParts(byte[] raw, int length, Inflater inflater, PartSink sink) throws IOException {
        byte[] buffer = new byte[PART_BUFFER_BYTES];
        int at = 0;
        while (int32(raw, length, at) == LOCAL_HEADER) {
            int nameLength = int16(raw, at + 26);
            int dataStart = at + 30 + nameLength + int16(raw, at + 28);
            String name = new String(raw, at + 30, nameLength, StandardCharsets.US_ASCII);
            inflater.reset();
            inflater.setInput(raw, dataStart, length - dataStart);
            int size = 0;
            try {
                while (!inflater.finished()) {
                    if (size == buffer.length) {
                        buffer = Arrays.copyOf(buffer, 2 * buffer.length);
                    }
                    int n = inflater.inflate(buffer, size, buffer.length - size);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new IOException("the part " + name + " of the workbook ends early");
                    }
                    size += n;
                }
            } catch (DataFormatException e) {
                throw new IOException("the part " + name + " of the workbook is not deflated data", e);
            }
            sink.accept(new Part(name, buffer, size));
            at = dataStart + (int) inflater.getBytesRead() + ZIP64_DATA_DESCRIPTOR;
        }
        if (int32(raw, length, at) != CENTRAL_DIRECTORY) {
            throw new IOException("the workbook's package is not laid out as fastexcel writes it");
        }
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long int32(byte[] b, int length, int at) {
        return at + 4 > length ? -1 : int16(b, at) | (long) int16(b, at + 2) << 16;
    }

    private static byte[] dated(Part core, LocalDate runDate) {
        String xml = core.text(StandardCharsets.UTF_8);
        Matcher m = CREATED.matcher(xml);
        String stamped = m.replaceFirst("$1" + runDate + "T00:00:00Z$2");
        return stamped.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A worksheet part with each formula's cached value, and its merged ranges in sheet order
     * (fastexcel keeps them in a hash set whose order changes from one run to the next); null when
     * it has neither. Read as ISO-8859-1, which maps each byte to one char and back, so the UTF-8
     * text passes untouched.
     */
    private static byte[] sheet(Part part, Map<String, Long> values) {
        String xml = part.text(StandardCharsets.ISO_8859_1);
        int merges = xml.indexOf(MERGES_START);
        if (values.isEmpty() && merges < 0) {
            return null;
        }
        if (merges >= 0) {
            xml = withSortedMerges(xml, merges);
        }
        return withCachedValues(xml, values).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String withSortedMerges(String xml, int start) {
        int from = start + MERGES_START.length();
        int end = xml.indexOf("</mergeCells>", from);
        List<String> refs = new ArrayList<>();
        Matcher m = MERGE_REF.matcher(xml.substring(from, end));
        while (m.find()) {
            refs.add(m.group(1));
        }
        refs.sort(Comparator.comparing((String ref) -> new CellRangeAddressKey(ref)));
        StringBuilder sorted = new StringBuilder(xml.length());
        sorted.append(xml, 0, from);
        refs.forEach(ref -> sorted.append("<mergeCell ref=\"").append(ref).append("\"/>"));
        return sorted.append(xml, end, xml.length()).toString();
    }

    // fastexcel writes "<f>E12-TODAY()</f>" with no value; the value follows the formula in the cell.
    private static String withCachedValues(String xml, Map<String, Long> values) {
        if (values.isEmpty()) {
            return xml;
        }
        StringBuilder result = new StringBuilder(xml.length() + 32 * values.size());
        int from = 0;
        for (Map.Entry<String, Long> v : values.entrySet()) {
            String formula = "<f>" + v.getKey() + "</f>";
            int at = xml.indexOf(formula, from);
            if (at < 0) {
                throw new IllegalStateException("formula " + v.getKey() + " not found in its sheet");
            }
            int end = at + formula.length();
            result.append(xml, from, end).append("<v>").append(v.getValue()).append("</v>");
            from = end;
        }
        return result.append(xml, from, xml.length()).toString();
    }

    /** A merged range's place in the sheet: its first row, then its first column. */
    private record CellRangeAddressKey(int row, int column) implements Comparable<CellRangeAddressKey> {

        CellRangeAddressKey(String ref) {
            this(new CellReference(ref.substring(0, ref.indexOf(':'))));
        }

        private CellRangeAddressKey(CellReference first) {
            this(first.getRow(), first.getCol());
        }

        @Override
        public int compareTo(CellRangeAddressKey o) {
            return row != o.row ? Integer.compare(row, o.row) : Integer.compare(column, o.column);
        }
    }
}
