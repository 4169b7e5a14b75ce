package io.taxrecon.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The reports are written from what they are given: they know neither the batch job nor its database. */
@AnalyzeClasses(packages = "io.taxrecon.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule theReportsKnowNoSpringBatchOrJdbc = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.batch..", "java.sql..", "javax.sql..")
            .because("reports turn a reconciliation into files; staging and the job are batch-jobs' business");
}
