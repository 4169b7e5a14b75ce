package io.taxrecon.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.catalog.CatalogException;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.transcripts.TransactionCode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogsTest {

    private final Catalogs catalogs = Catalogs.defaults();

    @Test
    void everyNoticeCodeTheProductPromisesLoads() {
        for (String code : List.of("CP14", "CP501", "CP503", "CP504", "CP2000", "CP2501", "CP11", "CP12", "CP22A",
                "CP71", "CP71A", "CP71C", "CP71D", "CP90", "CP161", "CP3219A", "LT11", "LTR1058", "LTR3172",
                "CP13", "CP23", "CP24", "CP49", "CP59", "CP60", "CP62", "CP225", "CP3219N", "CP77", "CP91", "CP298",
                "CP297", "CP297A", "LT16", "LT38", "LTR5071C", "LTR4883C", "LTR5747C", "LTR6330C")) {
            assertThat(catalogs.notices().find(code)).as(code).isPresent();
        }
    }

    @Test
    void theNoticeFactsTheRulesDependOnAreRight() {
        NoticeType cp14 = catalogs.notices().find("CP14").orElseThrow();
        assertThat(cp14.responseDays()).isEqualTo(21);
        assertThat(cp14.stage()).isEqualTo(NoticeType.CollectionStage.BALANCE_DUE);
        assertThat(catalogs.notices().find("CP2000").orElseThrow().responseDays()).isEqualTo(30);
        assertThat(catalogs.notices().find("CP3219A").orElseThrow().responseDays()).isEqualTo(90);
        NoticeType lt11 = catalogs.notices().find("LT11").orElseThrow();
        assertThat(lt11.collectionDueProcess()).isTrue();
        assertThat(lt11.stage()).isEqualTo(NoticeType.CollectionStage.FINAL_NOTICE);
        assertThat(catalogs.notices().find("CP504").orElseThrow().collectionDueProcess()).isFalse();
        assertThat(catalogs.notices().find("CP504").orElseThrow().stage()).isEqualTo(NoticeType.CollectionStage.INTENT_TO_LEVY);
        assertThat(catalogs.notices().find("CP9999")).isEmpty();
    }

    @Test
    void theIdentityLettersHaveTheirOwnStageAndSendTheClientToIrsGov() {
        for (String code : List.of("LTR5071C", "LTR4883C", "LTR5747C", "LTR6330C")) {
            assertThat(catalogs.notices().find(code).orElseThrow().stage()).as(code)
                    .isEqualTo(NoticeType.CollectionStage.IDENTITY_VERIFICATION);
            assertThat(catalogs.notices().nextStep(code).orElseThrow()).as(code)
                    .contains("only through IRS.gov", "Never use a phone number, link or QR code");
        }
        assertThat(catalogs.notices().nextStep("LTR5071C").orElseThrow()).contains("idverify.irs.gov");
    }

    @Test
    void billsCarryTheTenBusinessDayWindowForLargeBalancesAndCp11IsDueLikeABill() {
        for (String code : List.of("CP11", "CP14", "CP22A", "CP23", "CP60", "CP161")) {
            NoticeType type = catalogs.notices().find(code).orElseThrow();
            assertThat(type.largeBalanceBusinessDays()).as(code).isEqualTo(10);
            assertThat(type.responseDays()).as(code).isEqualTo(21);
        }
        assertThat(catalogs.notices().find("CP501").orElseThrow().largeBalanceBusinessDays()).isZero();
        assertThat(catalogs.notices().nextStep("CP11").orElseThrow()).doesNotContain("{supported} or set up");
    }

    @Test
    void everyStepThatMentionsAPaymentPlanGivesTodaysPlansAndCp71dSaysOnlyWhatTheIrsSays() {
        for (String code : catalogs.notices().codes()) {
            String step = catalogs.notices().nextStep(code).orElse("");
            assertThat(step).as(code).doesNotContain("72 months");
            if (step.contains("payment plan")) {
                assertThat(step).as(code).contains("up to 180 days", "under $100,000",
                        "collection statute expiration date", "$50,000 or less");
            }
        }
        assertThat(catalogs.notices().find("CP71D").orElseThrow().meaning()).doesNotContainIgnoringCase("defer");
        assertThat(catalogs.notices().find("CP91").orElseThrow().stage()).isEqualTo(NoticeType.CollectionStage.FINAL_NOTICE);
        assertThat(catalogs.notices().find("CP297A").orElseThrow().collectionDueProcess()).isTrue();
        assertThat(catalogs.notices().find("CP60").orElseThrow().stage()).isEqualTo(NoticeType.CollectionStage.BALANCE_DUE);
    }

    @Test
    void everyNoticeCodeAndEveryHolidayNamesItsSource() {
        for (var file : List.of(
                io.taxrecon.core.catalog.CatalogTable.read("notice-codes.csv", io.taxrecon.core.catalog.CatalogTable
                        .resource(io.taxrecon.core.notices.NoticeCatalog.class, "notice-codes.csv")),
                io.taxrecon.core.catalog.CatalogTable.read("legal-holidays.csv", io.taxrecon.core.catalog.CatalogTable
                        .resource(io.taxrecon.core.calendar.BusinessCalendar.class, "legal-holidays.csv")))) {
            for (var row : file.rows()) {
                assertThat(row.optional("source")).as(file.name() + ":" + row.line()).isNotBlank();
            }
        }
    }

    @Test
    void theLegalHolidaysShipWithTheCatalogs() {
        assertThat(catalogs.calendar().isBusinessDay(java.time.LocalDate.of(2025, 7, 4))).isFalse();
    }

    @Test
    void everyTransactionCodeOfTheRulesTableHasItsRoleAndDirection() {
        for (String code : List.of("430", "610", "640", "650", "660", "670")) {
            TransactionCode tc = catalogs.transactionCodes().find(code).orElseThrow();
            assertThat(tc.role()).isEqualTo(TransactionCode.Role.REMITTANCE);
            assertThat(tc.direction()).isEqualTo(TransactionCode.Direction.CREDIT);
        }
        assertThat(catalogs.transactionCodes().find("TC 806").orElseThrow().role()).isEqualTo(TransactionCode.Role.WITHHOLDING);
        assertThat(catalogs.transactionCodes().find("846").orElseThrow().direction()).isEqualTo(TransactionCode.Direction.DEBIT);
        assertThat(catalogs.transactionCodes().codes()).contains(
                "430", "610", "640", "650", "660", "670", "611", "641", "651", "661", "671", "806", "807",
                "700", "706", "710", "716", "760", "766", "768", "701", "767",
                "150", "290", "300", "160", "166", "170", "176", "270", "276", "196", "336",
                "291", "301", "161", "167", "171", "177", "271", "277", "197", "846", "840", "820", "826", "830");
    }

    @Test
    void theBoxMapIsSpecsDefaultTable() {
        assertThat(catalogs.boxes().find(FormType.W2, "1")).contains(Category.WAGES);
        assertThat(catalogs.boxes().find(FormType.F1099_INT, "3")).contains(Category.TAXABLE_INTEREST);
        assertThat(catalogs.boxes().find(FormType.F1099_DIV, "1A")).contains(Category.ORDINARY_DIVIDENDS);
        assertThat(catalogs.boxes().find(FormType.SSA_1099, "6")).contains(Category.FEDERAL_WITHHOLDING);
        assertThat(catalogs.boxes().find(FormType.W2, "12a")).isEmpty();
    }

    @Test
    void theBoxMapReadsExemptInterestDividendsGamblingWinningsAndTheirWithholding() {
        assertThat(catalogs.boxes().find(FormType.F1099_DIV, "12")).contains(Category.TAX_EXEMPT_INTEREST);
        assertThat(catalogs.boxes().find(FormType.W2G, "1")).contains(Category.GAMBLING_WINNINGS);
        assertThat(catalogs.boxes().find(FormType.W2G, "4")).contains(Category.FEDERAL_WITHHOLDING);
        assertThat(catalogs.boxes().find(FormType.F1099_OID, "4")).contains(Category.FEDERAL_WITHHOLDING);
        assertThat(catalogs.boxes().find(FormType.F1099_C, "2")).as("shown, not summed").isEmpty();
    }

    @Test
    void severityRulesAreDataDriven() {
        var rules = catalogs.severity();
        assertThat(rules.severityOf(FindingType.UNPOSTED_PAYMENT, new BigDecimal("10000"), null, null)).isEqualTo(Severity.HIGH);
        assertThat(rules.severityOf(FindingType.UNPOSTED_PAYMENT, new BigDecimal("50"), -3L, null)).isEqualTo(Severity.HIGH);
        assertThat(rules.severityOf(FindingType.UNPOSTED_PAYMENT, new BigDecimal("50"), 60L,
                NoticeType.CollectionStage.FINAL_NOTICE)).isEqualTo(Severity.HIGH);
        assertThat(rules.severityOf(FindingType.UNPOSTED_PAYMENT, new BigDecimal("1000"), null, null)).isEqualTo(Severity.MEDIUM);
        assertThat(rules.severityOf(FindingType.UNKNOWN_NOTICE_CODE, BigDecimal.ZERO, null, null)).isEqualTo(Severity.MEDIUM);
        assertThat(rules.severityOf(FindingType.UNPOSTED_PAYMENT, new BigDecimal("999.99"), 31L, null)).isEqualTo(Severity.LOW);
    }

    @Test
    void aFirmOverrideReplacesACatalogWhole() {
        Catalogs firm = Catalogs.load(name -> name.equals("notice-codes.csv")
                ? Optional.of(new StringReader("code,title,meaning,stage,response_days,cdp_rights,appeal_rights\n"
                        + "CP14,Bill,A bill,BALANCE_DUE,10,no,\n"))
                : Optional.empty());
        assertThat(firm.notices().find("CP14").orElseThrow().responseDays()).isEqualTo(10);
        assertThat(firm.notices().find("CP2000")).isEmpty();
        assertThat(firm.transactionCodes().find("670")).isPresent();
    }

    @Test
    void aFirmsSeverityFileDecidesSeverity() {
        Catalogs firm = Catalogs.load(name -> name.equals("severity-rules.csv")
                ? Optional.of(new StringReader("severity,finding_types,min_amount,max_days_left,stages\nHIGH,,,,\n"))
                : Optional.empty());
        assertThat(firm.severity().severityOf(FindingType.RESPONSE_DEADLINE, BigDecimal.ZERO, null, null))
                .isEqualTo(Severity.HIGH);
    }

    @Test
    void aFirmsTextsReplaceOnlyTheWordingTheyGive() {
        Catalogs firm = Catalogs.load(name -> name.equals(FindingTexts.FILE)
                ? Optional.of(new StringReader("UNKNOWN_NOTICE_CODE.action=Call the partner first.\n"))
                : Optional.empty());
        assertThat(firm.texts().render("UNKNOWN_NOTICE_CODE.action", java.util.Map.of())).isEqualTo("Call the partner first.");
        assertThat(firm.texts().has("UNPOSTED_PAYMENT.action")).isTrue();
    }

    @Test
    void aBrokenCatalogFileIsRejectedWithItsNameAndLine() {
        assertThatThrownBy(() -> Catalogs.load(name -> name.equals("transaction-codes.csv")
                ? Optional.of(new StringReader("code,role,direction\n430,REMITTANCE,SIDEWAYS\n"))
                : Optional.empty()))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("transaction-codes.csv:2");
    }

    @Test
    void everyFindingTypeHasAnExplanationAndANextStep() {
        FindingTexts texts = catalogs.texts();
        for (FindingType type : FindingType.values()) {
            boolean incomeShared = type == FindingType.UNREPORTED_INCOME || type == FindingType.INCOME_AMOUNT_MISMATCH;
            assertThat(texts.keys().stream().anyMatch(k -> k.startsWith(type.name() + ".explanation"))).as(type.name()).isTrue();
            assertThat(incomeShared || texts.keys().stream().anyMatch(k -> k.startsWith(type.name() + ".action")))
                    .as(type.name()).isTrue();
        }
    }

    @Test
    void moneyReadsTheWayAReviewerWritesIt() {
        assertThat(FindingTexts.money(new BigDecimal("2500"))).isEqualTo("$2,500.00");
        assertThat(FindingTexts.money(new BigDecimal("-12.5"))).isEqualTo("-$12.50");
    }
}
