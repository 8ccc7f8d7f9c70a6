package dev.maca.agency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.plugins.AlphaModule;
import dev.maca.agency.plugins.Banks;
import dev.maca.spi.AgencyModule;
import dev.maca.spi.Question;
import dev.maca.spi.QuestionBank;
import dev.maca.spi.ResponseType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AgencyRegistry keeps what a plugin gave it out of the plugin's reach")
class PluginIsolationTest {

    private static AgencyRegistry build(AgencyModule... modules) {
        return AgencyRegistry.builder().withoutDiscovery().register(modules).build();
    }

    private static Question question(String id, List<String> themes) {
        return new Question(id, "Was the father seen?", "Look for a visit.", ResponseType.EVIDENCED, true, themes);
    }

    /** A module that keeps the mutable lists it built its bank from, to change them later. */
    private static final class Mutating extends AlphaModule {
        final List<Question> questions = new ArrayList<>();
        final List<String> themes = new ArrayList<>(List.of("fathers-and-males"));

        @Override
        public QuestionBank questionBank() {
            questions.add(question("alpha-fathers-seen", themes));
            return new QuestionBank(questions);
        }
    }

    @Test
    @DisplayName(
            "a plugin that changes its bank's question list after registration does not change the registered bank")
    void questionListMutatedLater() {
        Mutating plugin = new Mutating();
        AgencyRegistry registry = build(plugin);

        plugin.questions.clear();
        plugin.questions.add(question("alpha-injected", List.of("covid-19")));

        assertThat(registry.agency("alpha").orElseThrow().bank().questions())
                .extracting(Question::id)
                .containsExactly("alpha-fathers-seen");
    }

    @Test
    @DisplayName("a plugin that changes a question's themes list after registration does not change the question")
    void themesMutatedLater() {
        Mutating plugin = new Mutating();
        AgencyRegistry registry = build(plugin);

        plugin.themes.set(0, "Not A Theme");
        plugin.themes.add("covid-19");

        assertThat(registry.agency("alpha")
                        .orElseThrow()
                        .bank()
                        .questions()
                        .get(0)
                        .themes())
                .containsExactly("fathers-and-males");
    }

    @Test
    @DisplayName("a plugin that returns a different bank on each call is asked once, and later calls change nothing")
    void differentBankEachCall() {
        AtomicInteger calls = new AtomicInteger();
        AgencyModule fickle = new AlphaModule() {
            @Override
            public QuestionBank questionBank() {
                return Banks.valid("alpha-" + calls.incrementAndGet());
            }
        };
        AgencyRegistry registry = build(fickle);

        RegisteredAgency agency = registry.agency("alpha").orElseThrow();
        QuestionBank later = agency.module().questionBank();

        assertThat(calls).hasValue(2);
        assertThat(later.questions().get(0).id()).isEqualTo("alpha-2-fathers-seen");
        assertThat(registry.agency("alpha")
                        .orElseThrow()
                        .bank()
                        .questions()
                        .get(0)
                        .id())
                .isEqualTo("alpha-1-fathers-seen");
    }

    @Test
    @DisplayName("the registered bank's lists cannot be changed by anyone")
    void bankIsUnmodifiable() {
        RegisteredAgency agency = build(new Mutating()).agency("alpha").orElseThrow();

        assertThat(agency.bank().questions()).isUnmodifiable();
        assertThat(agency.bank().questions().get(0).themes()).isUnmodifiable();
    }

    @Test
    @DisplayName("one plugin's bank is not shared with another's, even when both were built from the same list")
    void banksAreSeparate() {
        List<Question> shared = new ArrayList<>(List.of(question("alpha-fathers-seen", List.of("fathers-and-males"))));
        AgencyModule first = new AlphaModule() {
            @Override
            public QuestionBank questionBank() {
                return new QuestionBank(shared);
            }
        };
        AgencyModule second = new AlphaModule() {
            @Override
            public String id() {
                return "beta";
            }

            @Override
            public QuestionBank questionBank() {
                shared.add(question("beta-extra", List.of("covid-19")));
                return new QuestionBank(shared);
            }
        };

        AgencyRegistry registry = build(first, second);

        assertThat(registry.agency("alpha").orElseThrow().bank().questions()).hasSize(1);
        assertThat(registry.agency("beta").orElseThrow().bank().questions()).hasSize(2);
    }

    @Test
    @DisplayName("a bank whose raw-typed list smuggles in something that is not a question is refused, not a crash")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void foreignQuestion() {
        AgencyModule smuggler = new AlphaModule() {
            @Override
            public QuestionBank questionBank() {
                List raw = new ArrayList<>(Banks.valid("alpha").questions());
                raw.add("not a question");
                return new QuestionBank(raw);
            }
        };

        AgencyRegistry registry = build(smuggler);

        assertThat(registry.agencies()).isEmpty();
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).endsWith("/questions/2");
            assertThat(problem.message()).contains("java.lang.String where a question belongs");
        });
    }

    @Test
    @DisplayName("a question whose raw-typed themes smuggle in something that is not a String is refused, not a crash")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void foreignTheme() {
        AgencyModule smuggler = new AlphaModule() {
            @Override
            public QuestionBank questionBank() {
                List themes = new ArrayList<>(List.of("covid-19"));
                themes.add(7);
                return new QuestionBank(List.of(question("alpha-q", themes)));
            }
        };

        AgencyRegistry registry = build(smuggler);

        assertThat(registry.agencies()).isEmpty();
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).endsWith("/questions/0/themes/1");
            assertThat(problem.message()).contains("java.lang.Integer where a theme id belongs");
        });
    }
}
