package io.taxrecon.formats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The file formats are plain Java over Commons CSV and POI: the job's framework and its database stay out. */
@AnalyzeClasses(packages = "io.taxrecon.formats", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule theFormatsKnowNoSpringOrJdbc = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
            .because("inbox-formats reads files for any caller: the nightly job, the tests, the tools");
}
