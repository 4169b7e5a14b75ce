package io.taxrecon.formats.inbox;

import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.FormRows;
import io.taxrecon.core.ingest.HeaderMapping;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.formats.tabular.TabularFile;
import io.taxrecon.formats.tabular.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Looks at every file of an inbox before anything is loaded: its kind (from its name, failing
 * that from its header), its required columns and its content hash. A file that cannot be read
 * as a whole stops the run here, before a single row is staged or a report written.
 */
public final class InboxScanner {

    private final ColumnAliases aliases;

    public InboxScanner(ColumnAliases aliases) {
        this.aliases = aliases;
    }

    /** The inbox's files in name order. */
    public List<InboxFile> scan(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new UnreadableInputException("inbox " + inbox + " is not a folder");
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(this::inspect)
                    .toList();
        } catch (IOException e) {
            throw new UnreadableInputException("inbox " + inbox + " cannot be listed: " + e.getMessage(), e);
        }
    }

    InboxFile inspect(Path path) {
        String name = path.getFileName().toString();
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
