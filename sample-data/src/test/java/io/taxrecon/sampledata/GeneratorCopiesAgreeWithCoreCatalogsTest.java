package io.taxrecon.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.catalog.CatalogTable;
import io.taxrecon.core.income.BoxCategoryMap;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.notices.NoticeCatalog;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.transcripts.TransactionCode;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.values.NoticeCode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator keeps private copies of the rules' facts (so that its truth does not come from
 * the code under test); these must say what core's catalogs say. Data is compared, no rule is run.
 */
class GeneratorCopiesAgreeWithCoreCatalogsTest {

    static final TransactionCodeCatalog CODES = TransactionCodeCatalog.defaults();
    static final NoticeCatalog NOTICES = NoticeCatalog.defaults();

    static Stream<Integer> transactionCodes() {
        Set<Integer> all = new TreeSet<>(TransactionCodes.WRITTEN.keySet());
        all.addAll(TransactionCodes.CREDITS);
        all.addAll(TransactionCodes.REMITTANCES);
        all.addAll(TransactionCodes.REMITTANCE_REVERSALS);
        return all.stream();
    }

    @ParameterizedTest(name = "TC {0}")
    @MethodSource("transactionCodes")
    void everyTransactionCodeTheGeneratorKnowsHasTheCatalogsDirectionAndRole(int code) {
        TransactionCode entry = CODES.find(Integer.toString(code)).orElse(null);
        assertThat(entry).as("TC %d in transaction-codes.csv", code).isNotNull();
        assertThat(entry.direction() == TransactionCode.Direction.CREDIT).as("TC %d is a credit", code)
                .isEqualTo(TransactionCodes.isCredit(code));
        assertThat(entry.role() == TransactionCode.Role.REMITTANCE).as("TC %d is a remittance", code)
                .isEqualTo(TransactionCodes.isRemittance(code));
        assertThat(entry.role() == TransactionCode.Role.REMITTANCE_REVERSAL).as("TC %d reverses a remittance", code)
                .isEqualTo(TransactionCodes.isRemittanceReversal(code));
    }

    @Test
    void everyBoxTheGeneratorWritesFeedsTheCatalogsCategory() {
        BoxCategoryMap map = BoxCategoryMap.defaults();
        assertThat(BoxCategories.WRITTEN).hasSize(14);
        for (Map.Entry<String, Category> e : BoxCategories.WRITTEN.entrySet()) {
            String[] key = e.getKey().split("\\|");
            FormType form = FormType.valueOf(key[0]);
            assertThat(map.find(form, key[1])).as(e.getKey()).contains(e.getValue());
        }
    }

    static Stream<String> noticeCodes() {
        return NoticeCodes.WRITTEN.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noticeCodes")
    void everyNoticeCodeTheGeneratorWritesHasTheCatalogsStageAndDays(String code) {
        Optional<NoticeType> type = NOTICES.find(code);
        NoticeCodes.Facts facts = NoticeCodes.WRITTEN.get(code);
        assertThat(type).as(code + " in notice-codes.csv").isPresent();
        assertThat(type.get().stage().name()).as(code + " stage").isEqualTo(facts.stage().name());
        assertThat(type.get().responseDays()).as(code + " response days").isEqualTo(facts.responseDays());
        assertThat(NoticeCode.normalise(code)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noticeCodes")
    void everyNoticeCodeTheGeneratorWritesHasTheCatalogsLargeBalanceWindow(String code) {
        CatalogTable.Row row = CatalogTable.read(NoticeCatalog.FILE, CatalogTable.resource(NoticeCatalog.class, NoticeCatalog.FILE),
                "code").rows().stream().filter(r -> r.optional("code").equalsIgnoreCase(code)).findFirst().orElse(null);
        assertThat(row).as(code + " in notice-codes.csv").isNotNull();
        assertThat(row.values()).containsKey("large_balance_business_days");
        String days = row.optional("large_balance_business_days");
        assertThat(days.isEmpty() ? 0 : Integer.parseInt(days)).as(code + " large balance business days")
                .isEqualTo(NoticeCodes.WRITTEN.get(code).largeBalanceBusinessDays());
    }

    @Test
    void theUnknownCodesAreWellFormedAndInNoCatalog() {
        for (String code : NoticeCodes.UNKNOWN) {
            assertThat(NoticeCode.normalise(code)).isEqualTo(code);
            assertThat(NOTICES.find(code)).as(code).isEmpty();
        }
    }
}
