package io.taxrecon.formats.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The format of an input file, judged by its first bytes as well as its name: firms rename
 * exports, so a "payments.csv" that is really an .xlsx, an .xlsx that is really CSV text and an
 * old OLE2 workbook named .xlsx are all read for what they are. The name only says whether the
 * file is meant to be a table at all (a .pdf in the inbox is not).
 */
public enum TableFormat {
    CSV, XLSX, XLS;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int SNIFFED = 4096;

    /**
     * The format to read {@code file} in, or empty when it is neither a table by name nor one by
     * content (a workbook-named file that is neither a workbook nor UTF-8 text).
     */
    public static Optional<TableFormat> of(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csvName = name.endsWith(".csv") || name.endsWith(".txt");
        boolean excelName = name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
        if (!csvName && !excelName) {
            return Optional.empty();
        }
        byte[] head = head(file);
        if (startsWith(head, ZIP)) {
            return Optional.of(XLSX);
        }
        if (startsWith(head, OLE2)) {
            // an encrypted .xlsx is an OLE2 container too: the .xls reader says it is password-protected
            return Optional.of(XLS);
        }
        if (csvName || head.length == 0 || isText(head)) {
            // a .csv of stray bytes goes to the CSV reader, which says it is not UTF-8 text
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFFED);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** UTF-8 without NUL bytes; the last character may be cut by the sniffed length. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        int length = head.length;
        for (int cut = 0; cut < 4 && length - cut > 0; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, length - cut));
                return true;
            } catch (CharacterCodingException e) {
                if (length < SNIFFED) {
                    return false; // the whole file was read: no character was cut
                }
            }
        }
        return false;
    }
}
