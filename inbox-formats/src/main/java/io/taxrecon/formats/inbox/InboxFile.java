package io.taxrecon.formats.inbox;

import io.taxrecon.core.ingest.InputKind;
import java.nio.file.Path;

/**
 * A file of the night's inbox, known by its content: the same SHA-256 is the same file whatever
 * its name, so a file fed again on another night is not loaded twice.
 */
public record InboxFile(Path path, String name, String sha256, InputKind kind) {
}
