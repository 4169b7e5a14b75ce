package io.taxrecon.core.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A file of wording templates (a Java properties file: key = text with {placeholders}), read the
 * same way for every kind of text the product words, so that finding texts and letter texts
 * cannot drift apart in how they load or report a broken file.
 */
public final class TemplateFile {

    private TemplateFile() {
    }

    /** Reads and closes {@code reader}; a file that is not a properties file is one clear error naming {@code name}. */
    public static Map<String, String> read(String name, Reader reader) {
        Properties properties = new Properties();
        try (Reader r = reader) {
            properties.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new CatalogException("cannot read " + name + ": " + e.getMessage(), e);
        }
        Map<String, String> templates = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            templates.put(key, properties.getProperty(key));
        }
        return templates;
    }

    /** {@code defaults} with {@code overrides} laid over it: keys a firm's partial file does not give keep their wording. */
    public static Map<String, String> merged(Map<String, String> defaults, Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(defaults);
        merged.putAll(overrides);
        return merged;
    }
}
