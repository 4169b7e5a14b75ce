package io.taxrecon.core.findings;

import io.taxrecon.core.catalog.CatalogException;
import io.taxrecon.core.catalog.CatalogTable;
import io.taxrecon.core.catalog.TemplateFile;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of explanations, next steps and notes (finding-texts.properties): templates with
 * {@code {name}} placeholders, kept as data so a practice can word its playbook its own way.
 * Callers pass values already formatted; TINs only ever masked.
 */
public final class FindingTexts {

    public static final String FILE = "finding-texts.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");

    private final Map<String, String> templates;

    private FindingTexts(Map<String, String> templates) {
        this.templates = Collections.unmodifiableMap(templates);
    }

    public static FindingTexts defaults() {
        return read(CatalogTable.resource(FindingTexts.class, FILE));
    }

    /** Reads and closes {@code reader}, a Java properties file. */
    public static FindingTexts read(Reader reader) {
        return new FindingTexts(TemplateFile.read(FILE, reader));
    }

    /** Replaces a firm's partial file: keys it does not give keep their default wording. */
    public FindingTexts overriddenBy(FindingTexts other) {
        return new FindingTexts(TemplateFile.merged(templates, other.templates));
    }

    public Set<String> keys() {
        return templates.keySet();
    }

    public boolean has(String key) {
        return templates.containsKey(key);
    }

    /** The template of {@code key} with its placeholders filled. */
    public String render(String key, Map<String, String> values) {
        String template = templates.get(key);
        if (template == null) {
            throw new CatalogException(FILE + ": no text for '" + key + "'");
        }
        return fill(template, values);
    }

    /** Fills {@code template}; a placeholder without a value is an error, so a typo cannot reach a client. */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new CatalogException("no value for {" + m.group(1) + "} in \"" + template + "\"");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "$2,500.00", "-$12.50": how a reviewer reads money. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_UP);
        // "#,##0.00" by hand: a DecimalFormat per amount cost more than the rule that asked for it
        String digits = scaled.abs().toPlainString();
        int dot = digits.indexOf('.');
        StringBuilder text = new StringBuilder(digits.length() + 8);
        if (scaled.signum() < 0) {
            text.append('-');
        }
        text.append('$');
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, dot, digits.length()).toString();
    }
}
