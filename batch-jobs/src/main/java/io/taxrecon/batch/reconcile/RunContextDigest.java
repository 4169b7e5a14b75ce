package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.core.engine.ReconciliationEngine;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of what every client's answer and workbook depend on besides its own inputs: the
 * firm's catalog files, the settings of the engine, the firm name and report password of the
 * reports, and the build of the engine and the reports (whose bundled catalogs and wording ship
 * inside them). When it differs from last night's, every client is reconciled again.
 */
public final class RunContextDigest {

    private RunContextDigest() {
    }

    public static String of(ReconcileProperties properties) {
        MessageDigest sha = ClientInputsDigest.sha256();
        text(sha, "settings " + properties.windowDaysBefore() + " " + properties.windowDaysAfter() + " "
                + properties.tolerance().toPlainString() + " " + properties.reversalDays() + " "
                + properties.deadlineSoonDays());
        text(sha, "firm " + properties.firmName());
        // a workbook carried from last night is encrypted with last night's password
        text(sha, "password " + properties.reportPassword());
        for (Class<?> code : List.of(ReconciliationEngine.class, ClientWorkbook.class)) {
            text(sha, "build " + build(code));
        }
        Path catalogs = properties.catalogDir();
        if (catalogs != null && Files.isDirectory(catalogs)) {
            try (Stream<Path> files = Files.list(catalogs)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    text(sha, "catalog " + file.getFileName());
                    sha.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the catalog folder " + catalogs, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void text(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** A jar's name, size and time; a folder of classes (a development build) by its name alone. */
    private static String build(Class<?> code) {
        CodeSource source = code.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location)
                    ? location.getFileName() + " " + Files.size(location) + " " + Files.getLastModifiedTime(location)
                    : location.toString();
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
