package dev.maca.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Keeps the dependency directions of DESIGN.md: examples → report → core ← agencies. */
@DisplayName("The module architecture")
class ArchitectureTest {
    private static final String REPORT = "dev.maca.report..";
    private static final String AGENCIES = "dev.maca.agencies..";
    private static final String EXAMPLES = "dev.maca.examples..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.maca");
    }

    @Test
    @DisplayName("the core depends on no other MACA module")
    void coreIsIndependent() {
        noClasses()
                .that()
                .resideInAPackage("dev.maca..")
                .and()
                .resideOutsideOfPackages(REPORT, AGENCIES, EXAMPLES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(REPORT, AGENCIES, EXAMPLES)
                .check(classes);
    }

    @Test
    @DisplayName("the core knows no PDF library")
    void coreKnowsNoPdf() {
        noClasses()
                .that()
                .resideInAPackage("dev.maca..")
                .and()
                .resideOutsideOfPackages(REPORT, AGENCIES, EXAMPLES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.lowagie..", "org.openpdf..", "org.apache.pdfbox..", "org.jfree..")
                .check(classes);
    }

    @Test
    @DisplayName("agency modules know only the core's SPI and plain values, never reports or examples")
    void agenciesKnowOnlyTheSpi() {
        noClasses()
                .that()
                .resideInAPackage(AGENCIES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        REPORT,
                        EXAMPLES,
                        "dev.maca.audit..",
                        "dev.maca.returns..",
                        "dev.maca.analysis..",
                        "dev.maca.json..",
                        "dev.maca.privacy..")
                .check(classes);
    }

    @Test
    @DisplayName("the report module does not depend on bundled agencies or examples")
    void reportIndependentOfAgencies() {
        noClasses()
                .that()
                .resideInAPackage(REPORT)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(AGENCIES, EXAMPLES)
                .check(classes);
    }
}
