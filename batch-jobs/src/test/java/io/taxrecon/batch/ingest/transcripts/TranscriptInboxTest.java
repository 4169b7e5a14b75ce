package io.taxrecon.batch.ingest.transcripts;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.TruthFile;
import io.taxrecon.batch.cli.CommandLineRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An inbox of clients and IRS transcripts as a firm downloads them (TDS text, HTML), in the
 * transcripts folder or named by a client prefix, with the bad files a firm meets: a TIN that fits
 * no client, one that fits both spouses, a Tax Return Transcript where account transcripts belong,
 * a client no clients file names. Every line is loaded or rejected at its page and line, and the
 * bad files are refused with their reason while the run goes on.
 */
class TranscriptInboxTest {

    static final String CLIENTS = "client_id,name,tin,spouse_name,spouse_tin\n"
            + "C001,John Taxpayer,123-45-6789,Jane Taxpayer,987-65-1111\n"
            + "C002,Ann Online,555-55-4321,,\n"
            + "C009,Twin One,111-11-6789,Twin Two,222-22-6789\n";

    static Path work;
    static CommandLineRun run;

    @BeforeAll
    static void runAnInboxOfTranscripts() throws IOException {
        work = TestFolders.create("transcripts");
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.writeString(inbox.resolve("clients.csv"), CLIENTS);
        copy("account-tds.txt", inbox.resolve("transcripts/C001/account-2023.txt"));
        copy("return-tds.txt", inbox.resolve("transcripts/C001/return-2024.txt"));
        copy("wage-income-tds.txt", inbox.resolve("C001_WI-2024.txt"));
        copy("account-online.html", inbox.resolve("C002_online-2024.html"));
        Files.writeString(inbox.resolve("C001_stranger.txt"),
                fixture("account-tds.txt").replace("XXX-XX-6789", "XXX-XX-2222"));
        // another request of the same account (its own tracking number): the same content would be the same file
        Files.writeString(inbox.resolve("C009_ACTR-2023.txt"),
                fixture("account-tds.txt").replace("108012345678", "108012345690"));
        Files.writeString(inbox.resolve("C001_irs_transactions_2024.txt"),
                fixture("return-tds.txt").replace("108012345680", "108012345692"));
        Files.createDirectories(inbox.resolve("transcripts/C004"));
        Files.writeString(inbox.resolve("transcripts/C004/account-2023.txt"),
                fixture("account-tds.txt").replace("108012345678", "108012345691"));
        run = CommandLineRun.of("--inbox", inbox.toString(), "--out", work.resolve("out").toString(),
                "--run-date", "2026-11-23");
    }

    @Test
    void everyUnreadableLineAndEveryRefusedTranscriptIsRejectedAtItsPageAndLineWithItsReason() throws IOException {
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(TruthFile.rows(work.resolve("out/2026-11-23/rejects.csv"), r -> String.join("|", r.get("file"),
                r.get("sheet"), r.get("line"), r.get("column"), r.get("reason"))))
                .isEqualTo(Set.of(
                        "transcripts/C001/account-2023.txt|page 2|9||transaction 670 has the placeholder date "
                                + "00-00-0000: the IRS gave no date",
                        "C001_WI-2024.txt|page 2|15||box label not in wage-income-boxes.csv for 1099-NEC: "
                                + "Golden Parachute Payments",
                        "C002_online-2024.html|page 1|39||transaction 971 has the placeholder date 00-00-0000: "
                                + "the IRS gave no date",
                        "C001_stranger.txt|page 1|11||the TIN ending 2222 is neither client C001's nor the spouse's",
                        "C009_ACTR-2023.txt|page 1|11||the TIN ending 6789 fits both client C009 and the spouse: "
                                + "whose transcript it is cannot be told",
                        "C001_irs_transactions_2024.txt|page 1|1||a Tax Return Transcript where irs_transactions "
                                + "belong (its name or folder says irs_transactions): move or rename it",
                        "transcripts/C004/account-2023.txt|page 1|1||no client with this client_id in any clients file"));
    }

    @Test
    void eachTranscriptLoadsTheRowsOfItsKind() throws IOException {
        assertThat(run.exitCode).as(run.err).isZero();
        String summary = Files.readString(work.resolve("out/2026-11-23/run-summary.json"));
        assertThat(summary)
                .contains(file("transcripts/C001/account-2023.txt", "irs_transactions", 9, 8, 1))
                .contains(file("transcripts/C001/return-2024.txt", "return_lines", 9, 9, 0))
                .contains(file("C001_WI-2024.txt", "information_returns", 13, 12, 1))
                .contains(file("C002_online-2024.html", "irs_transactions", 5, 4, 1))
                .contains(file("C009_ACTR-2023.txt", "irs_transactions", 1, 0, 1));
    }

    @Test
    void aScannedPdfStopsTheRunInOneLineNamingTheFile() throws IOException {
        Path scanWork = TestFolders.create("transcript-scan");
        Path inbox = Files.createDirectories(scanWork.resolve("inbox/transcripts/C001"));
        Files.writeString(scanWork.resolve("inbox/clients.csv"), CLIENTS);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(inbox.resolve("scan.pdf").toFile());
        }

        CommandLineRun scan = CommandLineRun.of("--inbox", scanWork.resolve("inbox").toString(),
                "--out", scanWork.resolve("out").toString(), "--run-date", "2026-11-23");

        assertThat(scan.exitCode).isNotZero();
        assertThat(scan.err).contains("transcripts/C001/scan.pdf: has no text to read (a scanned image?)")
                .doesNotContain("\tat ");
    }

    private static String file(String name, String kind, int read, int loaded, int rejected) {
        return "\"name\" : \"" + name + "\",\n    \"kind\" : \"" + kind + "\",\n    \"status\" : \"loaded\",\n"
                + "    \"rowsRead\" : " + read + ",\n    \"rowsLoaded\" : " + loaded + ",\n    \"rowsRejected\" : " + rejected;
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = TranscriptInboxTest.class.getResourceAsStream("/transcripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void copy(String fixture, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.writeString(to, fixture(fixture));
    }
}
