package io.taxrecon.batch.outputs;

import io.taxrecon.batch.ingest.InputFileLedger;
import io.taxrecon.batch.ingest.InputFileLedger.RunInput;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.ingest.Rejection;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.csv.FindingsCsv;
import io.taxrecon.reports.csv.RejectsCsv;
import io.taxrecon.reports.files.AtomicFile;
import io.taxrecon.reports.firmsummary.ClientSummary;
import io.taxrecon.reports.firmsummary.FirmSummaryWorkbook;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the run's firm-wide outputs from the staging store: findings.csv, rejects.csv, the firm
 * summary workbook and run-summary.json. Each is streamed from the database and written whole
 * to a temporary file first, so a restart simply writes them again.
 */
public final class RunOutputsTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final InputFileLedger ledger;
    private final LocalDate runDate;
    private final Path inbox;
    private final Path runFolder;
    private final ReportContext context;

    public RunOutputsTasklet(JdbcTemplate jdbc, InputFileLedger ledger, LocalDate runDate, Path inbox, Path runFolder,
            ReportContext context) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.runDate = runDate;
        this.inbox = inbox;
        this.runFolder = runFolder;
        this.context = context;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Files.createDirectories(runFolder);
        AtomicFile.removeLeftovers(runFolder);
        writeFindings();
        writeRejects();
        writeFirmSummary();
        writeRunSummary(chunkContext.getStepContext().getStepExecution().getJobExecution());
        return RepeatStatus.FINISHED;
    }

    private void writeFindings() throws IOException {
        writeWhole(runFolder.resolve("findings.csv"), out -> {
            try (FindingsCsv csv = new FindingsCsv(out, runDate)) {
                jdbc.query("select * from finding where run_date = ? order by client_id, position",
                        rs -> {
                            csv.write(finding(rs));
                        }, runDate);
            }
        });
    }

    private void writeRejects() throws IOException {
        writeWhole(runFolder.resolve("rejects.csv"), out -> {
            try (RejectsCsv csv = new RejectsCsv(out)) {
                // a file present twice in the inbox (same content) is one file: its rejects once
                jdbc.query("select r.* from rejected_row r join (select file_sha, min(position) as position "
                                + "from run_input where run_date = ? group by file_sha) i on i.file_sha = r.file_sha "
                                + "where r.run_date is null or r.run_date = ? order by i.position, r.line",
                        rs -> {
                            csv.write(new Rejection(new SourceRef(rs.getString("file_name"), rs.getString("sheet"),
                                    rs.getLong("line")), rs.getString("client_id"), rs.getString("column_name"),
                                    rs.getString("bad_value"), rs.getString("reason")));
                        }, runDate, runDate);
            }
        });
    }

    private void writeFirmSummary() throws IOException {
        FirmSummaryWorkbook workbook = new FirmSummaryWorkbook(runFolder.resolve("firm-summary.xlsx"), context);
        try {
            // The same ranking as FirmSummaryWorkbook.URGENCY, done by the database so that the firm
            // never has to fit in memory: days left (overdue first, none last), severity, amount, id.
            jdbc.query("select * from client_summary where run_date = ? and workbook is not null "
                            + "order by case when min_days_left is null then 1 else 0 end, min_days_left, "
                            + "severity_rank, amount_at_stake desc, client_id",
                    rs -> {
                        workbook.add(clientSummary(rs));
                    }, runDate);
        } catch (RuntimeException e) {
            workbook.discard(); // never publish half a summary
            throw e;
        }
        workbook.close();
    }

    private void writeRunSummary(JobExecution jobExecution) throws IOException {
        List<RunSummary.InputFileSummary> files = new ArrayList<>();
        for (RunInput input : ledger.runInputs(runDate)) {
            long[] counts = ledger.counts(input.sha256(), runDate);
            long loaded = counts == null ? 0 : counts[0];
            long rejected = counts == null ? 0 : counts[1];
            String status = input.newlyLoaded() ? "loaded" : "already loaded on " + ledger.loadedOn(input.sha256());
            files.add(new RunSummary.InputFileSummary(input.fileName(), input.kind().fileStem(), status,
                    loaded + rejected, loaded, rejected));
        }
        Map<String, Long> byType = new LinkedHashMap<>();
        for (FindingType type : FindingType.values()) {
            byType.put(type.name(), 0L);
        }
        jdbc.query("select finding_type, count(*) from finding where run_date = ? group by finding_type",
                rs -> {
                    byType.put(rs.getString(1), rs.getLong(2));
                }, runDate);
        List<RunSummary.StepTiming> steps = new ArrayList<>();
        for (StepExecution step : jobExecution.getStepExecutions()) {
            if (step.getStartTime() != null && step.getEndTime() != null) {
                steps.add(new RunSummary.StepTiming(step.getStepName(), step.getReadCount(), step.getWriteCount(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0));
            }
        }
        RunSummary summary = new RunSummary(runDate.toString(), inbox.toAbsolutePath().normalize().toString(),
                runFolder.toAbsolutePath().normalize().toString(), files,
                count("select count(*) from client_summary where run_date = ?"),
                count("select count(*) from client_summary where run_date = ? and finding_total > 0"),
                byType, byType.values().stream().mapToLong(Long::longValue).sum(),
                count("select count(*) from client_summary where run_date = ? and workbook is not null"),
                steps);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        writeWhole(runFolder.resolve("run-summary.json"), out -> json.writeValue(out, summary));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, runDate);
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_date");
        return new Finding(rs.getString("client_id"), rs.getInt("tax_year"),
                FindingType.valueOf(rs.getString("finding_type")), Severity.valueOf(rs.getString("severity")),
                rs.getString("reference"), rs.getBigDecimal("irs_amount"), rs.getBigDecimal("client_amount"),
                rs.getBigDecimal("difference"), rs.getString("notice_id"), due == null ? null : due.toLocalDate(),
                rs.getString("explanation"), rs.getString("recommended_action"), List.of());
    }

    private static ClientSummary clientSummary(ResultSet rs) throws SQLException {
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        String encoded = rs.getString("finding_counts");
        if (!encoded.isEmpty()) {
            for (String pair : encoded.split(";")) {
                String[] kv = pair.split("=");
                counts.put(FindingType.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        String severity = rs.getString("top_severity");
        long daysLeft = rs.getLong("min_days_left");
        Long minDaysLeft = rs.wasNull() ? null : daysLeft;
        BigDecimal stake = rs.getBigDecimal("amount_at_stake");
        return new ClientSummary(rs.getString("client_id"), rs.getString("client_name"), rs.getString("masked_tin"),
                rs.getString("reviewer"), severity == null ? null : Severity.valueOf(severity), minDaysLeft, stake,
                counts, rs.getInt("notice_count"), rs.getBoolean("data_incomplete"), rs.getString("workbook"));
    }

    /** Writes a text output through AtomicFile: a temporary file, moved into place once complete. */
    private static void writeWhole(Path target, WriterBody body) throws IOException {
        AtomicFile.write(target, null, out -> {
            // writers that close themselves (Jackson, the CSV writers) make this close a no-op
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                body.write(writer);
            }
        });
    }

    @FunctionalInterface
    private interface WriterBody {
        void write(Writer out) throws IOException;
    }
}
