package io.taxrecon.reports.xlsx;

import java.io.IOException;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook whose temporary files are AES-encrypted under a key held only in memory
 * (POI's {@code poifs.crypt.temp}): each sheet's flushed rows, and the package assembled when it
 * is written. POI's class fixes its row window at 20; ours keeps the window the reports use.
 */
final class EncryptedTempWorkbook extends SXSSFWorkbookWithCustomZipEntrySource {

    EncryptedTempWorkbook(int rowWindow) {
        setRandomAccessWindowSize(rowWindow);
    }

    /** The same writer as POI's, without the INFO lines its version logs for every sheet. */
    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriterWithDecorator();
    }
}
