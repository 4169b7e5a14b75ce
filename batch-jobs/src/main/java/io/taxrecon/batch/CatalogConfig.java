package io.taxrecon.batch;

import io.taxrecon.core.engine.Catalogs;
import io.taxrecon.core.ingest.BoxColumns;
import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.core.transcriptfiles.TranscriptLabels;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalogs the job reads with, loaded once: the built-in data files of reconcile-core, each
 * replaced by a file of the same name in the firm's catalog folder when there is one, so that a
 * firm corrects a fact without a rebuild.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfig {

    @Bean
    Catalogs catalogs(ReconcileProperties properties) {
        return Catalogs.load(name -> override(properties.catalogDir(), name));
    }

    @Bean
    Form1040Lines form1040Lines(ReconcileProperties properties) {
        return override(properties.catalogDir(), "form1040-lines.csv")
                .map(Form1040Lines::load)
                .orElseGet(Form1040Lines::defaults);
    }

    @Bean
    TranscriptLabels transcriptLabels(ReconcileProperties properties) {
        return TranscriptLabels.load(name -> override(properties.catalogDir(), name));
    }

    @Bean
    ColumnAliases columnAliases(ReconcileProperties properties) {
        ColumnAliases aliases = override(properties.catalogDir(), "box-columns.csv")
                .map(BoxColumns::load)
                .map(ColumnAliases.defaults()::withBoxColumns)
                .orElseGet(ColumnAliases::defaults);
        if (properties.columnMapping() == null) {
            return aliases;
        }
        try (Reader mapping = Files.newBufferedReader(properties.columnMapping(), StandardCharsets.UTF_8)) {
            return aliases.withFirmMapping(mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the column mapping " + properties.columnMapping(), e);
        }
    }

    private static Optional<Reader> override(Path folder, String name) {
        if (folder == null || !Files.isRegularFile(folder.resolve(name))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog " + folder.resolve(name), e);
        }
    }
}
