package io.taxrecon.core.engine;

import io.taxrecon.core.accruals.AccrualTables;
import io.taxrecon.core.calendar.BusinessCalendar;
import io.taxrecon.core.catalog.CatalogTable;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.SeverityRules;
import io.taxrecon.core.income.BoxCategoryMap;
import io.taxrecon.core.notices.NoticeCatalog;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The data files the engine reasons with: notice codes, transaction codes, the box → category
 * map, the severity rules, the wording of findings, the legal holidays that deadlines skip and the
 * accrual tables (quarterly interest rates, late-filing minimums). Each ships with a default; a firm may
 * replace any of them, by file name, without a rebuild.
 */
public record Catalogs(
        NoticeCatalog notices,
        TransactionCodeCatalog transactionCodes,
        BoxCategoryMap boxes,
        SeverityRules severity,
        FindingTexts texts,
        BusinessCalendar calendar,
        AccrualTables accruals) {

    /** The file names a firm may override, as {@link #load} asks for them. */
    public static final List<String> FILES = files();

    /** The six catalogs with the default accrual tables. */
    public Catalogs(NoticeCatalog notices, TransactionCodeCatalog transactionCodes, BoxCategoryMap boxes,
                    SeverityRules severity, FindingTexts texts, BusinessCalendar calendar) {
        this(notices, transactionCodes, boxes, severity, texts, calendar, AccrualTables.defaults());
    }

    /** The four catalogs with the default wording of findings. */
    public Catalogs(NoticeCatalog notices, TransactionCodeCatalog transactionCodes, BoxCategoryMap boxes,
                    SeverityRules severity) {
        this(notices, transactionCodes, boxes, severity, FindingTexts.defaults());
    }

    /** The five catalogs with the default legal holidays. */
    public Catalogs(NoticeCatalog notices, TransactionCodeCatalog transactionCodes, BoxCategoryMap boxes,
                    SeverityRules severity, FindingTexts texts) {
        this(notices, transactionCodes, boxes, severity, texts, BusinessCalendar.defaults());
    }

    public static Catalogs defaults() {
        return load(name -> Optional.empty());
    }

    /**
     * The default catalogs, with any file that {@code overrides} supplies (by file name, e.g.
     * "notice-codes.csv") replacing the default whole. finding-texts.properties is the exception:
     * a firm's file replaces only the texts it gives, so a partial file cannot leave a finding
     * without words.
     *
     * @throws io.taxrecon.core.catalog.CatalogException naming the file and line when a file is unusable
     */
    public static Catalogs load(Function<String, Optional<Reader>> overrides) {
        NoticeCatalog notices = NoticeCatalog.read(open(overrides, NoticeCatalog.FILE, NoticeCatalog.class));
        TransactionCodeCatalog codes = TransactionCodeCatalog.read(
                open(overrides, TransactionCodeCatalog.FILE, TransactionCodeCatalog.class));
        BoxCategoryMap boxes = BoxCategoryMap.read(open(overrides, BoxCategoryMap.FILE, BoxCategoryMap.class));
        SeverityRules severity = SeverityRules.read(open(overrides, SeverityRules.FILE, SeverityRules.class));
        FindingTexts texts = FindingTexts.defaults();
        Optional<Reader> firmTexts = overrides.apply(FindingTexts.FILE);
        if (firmTexts.isPresent()) {
            texts = texts.overriddenBy(FindingTexts.read(firmTexts.get()));
        }
        BusinessCalendar calendar = BusinessCalendar.read(open(overrides, BusinessCalendar.FILE, BusinessCalendar.class));
        AccrualTables accruals = AccrualTables.read(open(overrides, AccrualTables.RATES_FILE, AccrualTables.class),
                open(overrides, AccrualTables.MINIMUMS_FILE, AccrualTables.class));
        return new Catalogs(notices, codes, boxes, severity, texts, calendar, accruals);
    }

    private static List<String> files() {
        List<String> files = new ArrayList<>(List.of(NoticeCatalog.FILE, TransactionCodeCatalog.FILE,
                BoxCategoryMap.FILE, SeverityRules.FILE, FindingTexts.FILE, BusinessCalendar.FILE));
        files.addAll(AccrualTables.FILES);
        return List.copyOf(files);
    }

    private static Reader open(Function<String, Optional<Reader>> overrides, String file, Class<?> owner) {
        return overrides.apply(file).orElseGet(() -> CatalogTable.resource(owner, file));
    }
}
