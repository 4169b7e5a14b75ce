package io.taxrecon.sampledata;

import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generator's copy of box-categories.csv, for the boxes it writes: what each box feeds. The
 * truth's income sums need it; {@code GeneratorCopiesAgreeWithCoreCatalogsTest} holds it to the catalog.
 */
final class BoxCategories {

    /** (form, box) -> category, for every box the generator writes. */
    static final Map<String, Category> WRITTEN = new LinkedHashMap<>();

    static {
        put(FormType.W2, "1", Category.WAGES);
        put(FormType.W2, "2", Category.FEDERAL_WITHHOLDING);
        put(FormType.F1099_INT, "1", Category.TAXABLE_INTEREST);
        put(FormType.F1099_INT, "4", Category.FEDERAL_WITHHOLDING);
        put(FormType.F1099_DIV, "1a", Category.ORDINARY_DIVIDENDS);
        put(FormType.F1099_DIV, "1b", Category.QUALIFIED_DIVIDENDS);
        put(FormType.F1099_NEC, "1", Category.NONEMPLOYEE_COMPENSATION);
        put(FormType.F1099_K, "1a", Category.PAYMENT_CARD_RECEIPTS);
        put(FormType.F1099_R, "2a", Category.RETIREMENT_DISTRIBUTIONS_TAXABLE);
        put(FormType.F1099_R, "4", Category.FEDERAL_WITHHOLDING);
        put(FormType.SSA_1099, "5", Category.SOCIAL_SECURITY_BENEFITS);
        put(FormType.SSA_1099, "6", Category.FEDERAL_WITHHOLDING);
        put(FormType.F1099_G, "1", Category.UNEMPLOYMENT_COMPENSATION);
        put(FormType.F1099_G, "4", Category.FEDERAL_WITHHOLDING);
    }

    private BoxCategories() {}

    static Category of(FormType form, String box) {
        Category c = WRITTEN.get(key(form, box));
        if (c == null) {
            throw new IllegalArgumentException(form + " box " + box + " is not one the generator writes");
        }
        return c;
    }

    static String key(FormType form, String box) {
        return form.name() + "|" + box;
    }

    private static void put(FormType form, String box, Category category) {
        WRITTEN.put(key(form, box), category);
    }
}
