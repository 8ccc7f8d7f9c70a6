package dev.maca.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.agency.RegisteredAgency;
import dev.maca.spi.AgencyModule;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled agencies are discovered from the jar")
class DiscoveryTest {

    @Test
    @DisplayName("ServiceLoader finds every bundled module by its id")
    void serviceLoaderFindsEveryModule() {
        var ids = StreamSupport.stream(ServiceLoader.load(AgencyModule.class).spliterator(), false)
                .map(AgencyModule::id)
                .toList();

        assertThat(ids).containsExactlyInAnyOrderElementsOf(BundledAgencies.ids());
    }

    @Test
    @DisplayName("ServiceLoader creates each module as the class the services file names")
    void serviceLoaderCreatesTheExpectedClasses() {
        var classes = ServiceLoader.load(AgencyModule.class).stream()
                .map(provider -> provider.type().getName())
                .toList();

        assertThat(classes)
                .containsExactlyInAnyOrderElementsOf(BundledAgencies.modules()
                        .map(module -> module.getClass().getName())
                        .toList());
    }

    @Test
    @DisplayName("AgencyRegistry.discover() registers every bundled module without a problem")
    void registryDiscoversEveryModule() {
        AgencyRegistry registry = AgencyRegistry.discover();

        assertThat(registry.ids()).containsExactlyInAnyOrderElementsOf(BundledAgencies.ids());
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    @DisplayName("AgencyRegistry gives each discovered agency the name documents print")
    void registryKeepsTheNames() {
        AgencyRegistry registry = AgencyRegistry.discover();

        BundledAgencies.expected().forEach(expected -> assertThat(registry.agency(expected.id()))
                .map(RegisteredAgency::name)
                .hasValue(expected.name()));
    }

    @Test
    @DisplayName("AgencyRegistry.discover() finds the Schools and Education and Probation Service modules")
    void registryFindsSchoolsAndProbation() {
        AgencyRegistry registry = AgencyRegistry.discover();

        assertThat(registry.agency("schools-and-education"))
                .map(RegisteredAgency::name)
                .hasValue("Schools and Education");
        assertThat(registry.agency("probation")).map(RegisteredAgency::name).hasValue("Probation Service");
    }
}
