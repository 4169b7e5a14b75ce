package io.taxrecon.core.ingest;

import io.taxrecon.core.catalog.CatalogException;
import io.taxrecon.core.catalog.CatalogTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Which header names stand for which canonical column of each input kind: the canonical names
 * themselves ({@code amount}), the common aliases of the column catalog
 * ({@code io/taxrecon/core/ingest/columns.csv}: {@code Amount Paid}, {@code SSN}, ...) and, on top,
 * a firm's own mapping file. Header names match ignoring case, spaces, {@code _} and {@code -}:
 * {@code Client ID}, {@code client-id} and {@code CLIENTID} are one name.
 *
 * <p>A firm whose export uses other names maps them without code, with a CSV file of three
 * columns, one row per header name; kind {@code *} applies to every kind that has the column:
 * <pre>
 * kind,column,header
 * payments,amount,Amt Paid USD
 * payments,payment_date,Settlement Date
 * *,client_id,Acct Code
 * </pre>
 * A firm's name wins over the defaults, and a row for one kind wins over a {@code *} row. A
 * mapping file with an unknown kind or column, a blank header, or one header mapped to two columns
 * of a kind is refused as a whole ({@link InvalidColumnMappingException}), naming each bad line.
 * A row {@code information_returns,W-2 box 1,Gross Pay} (or {@code box 1} for every form) names a
 * box column of a file with one row per form ({@link BoxColumns}).
 */
public final class ColumnAliases {

    private static final String CATALOG = "/io/taxrecon/core/ingest/columns.csv";
    private static final String ALL_KINDS = "*";
    private static final Pattern HEADER_NOISE = Pattern.compile("[\\s_\\-\\uFEFF]");
    private static final List<String> MAPPING_HEADER = List.of("kind", "column", "header");

    /** How a header name came to stand for a column; a lower rank wins when two headers claim one column. */
    enum Rank { FIRM, CANONICAL, ALIAS }

    record Match(String column, Rank rank) {
    }

    private static volatile ColumnAliases defaults;

    private final Map<InputKind, List<String>> columns;
    private final Map<InputKind, List<String>> required;
    private final Map<InputKind, Map<String, Match>> byKey;
    private final BoxColumns boxColumns;

    private ColumnAliases(Map<InputKind, List<String>> columns, Map<InputKind, List<String>> required,
                          Map<InputKind, Map<String, Match>> byKey, BoxColumns boxColumns) {
        this.columns = columns;
        this.required = required;
        this.byKey = byKey;
        this.boxColumns = boxColumns;
    }

    /** The catalog shipped with the product. */
    public static ColumnAliases defaults() {
        ColumnAliases result = defaults;
        if (result == null) {
            try (InputStream in = ColumnAliases.class.getResourceAsStream(CATALOG)) {
                if (in == null) {
                    throw new IllegalStateException("the column catalog " + CATALOG + " is missing from the classpath");
                }
                result = load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = result;
        }
        return result;
    }

    /**
     * A column catalog: CSV {@code kind,column,required,aliases} with {@code required} yes/no and
     * the aliases separated by {@code |}. Columns are listed in the order rows are checked.
     *
     * @throws IllegalArgumentException on a malformed catalog (a product defect, not a firm's)
     */
    public static ColumnAliases load(Reader catalogCsv) {
        CatalogTable table = CatalogTable.read("columns.csv", catalogCsv, "kind", "column", "required", "aliases");
        Map<InputKind, List<String>> columns = new EnumMap<>(InputKind.class);
        Map<InputKind, List<String>> required = new EnumMap<>(InputKind.class);
        Map<InputKind, Map<String, Match>> byKey = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            columns.put(kind, new ArrayList<>());
            required.put(kind, new ArrayList<>());
            byKey.put(kind, new HashMap<>());
        }
        for (CatalogTable.Row row : table.rows()) {
            InputKind kind = InputKind.fromStem(row.required("kind")).orElseThrow(() -> row.error("unknown kind"));
            String column = row.required("column");
            columns.get(kind).add(column);
            if (row.required("required").equalsIgnoreCase("yes")) {
                required.get(kind).add(column);
            }
            put(byKey.get(kind), headerKey(column), new Match(column, Rank.CANONICAL), row.line());
        }
        for (CatalogTable.Row row : table.rows()) {
            InputKind kind = InputKind.fromStem(row.required("kind")).orElseThrow();
            String column = row.required("column");
            for (String alias : row.optional("aliases").split("\\|")) {
                if (!alias.isBlank()) {
                    put(byKey.get(kind), headerKey(alias), new Match(column, Rank.ALIAS), row.line());
                }
            }
        }
        return new ColumnAliases(freeze(columns), freeze(required), freezeKeys(byKey), BoxColumns.defaults());
    }

    private static void put(Map<String, Match> keys, String key, Match match, long line) {
        Match before = keys.putIfAbsent(key, match);
        if (before != null && !before.column().equals(match.column())) {
            throw new IllegalArgumentException("column catalog, line " + line + ": '" + key
                    + "' already stands for " + before.column());
        }
    }

