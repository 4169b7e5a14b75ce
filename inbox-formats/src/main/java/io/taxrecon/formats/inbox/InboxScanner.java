package io.taxrecon.formats.inbox;

import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.FormRows;
import io.taxrecon.core.ingest.HeaderMapping;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.transcriptfiles.TranscriptOwner;
import io.taxrecon.formats.tabular.TabularFile;
import io.taxrecon.formats.transcripts.TranscriptFile;
import io.taxrecon.formats.tabular.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Looks at every file of an inbox before anything is loaded: its kind (from its name, failing
 * that from its header; for an IRS transcript, from the product its text names), its required
 * columns and its content hash. A file that cannot be read
 * as a whole stops the run here, before a single row is staged or a report written.
 */
public final class InboxScanner {

    private final ColumnAliases aliases;

    public InboxScanner(ColumnAliases aliases) {
        this.aliases = aliases;
    }

    /**
     * The inbox's files in name order: those at its top, then those anywhere under its
     * {@value TranscriptOwner#FOLDER} folder ({@code transcripts/<client_id>/...}), each named by its
     * path relative to the inbox.
     */
    public List<InboxFile> scan(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new UnreadableInputException("inbox " + inbox + " is not a folder");
        }
        List<InboxFile> found = new ArrayList<>(inspectAll(inbox, inbox, 1));
        Path transcripts = inbox.resolve(TranscriptOwner.FOLDER);
        if (Files.isDirectory(transcripts)) {
            found.addAll(inspectAll(inbox, transcripts, Integer.MAX_VALUE));
        }
        return found;
    }

    private List<InboxFile> inspectAll(Path inbox, Path folder, int depth) {
        try (Stream<Path> files = Files.walk(folder, depth)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(p -> inspect(p, inbox.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UnreadableInputException("inbox " + folder + " cannot be listed: " + e.getMessage(), e);
        }
    }

    InboxFile inspect(Path path) {
        return inspect(path, path.getFileName().toString());
    }

    private InboxFile inspect(Path path, String name) {
        if (TranscriptFile.formatOf(path).isPresent()) {
            // a transcript's kind is the product its text names: Account Transcript -> irs_transactions, ...
            InputKind kind = TranscriptFile.productOf(TranscriptFile.read(path, name), name).kind();
            return new InboxFile(path, name, sha256(path), kind);
        }
        Optional<InputKind> byName = InputKind.fromFileName(name);
        try (TabularFile file = TabularFile.open(path, name, byName.map(InputKind::fileStem).orElse(null))) {
            InputKind kind = byName.or(() -> InputKind.fromHeader(file.header(), aliases))
                    .or(() -> FormRows.of(InputKind.INFORMATION_RETURNS, file.header(), aliases)
                            .filter(rows -> InputKind.fromHeader(rows.header(), aliases).isPresent())
                            .map(rows -> InputKind.INFORMATION_RETURNS))
                    .orElseThrow(() -> new UnreadableInputException(name
                            + ": unknown kind of file: neither its name nor its header says whether it holds "
                            + "clients, notices, irs_transactions, information_returns, return_lines or payments"));
            try {
                HeaderMapping.resolve(kind, FormRows.of(kind, file.header(), aliases)
                        .map(FormRows::header).orElse(file.header()), aliases);
            } catch (RuntimeException e) {
                throw new UnreadableInputException(name + " (" + kind.fileStem() + "): " + e.getMessage(), e);
            }
            return new InboxFile(path, name, sha256(path), kind);
        } catch (IOException e) {
            throw new UnreadableInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Stops a load that would resume in a file other than the one the run scanned: a restart must
     * read the same content, not an edited one.
     *
     * @throws UnreadableInputException when the file's content changed since the scan
     */
    public static void requireUnchanged(Path path, String displayName, String sha256) {
        if (!sha256(path).equals(sha256)) {
            throw new UnreadableInputException(displayName + ": the file changed since this run began; put the "
                    + "original back to resume, or run the date again with --rerun");
        }
    }

    /** The SHA-256 of a file's content, in hex: what identifies an input file whatever its name. */
    public static String sha256(Path path) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
