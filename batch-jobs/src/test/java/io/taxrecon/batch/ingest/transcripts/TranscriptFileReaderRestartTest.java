package io.taxrecon.batch.ingest.transcripts;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.core.clients.Client;
import io.taxrecon.core.transcriptfiles.TranscriptEntry;
import io.taxrecon.core.transcriptfiles.TranscriptParser;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import io.taxrecon.formats.inbox.InboxScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A transcript's load killed part way resumes after the last entry staged, never twice, never skipping one. */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class TranscriptFileReaderRestartTest {

    static final LocalDate NIGHT = LocalDate.of(2031, 4, 7);
    static final String CLIENTS_SHA = "e".repeat(64);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TranscriptParser parser;

    @Test
    void aRestartedReaderGoesOnFromTheCountSavedAtTheLastCommit() throws Exception {
        jdbc.update("insert into input_file (file_sha, file_name, kind, loaded_on, status) values (?,?,?,?,?)",
                CLIENTS_SHA, "clients.csv", "clients", NIGHT, "LOADED");
        jdbc.update("insert into run_input (run_date, position, file_sha, file_name, kind, newly_loaded) "
                + "values (?, 0, ?, 'clients.csv', 'clients', true)", NIGHT, CLIENTS_SHA);
        jdbc.update(StagedTables.CLIENTS.insertSql(), StagedTables.CLIENTS.bind(new Client("RS-C1", "John Taxpayer",
                Tin.of("123456789"), null, null, null, new SourceRef("clients.csv", "", 2)), CLIENTS_SHA));
        Path file = TestFolders.create("transcript-restart").resolve("RS-C1_ACTR-2023.txt");
        try (InputStream in = getClass().getResourceAsStream("/transcripts/account-tds.txt")) {
            Files.write(file, in.readAllBytes());
        }
        String sha = InboxScanner.sha256(file);

        List<TranscriptEntry> whole = readAll(reader(file, sha), new ExecutionContext());
        ExecutionContext saved = new ExecutionContext();
        TranscriptFileReader first = reader(file, sha);
        first.open(saved);
        List<TranscriptEntry> beforeTheKill = new ArrayList<>(List.of(first.read(), first.read(), first.read()));
        first.update(saved);
        first.close();
        List<TranscriptEntry> afterTheRestart = readAll(reader(file, sha), saved);

        assertThat(whole).hasSize(11); // 8 transactions, 2 period headers, 1 unread line
        beforeTheKill.addAll(afterTheRestart);
        assertThat(beforeTheKill).isEqualTo(whole);
    }

    private TranscriptFileReader reader(Path file, String sha) {
        return new TranscriptFileReader(file, file.getFileName().toString(), sha, parser, jdbc, NIGHT);
    }

    private static List<TranscriptEntry> readAll(TranscriptFileReader reader, ExecutionContext context) throws Exception {
        reader.open(context);
        List<TranscriptEntry> entries = new ArrayList<>();
        for (TranscriptEntry e = reader.read(); e != null; e = reader.read()) {
            entries.add(e);
        }
        reader.close();
        return entries;
    }
}
