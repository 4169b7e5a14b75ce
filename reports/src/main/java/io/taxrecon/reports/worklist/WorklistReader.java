package io.taxrecon.reports.worklist;

import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.reports.privacy.TinRedactor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the reviewer's columns back from a worklist. Never throws: whatever is wrong with the
 * file (locked, corrupt, truncated, encrypted with another password, the Key column or a
 * reviewer's column gone) becomes {@link WorklistRead.Unreadable} with a one-line reason, so that
 * the stored entries stand. Columns are found by header text and rows by the hidden key, so a
 * reviewer may move columns and re-sort or filter rows; formulas give their cached value, never
 * evaluated (a worklist is the firm's own file, but its formulas need not be).
 */
public final class WorklistReader {

    private static final TinRedactor REDACTOR = TinRedactor.shapesOnly();
    private static final String ENCRYPTION_INFO = "EncryptionInfo";

    /**
     * @param password the run's password, or null: an encrypted worklist then cannot be read
     * @param readOn the run date, stamped on every entry read
     */
    public WorklistRead read(Path file, String password, LocalDate readOn) {
        String name = file.getFileName() == null ? "the worklist" : file.getFileName().toString();
        try {
            return readOrFail(file, password, readOn, name);
        } catch (CannotRead e) {
            return new WorklistRead.Unreadable(REDACTOR.redact(e.getMessage()));
        } catch (Exception | StackOverflowError e) {
            // POI throws many kinds at a damaged file (ZipException, POIXMLException, RecordFormatException...).
            return new WorklistRead.Unreadable(REDACTOR.redact(name + " is damaged and cannot be read ("
                    + e.getClass().getSimpleName() + "): the stored entries stand"));
        }
    }

    private WorklistRead readOrFail(Path file, String password, LocalDate readOn, String name) throws Exception {
        if (!Files.exists(file)) {
            return new WorklistRead.Missing();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CannotRead(name + " is locked or not readable (open in Excel on another computer?): "
                    + "the stored entries stand");
        }
        List<String> warnings = new ArrayList<>();
        for (Path owner : ownerFiles(file)) {
            if (Files.exists(owner)) {
                warnings.add(name + " is open in Excel (" + owner.getFileName() + " exists): what has not been saved"
                        + " is not read");
                break;
            }
        }
        try (Workbook workbook = open(bytes, password, name)) {
            Map<FindingKey, ReviewEntry> entries = new LinkedHashMap<>();
            SheetEntries.read(sheet(workbook, WorklistColumns.OPEN_SHEET, name, true), name, readOn, entries, warnings);
            Sheet resolved = sheet(workbook, WorklistColumns.RESOLVED_SHEET, name, false);
            if (resolved != null) {
                SheetEntries.read(resolved, name, readOn, entries, warnings);
            }
            List<String> safe = warnings.stream().map(REDACTOR::redact).toList();
            return new WorklistRead.Entries(new ArrayList<>(entries.values()), safe);
        }
    }

    private static Workbook open(byte[] bytes, String password, String name) throws Exception {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OOXML) {
            return xlsx(new ByteArrayInputStream(bytes));
        }
        if (magic != FileMagic.OLE2) {
            throw new CannotRead(name + " is not an Excel workbook (" + (bytes.length == 0 ? "empty" : "unknown content")
                    + "): the stored entries stand");
        }
        POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        if (!fs.getRoot().hasEntry(ENCRYPTION_INFO)) {
            return WorkbookFactory.create(fs); // an .xls saved under the worklist's name
        }
        try {
            if (password == null || password.isEmpty()) {
                throw new CannotRead(name + " is encrypted (password-protected) and the run has no password: "
                        + "the stored entries stand");
            }
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!decryptor.verifyPassword(password)) {
                throw new CannotRead(name + " is encrypted with another password: the stored entries stand");
            }
            try (InputStream plain = decryptor.getDataStream(fs)) {
                return xlsx(plain);
            }
        } catch (GeneralSecurityException e) {
            throw new CannotRead(name + " is encrypted in a way that cannot be opened: the stored entries stand");
        } finally {
            fs.close();
        }
    }

    private static Workbook xlsx(InputStream in) throws Exception {
        OPCPackage pkg = OPCPackage.open(in);
        try {
            return new XSSFWorkbook(pkg) {
                @Override
                public void close() throws IOException {
                    pkg.revert(); // read-only: never save the package anywhere on close
                }
            };
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static Sheet sheet(Workbook workbook, String wanted, String name, boolean required) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().equalsIgnoreCase(wanted)) {
                return sheet;
            }
        }
        if (required) {
            throw new CannotRead(name + " has no \"" + wanted + "\" sheet (renamed or deleted?): the stored entries stand");
        }
        return null;
    }

    /** Excel's owner file beside an open workbook: "~$" over the name's first two characters, or before a short one. */
    private static List<Path> ownerFiles(Path file) {
        String n = file.getFileName().toString();
        return List.of(file.resolveSibling("~$" + n.substring(Math.min(2, n.length()))), file.resolveSibling("~$" + n));
    }

    /** A reason the file cannot be read, carried out of the reading as one line. */
    static final class CannotRead extends RuntimeException {
        CannotRead(String reason) {
            super(reason, null, false, false);
        }
    }
}
