package dev.maca.examples.youthjustice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.maca.agency.AgencyContract;
import dev.maca.agency.AgencyRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The youth justice plugin module")
class YouthJusticeModuleTest {
    @Test
    @DisplayName("keeps the agency contract")
    void keepsTheContract() {
        assertThat(AgencyContract.check(new YouthJusticeModule())).isEmpty();
    }

    @Test
    @DisplayName("is found by discovery through its META-INF/services entry")
    void isDiscovered() {
        assertThat(AgencyRegistry.discover().agency(YouthJusticeModule.ID)).isPresent();
    }

    @Test
    @DisplayName("asks between 18 and 20 questions, each with guidance")
    void bankSize() {
        assertThat(new YouthJusticeModule().questionBank().questions())
                .hasSizeBetween(18, 20)
                .allSatisfy(q -> assertThat(q.guidance()).isNotBlank());
    }

    @Test
    @DisplayName("depends on nothing of MACA but the public SPI and the model packages, as a plugin jar would")
    void usesOnlyTheSpi() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.maca.examples.youthjustice");
        noClasses()
                .that()
                .resideInAPackage("dev.maca.examples.youthjustice..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.maca..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages(
                                "dev.maca.spi..", "dev.maca.model..", "dev.maca.examples.youthjustice..")))
                .check(classes);
    }
}
