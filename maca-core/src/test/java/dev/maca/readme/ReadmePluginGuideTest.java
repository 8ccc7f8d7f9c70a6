package dev.maca.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyContract;
import dev.maca.agency.AgencyRegistry;
import dev.maca.agency.RegisteredAgency;
import dev.maca.spi.ResponseType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README's plugin walk-through")
class ReadmePluginGuideTest {
    @Test
    @DisplayName("its module keeps the contract with the one-line test the guide shows")
    void keepsTheContract() {
        AgencyContract.assertValid(new YouthJusticeModule());
    }

    @Test
    @DisplayName("its module registers explicitly with discovery switched off, with both questions")
    void registersExplicitly() {
        AgencyRegistry registry = AgencyRegistry.builder()
                .withoutDiscovery()
                .register(new YouthJusticeModule())
                .build();

        assertThat(registry.problems()).isEmpty();
        RegisteredAgency agency = registry.agency("youth-justice").orElseThrow();
        assertThat(agency.name()).isEqualTo("Youth Justice Service");
        assertThat(agency.bank().questions())
                .extracting(q -> q.responseType())
                .containsExactly(ResponseType.EVIDENCED, ResponseType.CONTACT_MODE);
    }
}
