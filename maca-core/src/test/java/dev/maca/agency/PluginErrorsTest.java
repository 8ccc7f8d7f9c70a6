package dev.maca.agency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.plugins.AlphaModule;
import dev.maca.agency.plugins.Banks;
import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("AgencyRegistry with plugins that throw errors")
class PluginErrorsTest {

    /** A module that throws what {@code error} supplies from {@code method}, and is otherwise valid. */
    private static AgencyModule throwingIn(String method, Supplier<? extends Throwable> error) {
        return new AgencyModule() {
            private void maybeThrow(String called) {
                if (called.equals(method)) {
                    sneakyThrow(error.get());
                }
            }

            @Override
            public String id() {
                maybeThrow("id");
                return "thrower";
            }

            @Override
            public String name() {
                maybeThrow("name");
                return "Thrower";
            }

            @Override
            public Optional<String> description() {
                maybeThrow("description");
                return Optional.empty();
            }

            @Override
            public QuestionBank questionBank() {
                maybeThrow("questionBank");
                return Banks.valid("thrower");
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable thrown) throws T {
        throw (T) thrown;
    }

    private static AgencyRegistry build(AgencyModule... modules) {
        return AgencyRegistry.builder().withoutDiscovery().register(modules).build();
    }

    static Stream<Arguments> errors() {
        List<String> methods = List.of("id", "name", "description", "questionBank");
        List<Supplier<? extends Throwable>> errors = List.of(
                () -> new StackOverflowError("deliberate"),
                () -> new NoClassDefFoundError("org/example/Missing"),
                () -> new ExceptionInInitializerError("static block failed"),
                () -> new OutOfMemoryError("deliberate"),
                () -> new InternalError("deliberate"),
                () -> new AssertionError("deliberate"),
                () -> new Exception("checked, undeclared"));
        return methods.stream().flatMap(method -> errors.stream()
                .map(error -> Arguments.of(method, error.get().getClass().getSimpleName(), error)));
    }

    @ParameterizedTest(name = "{1} from {0}()")
    @MethodSource("errors")
    @DisplayName("reports a module whose method throws an Error or a checked exception, and loads the rest")
    void reportsErrors(String method, String errorName, Supplier<? extends Throwable> error) {
        AgencyRegistry registry = build(throwingIn(method, error), new AlphaModule());

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).endsWith("/" + method);
            assertThat(problem.message()).contains(method + "() threw", errorName);
            assertThat(problem.fix()).startsWith("Make " + method + "()");
        });
    }

    @Test
    @DisplayName("reports a module that overflows its stack by recursing for ever")
    void realStackOverflow() {
        AgencyModule recursive = new AlphaModule() {
            @Override
            public String name() {
                return name();
            }
        };

        AgencyRegistry registry = build(recursive, new Beta());

        assertThat(registry.ids()).containsExactly("beta");
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("name() threw java.lang.StackOverflowError");
            assertThat(problem.fix()).contains("without unbounded recursion");
        });
    }

    @Test
    @DisplayName("tells the host how to give a module that ran out of memory more room")
    void outOfMemoryFix() {
        AgencyRegistry registry = build(throwingIn("questionBank", () -> new OutOfMemoryError("Java heap space")));

        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("OutOfMemoryError: Java heap space");
            assertThat(problem.fix()).contains("at most 1000 questions", "-Xmx");
        });
    }

    @Test
    @DisplayName("says a class may be missing when a module's method fails to link")
    void linkageFix() {
        AgencyRegistry registry = build(throwingIn("id", () -> new NoClassDefFoundError("org/example/Missing")));

        assertThat(registry.problems()).singleElement().satisfies(problem -> assertThat(problem.fix())
                .contains("missing from the class path"));
    }

    @Test
    @DisplayName("reports a module whose description is an Optional smuggling in something other than a String")
    void foreignDescription() {
        AgencyModule smuggler = new AlphaModule() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Optional<String> description() {
                return (Optional) Optional.of(42);
            }
        };

        AgencyRegistry registry = build(smuggler);

        assertThat(registry.agencies()).isEmpty();
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).endsWith("/description");
            assertThat(problem.message()).contains("java.lang.Integer, not a String");
        });
    }

    /** A second valid module, with its own id. */
    private static final class Beta extends AlphaModule {
        @Override
        public String id() {
            return "beta";
        }
    }
}