    /**
     * These aliases with a firm's mapping file on top (CSV {@code kind,column,header}).
     *
     * @throws InvalidColumnMappingException naming every bad line, when the file cannot be used
     */
    public ColumnAliases withFirmMapping(Reader mappingCsv) {
        CatalogTable table;
        try {
            table = CatalogTable.read("column mapping file", mappingCsv, MAPPING_HEADER.toArray(String[]::new));
        } catch (CatalogException e) {
            throw new InvalidColumnMappingException(e.getMessage() + " (its first line must be kind,column,header)");
        }
        List<String> problems = new ArrayList<>();
        Map<InputKind, Map<String, Match>> specific = emptyKeys();
        Map<InputKind, Map<String, Match>> everyKind = emptyKeys();
        BoxColumns boxes = boxColumns;
        for (CatalogTable.Row row : table.rows()) {
            String kindText = row.optional("kind");
            String column = row.optional("column").toLowerCase(Locale.ROOT);
            String firmHeader = row.optional("header");
            String where = "line " + row.line() + ": ";
            if (firmHeader.isEmpty()) {
                problems.add(where + "the header to map is blank");
                continue;
            }
            if (InputKind.fromStem(kindText).equals(Optional.of(InputKind.INFORMATION_RETURNS))
                    && BoxColumns.namesABox(column)) {
                try {
                    boxes = boxes.withFirmName(row.optional("column"), firmHeader);
                } catch (IllegalArgumentException e) {
                    problems.add(where + e.getMessage());
                }
                continue;
            }
            List<InputKind> kinds;
            Map<InputKind, Map<String, Match>> target;
            if (kindText.equals(ALL_KINDS)) {
                kinds = Arrays.stream(InputKind.values()).filter(k -> columns.get(k).contains(column)).toList();
                target = everyKind;
                if (kinds.isEmpty()) {
                    problems.add(where + "no kind has a column '" + column + "'");
                    continue;
                }
            } else {
                Optional<InputKind> kind = InputKind.fromStem(kindText);
                if (kind.isEmpty()) {
                    problems.add(where + "unknown kind '" + kindText + "' (kinds: *, " + Arrays.stream(InputKind.values())
                            .map(InputKind::fileStem).collect(Collectors.joining(", ")) + ")");
                    continue;
                }
                if (!columns.get(kind.get()).contains(column)) {
                    problems.add(where + kind.get().fileStem() + " has no column '" + row.optional("column")
                            + "' (columns: " + String.join(", ", columns.get(kind.get())) + ")");
                    continue;
                }
                kinds = List.of(kind.get());
                target = specific;
            }
            for (InputKind kind : kinds) {
                Match before = target.get(kind).putIfAbsent(headerKey(firmHeader), new Match(column, Rank.FIRM));
                if (before != null && !before.column().equals(column)) {
                    problems.add(where + "'" + firmHeader + "' is already mapped to " + kind.fileStem() + "."
                            + before.column() + ", so it cannot also stand for " + column);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidColumnMappingException("column mapping file: " + String.join("; ", problems));
        }
        Map<InputKind, Map<String, Match>> merged = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            Map<String, Match> keys = new HashMap<>(byKey.get(kind));
            keys.putAll(everyKind.get(kind));
            keys.putAll(specific.get(kind));
            merged.put(kind, keys);
        }
        return new ColumnAliases(columns, required, freezeKeys(merged), boxes);
    }

    /** These aliases with another box column catalog (a firm's {@code box-columns.csv}). */
    public ColumnAliases withBoxColumns(BoxColumns catalog) {
        return new ColumnAliases(columns, required, byKey, catalog);
    }

    /** The names of box columns, for files of one row per form ({@link FormRows}). */
    public BoxColumns boxColumns() {
        return boxColumns;
    }

    /** The kind's canonical columns, in the order a row's values are checked. */
    public List<String> columns(InputKind kind) {
        return columns.get(kind);
    }

    public List<String> requiredColumns(InputKind kind) {
        return required.get(kind);
    }

    /** The canonical column a header name stands for in a file of {@code kind}, if any. */
    public Optional<String> columnFor(InputKind kind, String header) {
        return match(kind, header).map(Match::column);
    }

    Optional<Match> match(InputKind kind, String header) {
        return Optional.ofNullable(byKey.get(kind).get(headerKey(header)));
    }

    /** A header name as it is compared: lower case, without spaces, {@code _}, {@code -} or a BOM. */
    public static String headerKey(String header) {
        return header == null ? "" : HEADER_NOISE.matcher(header.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static Map<InputKind, Map<String, Match>> emptyKeys() {
        Map<InputKind, Map<String, Match>> keys = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            keys.put(kind, new LinkedHashMap<>());
        }
        return keys;
    }

    private static Map<InputKind, List<String>> freeze(Map<InputKind, List<String>> lists) {
        Map<InputKind, List<String>> frozen = new EnumMap<>(InputKind.class);
        lists.forEach((kind, list) -> frozen.put(kind, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }

    private static Map<InputKind, Map<String, Match>> freezeKeys(Map<InputKind, Map<String, Match>> keys) {
        Map<InputKind, Map<String, Match>> frozen = new EnumMap<>(InputKind.class);
        keys.forEach((kind, map) -> frozen.put(kind, Map.copyOf(map)));
        return Collections.unmodifiableMap(frozen);
    }
}
