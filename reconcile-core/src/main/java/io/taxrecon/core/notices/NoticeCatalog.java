package io.taxrecon.core.notices;

import io.taxrecon.core.catalog.CatalogTable;
import io.taxrecon.core.notices.NoticeType.CollectionStage;
import java.io.Reader;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The notice codes the firm knows (notice-codes.csv): meaning, collection stage, response days,
 * appeal rights, and the practice's next step for each. A code missing here is
 * UNKNOWN_NOTICE_CODE, which is why the file, not code, decides what is known.
 */
public final class NoticeCatalog {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_]");

    public static final String FILE = "notice-codes.csv";

    private final Map<String, Entry> entries;

    private record Entry(NoticeType type, String nextStep) {
    }

    private NoticeCatalog(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static NoticeCatalog defaults() {
        return read(CatalogTable.resource(NoticeCatalog.class, FILE));
    }

    /**
     * Columns: code, title, meaning, stage, response_days, cdp_rights, appeal_rights,
     * large_balance_business_days (opt), next_step (opt), source (opt).
     */
    public static NoticeCatalog read(Reader reader) {
        CatalogTable table = CatalogTable.read(FILE, reader,
                "code", "title", "meaning", "stage", "response_days", "cdp_rights", "appeal_rights");
        Map<String, Entry> entries = new TreeMap<>();
        for (CatalogTable.Row row : table.rows()) {
            String code = key(row.required("code"));
            CollectionStage stage;
            int days;
            int largeDays;
            try {
                stage = CollectionStage.valueOf(row.required("stage").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown stage '" + row.optional("stage") + "'");
            }
            try {
                days = Integer.parseInt(row.optional("response_days").isEmpty() ? "0" : row.optional("response_days"));
            } catch (NumberFormatException e) {
                throw row.error("response_days is not a whole number");
            }
            try {
                largeDays = Integer.parseInt(row.optional("large_balance_business_days").isEmpty() ? "0"
                        : row.optional("large_balance_business_days"));
            } catch (NumberFormatException e) {
                throw row.error("large_balance_business_days is not a whole number");
            }
            if (days < 0 || largeDays < 0) {
                throw row.error(days < 0 ? "response_days is negative" : "large_balance_business_days is negative");
            }
            NoticeType type = new NoticeType(code, row.required("title"), row.required("meaning"), stage, days,
                    parseBoolean(row, row.optional("cdp_rights")), row.optional("appeal_rights"), largeDays);
            if (entries.put(code, new Entry(type, row.optional("next_step"))) != null) {
                throw row.error("code " + code + " is listed twice");
            }
        }
        return new NoticeCatalog(entries);
    }

    public Optional<NoticeType> find(String normalCode) {
        Entry entry = normalCode == null ? null : entries.get(key(normalCode));
        return entry == null ? Optional.empty() : Optional.of(entry.type());
    }

    /**
     * The practice's next step for the code, a template that may name {due}, {claimed},
     * {supported} and {code}; empty when the catalog gives none.
     */
    public Optional<String> nextStep(String normalCode) {
        Entry entry = normalCode == null ? null : entries.get(key(normalCode));
        return entry == null || entry.nextStep().isEmpty() ? Optional.empty() : Optional.of(entry.nextStep());
    }

    /** Every code listed, in order. */
    public Set<String> codes() {
        return entries.keySet();
    }

    private static String key(String code) {
        return SEPARATORS.matcher(code.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    private static boolean parseBoolean(CatalogTable.Row row, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "x" -> true;
            case "false", "no", "n", "0", "" -> false;
            default -> throw row.error("cdp_rights is not true/false");
        };
    }
}
