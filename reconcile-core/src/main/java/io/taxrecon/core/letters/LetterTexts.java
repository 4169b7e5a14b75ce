package io.taxrecon.core.letters;

import io.taxrecon.core.catalog.CatalogException;
import io.taxrecon.core.catalog.CatalogTable;
import io.taxrecon.core.catalog.TemplateFile;
import io.taxrecon.core.findings.FindingTexts;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;

/**
 * The wording of a draft response (response-letter.properties), kept as data so that a firm's
 * editor changes sentences without touching code. Filled by {@link FindingTexts#fill}, the one
 * template filler: a placeholder without a value is an error, never left visible in a letter.
 */
public final class LetterTexts {

    public static final String FILE = "response-letter.properties";

    /** What only a person can supply: a signature, a contact, a figure the records do not hold. */
    public static final String BLANK = "[__________]";

    private final Map<String, String> templates;

    private LetterTexts(Map<String, String> templates) {
        this.templates = Collections.unmodifiableMap(templates);
    }

    public static LetterTexts defaults() {
        return read(CatalogTable.resource(LetterTexts.class, FILE));
    }

    /** Reads and closes {@code reader}, a Java properties file. */
    public static LetterTexts read(Reader reader) {
        return new LetterTexts(TemplateFile.read(FILE, reader));
    }

    /** Replaces a firm's partial file: keys it does not give keep their default wording. */
    public LetterTexts overriddenBy(LetterTexts other) {
        return new LetterTexts(TemplateFile.merged(templates, other.templates));
    }

    public boolean has(String key) {
        return templates.containsKey(key);
    }

    /** A text without placeholders. */
    public String text(String key) {
        return render(key, Map.of());
    }

    /** The template of {@code key} with its placeholders filled. */
    public String render(String key, Map<String, String> values) {
        String template = templates.get(key);
        if (template == null) {
            throw new CatalogException(FILE + ": no text for '" + key + "'");
        }
        return FindingTexts.fill(template, values);
    }

    /** Money as {@link FindingTexts#money} words it; a blank for a person to fill when unknown. */
    public static String money(BigDecimal amount) {
        return amount == null ? BLANK : FindingTexts.money(amount);
    }
}
