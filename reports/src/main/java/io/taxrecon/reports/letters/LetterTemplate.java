package io.taxrecon.reports.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of a letter, kept as data ({@code response-letter.properties}) so that a firm's
 * editor changes sentences without touching code. {@code {name}} placeholders are filled from a
 * map; a placeholder without a value is left visible rather than silently dropped.
 */
final class LetterTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Properties texts;

    private LetterTemplate(Properties texts) {
        this.texts = texts;
    }

    static LetterTemplate load(String resource) {
        Properties p = new Properties();
        try (InputStream in = LetterTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing letter template " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LetterTemplate(p);
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    String text(String key) {
        return render(key, Map.of());
    }

    String render(String key, Map<String, String> values) {
        String template = texts.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no letter text " + key);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
