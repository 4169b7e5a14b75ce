package io.taxrecon.sampledata.transcripts;

import io.taxrecon.sampledata.model.GeneratedClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes each client's transcripts under {@code inbox/transcripts/}: in the client's own folder
 * ({@code transcripts/C000001/ACTR-1040-2022-4566.txt}) or, for every fourth client, beside the
 * folders under a name that starts with the client ({@code transcripts/C000004_ACTR-1040-2022-4566.pdf}),
 * the two ways a firm files what it downloads. The rows they carry leave the CSV files.
 */
public final class TranscriptWriter {

    /** The folder under the inbox that holds the transcripts. */
    public static final String FOLDER = "transcripts";

    private final Path root;
    private final TranscriptLayout layout;
    private final TranscriptComposer composer;
    private final Map<String, Long> files = new TreeMap<>();

    public TranscriptWriter(Path inbox, TranscriptLayout layout, LocalDate responseDate) {
        this.root = inbox.resolve(FOLDER);
        this.layout = layout;
        this.composer = new TranscriptComposer(responseDate);
    }

    /** Writes the client's transcripts; the client with the rows they do not carry, for the CSV files. */
    public GeneratedClient write(GeneratedClient client) throws IOException {
        TranscriptComposer.Split split = composer.split(client);
        TranscriptLayout own = layout.forClient(client.index());
        boolean prefixed = client.index() % 4 == 3;
        Path folder = prefixed ? root : root.resolve(client.clientId());
        for (TranscriptComposer.Placed placed : split.transcripts()) {
            Files.createDirectories(folder);
            String name = (prefixed ? client.clientId() + "_" : "") + placed.stem() + "." + own.extension();
            write(placed.document(), own, folder.resolve(name));
            files.merge(FOLDER + "/*." + own.extension(), 1L, Long::sum);
        }
        return split.leftover();
    }

    /** Transcript files written, per extension: {@code transcripts/*.pdf → 120}. */
    public Map<String, Long> fileCounts() {
        return Map.copyOf(files);
    }

    static void write(TranscriptDocument doc, TranscriptLayout layout, Path file) throws IOException {
        switch (layout) {
            case TEXT -> Files.write(file, TdsTextLayout.lines(doc), StandardCharsets.UTF_8);
            case HTML -> Files.writeString(file, HtmlLayout.html(doc), StandardCharsets.UTF_8);
            case PDF -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    PdfLayout.write(doc, out);
                }
            }
            case MIXED -> throw new IllegalArgumentException("a file has one layout: choose it with forClient");
        }
    }
}
