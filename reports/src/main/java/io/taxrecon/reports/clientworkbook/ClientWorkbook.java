package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.reports.xlsx.SheetNames;
import io.taxrecon.reports.xlsx.SheetWriter;
import io.taxrecon.reports.xlsx.XlsxFile;
import io.taxrecon.reports.xlsx.XlsxStyles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one client's reconciliation workbook: Summary, Findings, Payments, Income, Evidence.
 * It holds that client's data alone, never a full TIN, and appears at its target only when
 * complete (written to a temporary file, then renamed), so a restarted job simply rewrites it.
 * Stateless and thread-safe: one instance may serve parallel partitions.
 */
public final class ClientWorkbook {

    /** The sheets, in workbook order; a new sheet is one more entry here. */
    private static final List<ClientSheet> SHEETS = List.of(
            new SummarySheet(), new FindingsSheet(), new PaymentsSheet(), new IncomeSheet(), new EvidenceSheet());

    private static final Pattern SAFE_FILE_CHARS = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern UNSAFE_FILE_CHAR = Pattern.compile("[^A-Za-z0-9._-]");
    private static final int MAX_STEM = 100;
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /**
     * "&lt;clientId&gt;.xlsx" when the id is a safe file name (letters, digits, '.', '_', '-', not
     * starting with '.', at most 100 characters, not a Windows device name). Otherwise the unsafe
     * characters become '_' and a short hash of the real id is appended, so two ids that clean up
     * alike ("A/B", "A:B") still get different files.
     */
    public static String fileNameFor(String clientId) {
        Objects.requireNonNull(clientId, "clientId");
        boolean safe = SAFE_FILE_CHARS.matcher(clientId).matches()
                && !clientId.startsWith(".")
                && clientId.length() <= MAX_STEM
                && !WINDOWS_RESERVED.contains(clientId.toUpperCase(Locale.ROOT).split("\\.", 2)[0]);
        if (safe) {
            return clientId + ".xlsx";
        }
        String stem = UNSAFE_FILE_CHAR.matcher(clientId).replaceAll("_");
        while (stem.startsWith(".")) {
            stem = "_" + stem.substring(1);
        }
        if (stem.length() > MAX_STEM - 9) {
            stem = stem.substring(0, MAX_STEM - 9);
        }
        return stem + "-" + shortHash(clientId) + ".xlsx";
    }

    /**
     * Writes the workbook to {@code target}, replacing any earlier one. On failure nothing is left
     * at the target that was not there before, and SXSSF's temporary files are deleted.
     */
    public void write(ClientReconciliation reconciliation, ReportContext context, Path target) throws IOException {
        Objects.requireNonNull(reconciliation, "reconciliation");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(target, "target");
        ClientReport report = new ClientReport(reconciliation, context);
        SXSSFWorkbook workbook = XlsxFile.newStreamingWorkbook();
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            SheetNames names = new SheetNames();
            for (ClientSheet sheet : SHEETS) {
                SheetWriter out = new SheetWriter(workbook.createSheet(names.claim(sheet.name())), styles, report.redactor());
                sheet.write(report, out);
            }
            XlsxFile.writeAtomically(workbook, target);
        } finally {
            XlsxFile.dispose(workbook);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
