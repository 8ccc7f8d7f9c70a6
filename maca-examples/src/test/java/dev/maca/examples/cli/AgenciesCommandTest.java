package dev.maca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("maca agencies")
class AgenciesCommandTest {
    @Test
    @DisplayName(
            "lists each agency module (the ten bundled and the examples' youth justice plugin) with id, name, version, jar and number of questions")
    void listsModules() {
        Cli.Run run = Cli.maca("agencies");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .containsSubsequence("ID", "NAME", "VERSION", "JAR", "QUESTIONS"));
        assertThat(run.out())
                .contains(
                        "police",
                        "Police",
                        "midwifery",
                        "early-years",
                        "schools-and-education",
                        "probation",
                        "youth-justice")
                .contains("11 agency modules found");
    }

    @Test
    @DisplayName("shows a jar by its file name")
    void jarName() {
        assertThat(AgenciesCommand.jarName("file:/home/a/.m2/maca-agencies-0.1.0.jar"))
                .isEqualTo("maca-agencies-0.1.0.jar");
        assertThat(AgenciesCommand.jarName("file:/work/maca-agencies/target/classes/"))
                .isEqualTo("classes");
    }
}
