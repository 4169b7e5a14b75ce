package io.taxrecon.batch.outputs;

import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.firmsummary.ClientSummary;
import io.taxrecon.reports.firmsummary.FirmSummaryWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a night's firm-summary.xlsx from the store: the night's client summary lines ranked by
 * urgency, and "Since last night". The outputs step writes it; {@code forget} writes a past
 * night's again without the client it removed.
 */
public final class FirmSummaryOutput {

    public static final String FILE_NAME = "firm-summary.xlsx";

    private FirmSummaryOutput() {
    }

    /** Writes {@code runFolder}/firm-summary.xlsx whole, or leaves the old one when it fails. */
    public static void write(FindingStore findings, NightView night, Path runFolder, ReportContext context)
            throws IOException {
        FirmSummaryWorkbook workbook = new FirmSummaryWorkbook(runFolder.resolve(FILE_NAME), context);
        try {
            workbook.sinceLastNight(night);
            // ranked by the reports' own rule: one summary line per client with a workbook fits in memory
            List<ClientSummary> clients = new ArrayList<>(findings.clientsWithWorkbooks(night.runDate()));
            clients.sort(FirmSummaryWorkbook.URGENCY);
            clients.forEach(workbook::add);
        } catch (RuntimeException e) {
            workbook.discard(); // never publish half a summary
            throw e;
        }
        workbook.close();
    }
}
