package io.taxrecon.reports.firmsummary;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.privacy.TinRedactor;
import io.taxrecon.reports.xlsx.PoiRowWriter;
import io.taxrecon.reports.xlsx.SheetNames;
import io.taxrecon.reports.xlsx.PoiSheetWriter;
import io.taxrecon.reports.xlsx.XlsxFile;
import io.taxrecon.reports.xlsx.XlsxStyles;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The firm-wide summary: one row per client on the "Clients" sheet, in the order the caller adds
 * them (already ranked, normally by {@link #URGENCY}), then, given the night, a "Since last night"
 * sheet ({@link #sinceLastNight}), a "Totals" sheet and a "Charts" sheet (findings by type, amount at stake by top severity; see {@link FirmCharts}) written on
 * {@link #close()}, encrypted when the context has a password. Rows stream to disk, so tens of thousands of clients fit in little memory.
 * The file appears at its target only on a successful close; {@link #discard()} abandons it.
 * Not thread-safe: one writer, one thread.
 */
public final class FirmSummaryWorkbook implements Closeable {

    /**
     * The ranking: fewest days left first (overdue, i.e. negative, before due; clients with no
     * deadline last), then severity (HIGH first, none last), then amount at stake (largest
     * first), then client_id, so the order is total and reproducible.
     */
    public static final Comparator<ClientSummary> URGENCY = Comparator
            .comparing(ClientSummary::minDaysLeft, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ClientSummary::topSeverity, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ClientSummary::amountAtStake, Comparator.reverseOrder())
            .thenComparing(ClientSummary::clientId);

    static final String CLIENTS_SHEET = "Clients";
    static final String TOTALS_SHEET = "Totals";
    static final String CHARTS_SHEET = "Charts";
    /** The row (0-based) of the Clients sheet's column headers; rows above hold the title. */
    static final int HEADER_ROW = 3;

    private static final List<String> FIXED_COLUMNS = List.of(
            "Rank", "Client ID", "Client name", "TIN", "Reviewer", "Top severity", "Days left",
            "Amount at stake", "Notices", "Findings", "Data incomplete");

    private final Path target;
    private final ReportContext context;
    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final SheetNames names = new SheetNames();
    private final PoiSheetWriter clients;
    private final TinRedactor redactor = TinRedactor.shapesOnly();
    private final Totals totals = new Totals();
    private final Map<String, SinceLastNightSheet.ClientLine> clientLines = new HashMap<>();
    private NightView night;
    private boolean closed;

    public FirmSummaryWorkbook(Path target, ReportContext context) throws IOException {
        this.target = Objects.requireNonNull(target, "target");
        this.context = Objects.requireNonNull(context, "context");
        this.workbook = XlsxFile.newStreamingWorkbook();
        try {
            XlsxFile.stamp(workbook, context.runDate());
            this.styles = new XlsxStyles(workbook);
            this.clients = new PoiSheetWriter(workbook.createSheet(names.claim(CLIENTS_SHEET)), styles, redactor);
            writeClientsHeader();
        } catch (RuntimeException e) {
            XlsxFile.dispose(workbook);
            throw e;
        }
    }

    /** Appends a client's row; rows keep the order in which they are added. */
    public void add(ClientSummary row) {
        Objects.requireNonNull(row, "row");
        if (closed) {
            throw new IllegalStateException("the firm summary is already closed");
        }
        totals.count(row);
        clientLines.put(row.clientId(), new SinceLastNightSheet.ClientLine(row.clientName(), row.workbookFileName()));
        Long days = row.minDaysLeft();
        PoiRowWriter r = clients.row()
                .number(totals.clients)
                .text(row.clientId())
                .text(row.clientName())
                .text(row.maskedTin())
                .text(row.reviewer())
                .text(row.topSeverity() == null ? null : row.topSeverity().name(), styles.severity(row.topSeverity()))
                .number(days, days != null && days < 0 ? styles.integerAlert : styles.integer)
                .money(row.amountAtStake())
                .number(row.noticeCount())
                .number(row.findingTotal())
                .text(row.dataIncomplete() ? "Yes" : "", row.dataIncomplete() ? styles.attention : styles.text);
        for (FindingType type : FindingType.values()) {
            int n = row.count(type);
            if (n == 0) {
                r.skip(); // blank reads faster than a sea of zeros
            } else {
                r.number(n);
            }
        }
        r.fileLink(row.workbookFileName());
    }

    /**
     * Adds the "Since last night" sheet to the summary, from the firm's whole night (its counts and
     * new HIGH findings); the clients' names and workbooks come from the rows added.
     */
    public void sinceLastNight(NightView firmNight) {
        this.night = Objects.requireNonNull(firmNight, "firmNight");
    }

    /** Writes the Totals sheet and moves the workbook into place; later calls do nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            clients.autoFilter(HEADER_ROW, FIXED_COLUMNS.size() + FindingType.values().length);
            if (night != null) {
                PoiSheetWriter out = new PoiSheetWriter(workbook.createSheet(names.claim(SinceLastNightSheet.NAME)), styles,
                        redactor);
                SinceLastNightSheet.write(out, title(), night, clientLines);
                out.printSetup(title(), "Run of " + context.runDate(), null);
            }
            writeTotals();
            writeCharts();
            XlsxFile.writeAtomically(workbook, target, context.password());
        } finally {
            XlsxFile.dispose(workbook);
        }
    }

    /** Abandons the summary (the run failed): temporary files go, nothing is written at the target. */
    public void discard() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        XlsxFile.dispose(workbook);
    }

    private String title() {
        String firm = context.firmName();
        return (firm == null || firm.isBlank() ? "" : firm + " - ") + "IRS reconciliation, firm summary";
    }

    private void writeClientsHeader() {
        List<Integer> widths = new ArrayList<>(List.of(6, 16, 30, 13, 18, 10, 9, 16, 8, 9, 10));
        List<String> headers = new ArrayList<>(FIXED_COLUMNS);
        for (FindingType type : FindingType.values()) {
            headers.add(type.name());
            widths.add(12);
        }
        headers.add("Workbook");
        widths.add(24);
        clients.widths(widths.stream().mapToInt(Integer::intValue).toArray());
        clients.row().text(title(), styles.title);
        clients.row().bold("Run date").date(context.runDate());
        clients.gap();
        clients.header(headers.toArray(String[]::new));
        clients.freezeRowsAbove(HEADER_ROW + 1);
        clients.printSetup(title(), "Run of " + context.runDate(), HEADER_ROW);
    }

    private void writeTotals() {
        PoiSheetWriter out = new PoiSheetWriter(workbook.createSheet(names.claim(TOTALS_SHEET)), styles, redactor);
        out.widths(34, 16, 16);
        out.row().text(title(), styles.title);
        out.row().bold("Run date").date(context.runDate());
        out.gap();
        out.section("Totals");
        out.row().bold("Clients").number(totals.clients);
        out.row().bold("Clients with findings").number(totals.clientsWithFindings);
        for (Severity s : Severity.values()) {
            out.row().text("Clients whose top severity is " + s, styles.severity(s)).number(totals.bySeverity.get(s));
        }
        out.row().bold("Clients with an overdue notice").number(totals.overdue);
        out.row().bold("Clients with incomplete data").number(totals.incomplete);
        out.row().bold("Notices").number(totals.notices);
        out.row().bold("Findings").number(totals.findings);
        out.row().bold("Amount at stake").money(totals.amountAtStake, styles.currencyBold);
        out.gap();
        out.section("Findings by type");
        out.header("Finding type", "Findings", "Clients");
        for (FindingType type : FindingType.values()) {
            out.row().text(type.name()).number(totals.byType.get(type)).number(totals.clientsByType.get(type));
        }
        out.printSetup(title(), "Run of " + context.runDate(), null);
    }

    private void writeCharts() {
        String name = names.claim(CHARTS_SHEET);
        PoiSheetWriter out = new PoiSheetWriter(workbook.createSheet(name), styles, redactor);
        FirmCharts.write(out, workbook.getXSSFWorkbook().getSheet(name), title(), totals.byType,
                totals.bySeverity, totals.clients - totals.bySeverity.values().stream().mapToInt(Integer::intValue).sum(),
                totals.stakeBySeverity, totals.stakeWithoutSeverity);
        out.printSetup(title(), "Run of " + context.runDate(), null);
    }

    /** Running totals, kept as rows stream past (they cannot be re-read from the sheet). */
    private static final class Totals {
        long clients;
        int clientsWithFindings;
        int overdue;
        int incomplete;
        long notices;
        long findings;
        BigDecimal amountAtStake = BigDecimal.ZERO;
        BigDecimal stakeWithoutSeverity = BigDecimal.ZERO;
        final Map<Severity, BigDecimal> stakeBySeverity = new EnumMap<>(Severity.class);
        final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        final Map<FindingType, Integer> byType = new EnumMap<>(FindingType.class);
        final Map<FindingType, Integer> clientsByType = new EnumMap<>(FindingType.class);

        Totals() {
            for (Severity s : Severity.values()) {
                bySeverity.put(s, 0);
            }
            for (FindingType t : FindingType.values()) {
                byType.put(t, 0);
                clientsByType.put(t, 0);
            }
        }

        void count(ClientSummary row) {
            clients++;
            if (row.findingTotal() > 0) {
                clientsWithFindings++;
            }
            if (row.topSeverity() != null) {
                bySeverity.merge(row.topSeverity(), 1, Integer::sum);
                stakeBySeverity.merge(row.topSeverity(), row.amountAtStake(), BigDecimal::add);
            } else {
                stakeWithoutSeverity = stakeWithoutSeverity.add(row.amountAtStake());
            }
            if (row.minDaysLeft() != null && row.minDaysLeft() < 0) {
                overdue++;
            }
            if (row.dataIncomplete()) {
                incomplete++;
            }
            notices += row.noticeCount();
            findings += row.findingTotal();
            amountAtStake = amountAtStake.add(row.amountAtStake());
            row.findingCounts().forEach((type, n) -> {
                byType.merge(type, n, Integer::sum);
                clientsByType.merge(type, 1, Integer::sum);
            });
        }
    }
}
