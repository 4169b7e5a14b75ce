package io.taxrecon.core.transcripts;

import io.taxrecon.core.catalog.CatalogTable;
import java.io.Reader;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The transaction codes of transaction-codes.csv with their role and direction (docs/RULES.md).
 * A code not listed is kept as evidence and ignored by matching and balances.
 */
public final class TransactionCodeCatalog {

    public static final String FILE = "transaction-codes.csv";

    private final Map<String, TransactionCode> codes;

    private TransactionCodeCatalog(Map<String, TransactionCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    public static TransactionCodeCatalog defaults() {
        return read(CatalogTable.resource(TransactionCodeCatalog.class, FILE));
    }

    /** Columns: code, role, direction, description (opt), charge (opt: assessments and abatements), source (opt). */
    public static TransactionCodeCatalog read(Reader reader) {
        CatalogTable table = CatalogTable.read(FILE, reader, "code", "role", "direction");
        Map<String, TransactionCode> codes = new TreeMap<>();
        for (CatalogTable.Row row : table.rows()) {
            String code = key(row.required("code"));
            TransactionCode.Role role;
            TransactionCode.Direction direction;
            try {
                role = TransactionCode.Role.valueOf(row.required("role").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown role '" + row.optional("role") + "'");
            }
            try {
                direction = TransactionCode.Direction.valueOf(row.required("direction").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("direction must be DEBIT, CREDIT or NONE");
            }
            TransactionCode.Charge charge = null;
            if (!row.optional("charge").isEmpty()) {
                try {
                    charge = TransactionCode.Charge.valueOf(row.optional("charge").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown charge '" + row.optional("charge") + "'");
                }
            }
            if (codes.put(code, new TransactionCode(code, role, direction, row.optional("description"), charge,
                    row.optional("source"))) != null) {
                throw row.error("code " + code + " is listed twice");
            }
        }
        return new TransactionCodeCatalog(codes);
    }

    /** Accepts "430", "TC 430", "0430". */
    public Optional<TransactionCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(codes.get(key(code)));
    }

    public Set<String> codes() {
        return codes.keySet();
    }

    /**
     * A transaction code as the catalog keys it: "TC 0460", "tc460" and "460" are all "460". Written
     * out by hand because every rule asks it of every transcript line.
     */
    public static String key(String code) {
        String k = code.trim();
        if (k.length() >= 2 && (k.charAt(0) == 'T' || k.charAt(0) == 't') && (k.charAt(1) == 'C' || k.charAt(1) == 'c')) {
            k = k.substring(2).trim();
        }
        int zeros = 0;
        while (zeros < k.length() - 1 && k.charAt(zeros) == '0' && Character.isDigit(k.charAt(zeros + 1))) {
            zeros++;
        }
        return k.substring(zeros).toUpperCase(Locale.ROOT);
    }
}
