package io.taxrecon.core.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where each canonical column of a kind sits in one file's header. Header names match through
 * {@link ColumnAliases} (ignoring case, spaces, {@code _} and {@code -}); extra columns are ignored.
 * When two headers stand for one column, a firm-mapped name beats the canonical name, which beats
 * an alias; among equals the leftmost wins.
 */
public final class HeaderMapping {

    private final InputKind kind;
    private final Map<String, Integer> indexByColumn;
    private final Map<String, String> headerByColumn;

    private HeaderMapping(InputKind kind, Map<String, Integer> indexByColumn, Map<String, String> headerByColumn) {
        this.kind = kind;
        this.indexByColumn = Collections.unmodifiableMap(indexByColumn);
        this.headerByColumn = Collections.unmodifiableMap(headerByColumn);
    }

    /** @throws MissingColumnsException naming every required column the header lacks */
    public static HeaderMapping resolve(InputKind kind, List<String> header, ColumnAliases aliases) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, ColumnAliases.Rank> rank = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int position = i;
            aliases.match(kind, header.get(i)).ifPresent(match -> {
                ColumnAliases.Rank before = rank.get(match.column());
                if (before == null || match.rank().compareTo(before) < 0) {
                    index.put(match.column(), position);
                    rank.put(match.column(), match.rank());
                }
            });
        }
        List<String> missing = new ArrayList<>();
        for (String column : aliases.requiredColumns(kind)) {
            if (!index.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnsException(kind, missing, header);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String column : aliases.columns(kind)) {
            if (index.containsKey(column)) {
                ordered.put(column, index.get(column));
                headers.put(column, header.get(index.get(column)));
            }
        }
        return new HeaderMapping(kind, ordered, headers);
    }

    public InputKind kind() {
        return kind;
    }

    /** The column's position in the row (0-based), empty when the file does not have it. */
    public OptionalInt indexOf(String column) {
        Integer index = indexByColumn.get(column);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** Canonical column → the header name the file used for it, in catalog order. */
    public Map<String, String> headers() {
        return headerByColumn;
    }
}
