package io.taxrecon.core.ingest;

import io.taxrecon.core.catalog.CatalogTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words a coded column may hold ({@code payments.method}: EFTPS, DIRECT_PAY, ...) and the ways
 * exports write them ({@code IRS Direct Pay}), from {@code io/taxrecon/core/ingest/vocabularies.csv}
 * ({@code kind,column,value,aliases} with aliases separated by {@code |}). Words compare as header
 * names do: ignoring case, spaces, {@code _} and {@code -}.
 */
final class Vocabulary {

    private static final String FILE = "/io/taxrecon/core/ingest/vocabularies.csv";
    private static volatile Vocabulary defaults;

    private final Map<String, String> canonicalByKey;

    private Vocabulary(Map<String, String> canonicalByKey) {
        this.canonicalByKey = Map.copyOf(canonicalByKey);
    }

    static Vocabulary defaults() {
        Vocabulary result = defaults;
        if (result == null) {
            try (InputStream in = Vocabulary.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException(FILE + " is missing from the classpath");
                }
                result = load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = result;
        }
        return result;
    }

    static Vocabulary load(Reader csv) {
        CatalogTable table = CatalogTable.read("vocabularies.csv", csv, "kind", "column", "value", "aliases");
        Map<String, String> keys = new HashMap<>();
        for (CatalogTable.Row row : table.rows()) {
            InputKind kind = InputKind.fromStem(row.required("kind")).orElseThrow(() -> row.error("unknown kind"));
            String column = row.required("column");
            String value = row.required("value");
            keys.put(key(kind, column, value), value);
            for (String alias : row.optional("aliases").split("\\|")) {
                if (!alias.isBlank()) {
                    keys.put(key(kind, column, alias), value);
                }
            }
        }
        return new Vocabulary(keys);
    }

    /** The canonical word {@code text} stands for in that column, if it is one the file knows. */
    Optional<String> canonical(InputKind kind, String column, String text) {
        return Optional.ofNullable(canonicalByKey.get(key(kind, column, text)));
    }

    private static String key(InputKind kind, String column, String text) {
        return kind.fileStem() + "." + column + "=" + ColumnAliases.headerKey(text);
    }
}
