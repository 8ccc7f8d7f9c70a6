package dev.maca.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.maca.agency.AgencyContract;
import dev.maca.spi.AgencyModule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every bundled agency module keeps the agency contract")
class AgencyContractTest {

    static java.util.stream.Stream<AgencyModule> modules() {
        return BundledAgencies.modules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    @DisplayName("the module passes AgencyContract.assertValid")
    void keepsTheContract(AgencyModule module) {
        assertThatCode(() -> AgencyContract.assertValid(module)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    @DisplayName("the contract check finds no problem, not even a warning")
    void hasNoProblems(AgencyModule module) {
        assertThat(AgencyContract.check(module)).isEmpty();
    }
}
