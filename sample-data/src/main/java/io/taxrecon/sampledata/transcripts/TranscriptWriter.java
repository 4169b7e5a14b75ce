package io.taxrecon.sampledata.transcripts;

import io.taxrecon.sampledata.model.GeneratedClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes each client's transcripts under {@code inbox/transcripts/}: in the client's own folder
 * ({@code transcripts/C000001/ACTR-1040-2022-4566.txt}) or, for every fourth client, beside the
 * folders under a name that starts with the client ({@code transcripts/C000004_ACTR-1040-2022-4566.pdf}),
 * the two ways a firm files what it downloads; such a client's account transcripts in PDF come as
 * one file of several tax periods ({@code C000004_ACTR-1040-4566.pdf}). The rows they carry leave
 * the CSV files.
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
        Map<String, List<TranscriptDocument>> byFile = new LinkedHashMap<>();
        for (TranscriptComposer.Placed placed : split.transcripts()) {
            String stem = placed.stem();
            if (prefixed && own == TranscriptLayout.PDF && placed.document().product() == TranscriptProduct.ACCOUNT) {
                // such a client's account transcripts come as one PDF of several periods, one module each
                stem = stem.replaceFirst("-\\d{4}-(\\d{4})$", "-$1");
            }
            byFile.computeIfAbsent((prefixed ? client.clientId() + "_" : "") + stem + "." + own.extension(),
                    k -> new ArrayList<>()).add(placed.document());
        }
        for (Map.Entry<String, List<TranscriptDocument>> file : byFile.entrySet()) {
            Files.createDirectories(folder);
            write(file.getValue(), own, folder.resolve(file.getKey()));
            files.merge(FOLDER + "/*." + own.extension(), 1L, Long::sum);
        }
        return split.leftover();
    }

    /** Transcript files written, per extension: {@code transcripts/*.pdf → 120}. */
    public Map<String, Long> fileCounts() {
        return Map.copyOf(files);
    }

    /** The transcripts in one file: several only in a PDF, as modules one after the other. */
    static void write(List<TranscriptDocument> docs, TranscriptLayout layout, Path file) throws IOException {
        switch (layout) {
            case TEXT -> Files.write(file, TdsTextLayout.lines(single(docs)), StandardCharsets.UTF_8);
            case HTML -> Files.writeString(file, HtmlLayout.html(single(docs)), StandardCharsets.UTF_8);
            case PDF -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    PdfLayout.write(docs, out);
                }
            }
            case MIXED -> throw new IllegalArgumentException("a file has one layout: choose it with forClient");
        }
    }

    private static TranscriptDocument single(List<TranscriptDocument> docs) {
        if (docs.size() != 1) {
            throw new IllegalArgumentException("only a PDF holds several transcripts");
        }
        return docs.get(0);
    }
}
