package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity of a finding from night to night: {@code (client_id, tax_year, finding_type,
 * reference)}. The type is kept as its name, not the enum, so that a key stored or read back from
 * a worklist survives a finding type being renamed or added (an entry is never dropped for that).
 *
 * @param reference empty, never null, when a finding has none
 */
public record FindingKey(String clientId, int taxYear, String findingType, String reference) {

    private static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';

    public FindingKey {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(findingType, "findingType");
        reference = reference == null ? "" : reference;
    }

    /** The key of one of the engine's findings. */
    public static FindingKey of(Finding f) {
        return new FindingKey(f.clientId(), f.taxYear(), f.type() == null ? "" : f.type().name(), f.reference());
    }

    /** True when the key's type is {@code type}. */
    public boolean is(FindingType type) {
        return type.name().equals(findingType);
    }

    /**
     * The key as one line of text, {@code C-001|2024|UNPOSTED_PAYMENT|P-3}, a '|' or '\' inside a
     * field escaped with '\': what the worklist's hidden column holds. {@link #parse} reverses it.
     */
    public String text() {
        return escape(clientId) + SEPARATOR + taxYear + SEPARATOR + escape(findingType) + SEPARATOR + escape(reference);
    }

    /** The key that {@link #text()} wrote; empty when the text is not one (blank, edited, truncated). */
    public static Optional<FindingKey> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>(4);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length()) {
                field.append(text.charAt(++i));
            } else if (c == SEPARATOR) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        if (fields.size() != 4 || fields.get(0).isEmpty() || fields.get(2).isEmpty()
                || !fields.get(1).matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(new FindingKey(fields.get(0), Integer.parseInt(fields.get(1)), fields.get(2), fields.get(3)));
    }

    private static String escape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == SEPARATOR || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
