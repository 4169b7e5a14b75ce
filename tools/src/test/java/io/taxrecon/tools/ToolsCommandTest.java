package io.taxrecon.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tools' command line: `generate` and `bench` beside the product's `reconcile`. */
class ToolsCommandTest {

    @Test
    void withoutAToolNamedItIsAUsageError() {
        assertThat(ToolsCommand.execute()).isEqualTo(2);
    }

    @Test
    void generateWritesAnInboxOfSixKindsAndItsTruth(@TempDir Path out) throws IOException {
        assertThat(ToolsCommand.execute("generate", "--clients", "20", "--seed", "3", "--run-date", "2026-11-23",
                "--out", out.toString())).isZero();
        try (Stream<Path> files = Files.list(out.resolve("inbox"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(List.of("clients.csv",
                    "information_returns.csv", "irs_transactions.csv", "notices.csv", "payments.csv", "return_lines.csv"));
        }
        assertThat(out.resolve("truth.csv")).isRegularFile();
    }

    @Test
    void generateWithTranscriptsWritesTheIrsSideAsTranscriptFilesOfThatLayout(@TempDir Path out) throws IOException {
        assertThat(ToolsCommand.execute("generate", "--clients", "8", "--seed", "3", "--run-date", "2026-11-23",
                "--transcripts", "html", "--out", out.toString())).isZero();
        try (Stream<Path> files = Files.walk(out.resolve("inbox").resolve("transcripts"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
                    .isNotEmpty().allMatch(name -> name.endsWith(".html"));
        }
    }

    @Test
    void transcriptsWithDirtyIsAUsageError(@TempDir Path out) {
        assertThat(ToolsCommand.execute("generate", "--clients", "8", "--transcripts", "pdf", "--dirty",
                "--out", out.toString())).isEqualTo(2);
        assertThat(ToolsCommand.execute("generate", "--clients", "8", "--transcripts", "word",
                "--out", out.toString())).isEqualTo(2);
    }

    @Test
    void benchAndGenerateAreTheTools() {
        assertThat(ToolsCommand.execute("bench", "--help")).isZero();
        assertThat(ToolsCommand.execute("generate", "--help")).isZero();
    }
}
