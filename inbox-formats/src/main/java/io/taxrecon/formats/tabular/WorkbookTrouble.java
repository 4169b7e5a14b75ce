package io.taxrecon.formats.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Says in a few words why a workbook could not be opened, from what the file really is rather
 * than from the parser's exception: a person needs "password-protected", not a stack trace.
 */
final class WorkbookTrouble {

    private WorkbookTrouble() {
    }

    static String describe(Path file, Throwable failure) {
        String limit = InputLimits.passedBy(failure);
        if (limit != null) {
            return limit;
        }
        if (failure instanceof OutOfMemoryError) {
            return "the workbook is too large to read; save it as CSV";
        }
        if (failure instanceof EncryptedDocumentException) {
            return "the workbook is password-protected; save a copy without a password";
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                return "the file is empty";
            }
            magic = FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            return "the file cannot be read as a workbook";
        }
        if (magic == FileMagic.OLE2) {
            if (isEncryptedOoxml(file)) {
                return "the workbook is password-protected; save a copy without a password";
            }
            return "the workbook is corrupt or truncated";
        }
        if (magic != FileMagic.OOXML) {
            return "the file is not an Excel workbook, whatever its name says";
        }
        return "the workbook is corrupt or truncated";
    }

    private static boolean isEncryptedOoxml(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
