package io.taxrecon.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is the domain alone: no framework, no database, no files, no spreadsheet or CSV library. */
@AnalyzeClasses(packages = "io.taxrecon.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule theCoreKnowsNoSpringJdbcFilesPoiOrCommonsCsv = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "org.apache.poi..", "org.apache.commons.csv..", "java.nio.file..")
            .because("reconcile-core is the pure domain every other module points inward to (README, Layout)");
}
