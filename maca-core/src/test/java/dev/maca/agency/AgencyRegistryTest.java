package dev.maca.agency;

import static dev.maca.agency.PluginJars.jar;
import static dev.maca.agency.PluginJars.loader;
import static dev.maca.agency.PluginJars.pluginJar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.agency.plugins.AlphaImpostorModule;
import dev.maca.agency.plugins.AlphaModule;
import dev.maca.agency.plugins.Banks;
import dev.maca.agency.plugins.BetaModule;
import dev.maca.agency.plugins.BrokenBankModule;
import dev.maca.agency.plugins.HugeBankModule;
import dev.maca.agency.plugins.MalformedIdModule;
import dev.maca.agency.plugins.NotAModule;
import dev.maca.agency.plugins.NullBankModule;
import dev.maca.agency.plugins.NullIdModule;
import dev.maca.agency.plugins.ThrowingBankModule;
import dev.maca.agency.plugins.ThrowingConstructorModule;
import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;
import dev.maca.validation.Problem;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("AgencyRegistry")
class AgencyRegistryTest {
    @TempDir
    Path dir;

    private final List<URLClassLoader> loaders = new java.util.ArrayList<>();

    @AfterEach
    void closeLoaders() throws IOException {
        for (URLClassLoader loader : loaders) {
            loader.close();
        }
    }

    private AgencyRegistry discover(Path... jars) {
        URLClassLoader loader = loader(jars);
        loaders.add(loader);
        return AgencyRegistry.builder().discover(loader).build();
    }

    private Path plugin(Class<?> module) {
        return pluginJar(dir.resolve(module.getSimpleName() + ".jar"), module);
    }

    private static String url(Path jar) {
        try {
            return jar.toUri().toURL().toString();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String messages(AgencyRegistry registry) {
        return String.join(
                "\n", registry.problems().stream().map(Problem::toString).toList());
    }

    @Test
    @DisplayName("discovers a plugin jar listed in META-INF/services, with its id, name, bank, version and jar")
    void discoversAPlugin() {
        Path jar = jar(dir.resolve("alpha.jar"))
                .withClasses(AlphaModule.class, Banks.class)
                .listing(AlphaModule.class.getName())
                .version("2.3.1")
                .write();

        AgencyRegistry registry = discover(jar);

        assertThat(registry.problems()).isEmpty();
        RegisteredAgency alpha = registry.agency("alpha").orElseThrow();
        assertThat(alpha.name()).isEqualTo("AlphaModule");
        assertThat(alpha.bank().questions())
                .extracting(q -> q.id())
                .containsExactly("alpha-fathers-seen", "alpha-covid-contact");
        assertThat(alpha.version()).isEqualTo("2.3.1");
        assertThat(alpha.location()).isEqualTo(url(jar));
        assertThat(alpha.className()).isEqualTo(AlphaModule.class.getName());
    }

    @Test
    @DisplayName("derives the version 'unknown' when the jar's manifest has no Implementation-Version")
    void unknownVersion() {
        AgencyRegistry registry = discover(plugin(AlphaModule.class));

        assertThat(registry.agency("alpha").orElseThrow().version()).isEqualTo(AgencyRegistry.UNKNOWN);
    }

    @Test
    @DisplayName("reports a provider whose constructor throws, naming the class, its jar and the cause, and goes on")
    void constructorThrows() {
        Path broken = plugin(ThrowingConstructorModule.class);

        AgencyRegistry registry = discover(broken, plugin(AlphaModule.class));

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.path()).isEqualTo(ThrowingConstructorModule.class.getName());
            assertThat(problem.message())
                    .contains(ThrowingConstructorModule.class.getName(), "could not be instantiated")
                    .contains("ThrowingConstructorModule.jar")
                    .contains("configuration missing");
            assertThat(problem.fix()).contains("public no-argument constructor that does not throw");
        });
    }

    @Test
    @DisplayName("reports a services file naming a class that is not an AgencyModule, and goes on")
    void notASubtype() {
        Path wrong = jar(dir.resolve("wrong.jar"))
                .withClasses(NotAModule.class)
                .listing(NotAModule.class.getName())
                .write();

        AgencyRegistry registry = discover(plugin(AlphaModule.class), wrong);

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains(NotAModule.class.getName(), "not a subtype", "wrong.jar");
            assertThat(problem.fix()).contains("implement dev.maca.spi.AgencyModule");
        });
    }

    @Test
    @DisplayName("reports a services file naming a class that does not exist, and goes on")
    void classNotFound() {
        Path missing = jar(dir.resolve("missing.jar"))
                .listing(PluginJars.PLUGIN_PACKAGE + "DoesNotExist")
                .write();

        AgencyRegistry registry = discover(missing, plugin(AlphaModule.class));

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("DoesNotExist", "not found", "missing.jar");
            assertThat(problem.fix()).contains("DoesNotExist");
        });
    }

    @Test
    @DisplayName("refuses a second module with the same id, naming both classes and both jars")
    void duplicateId() {
        Path first = plugin(AlphaModule.class);
        Path second = plugin(AlphaImpostorModule.class);

        AgencyRegistry registry = discover(first, second);

        assertThat(registry.agency("alpha").orElseThrow().className()).isEqualTo(AlphaModule.class.getName());
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message())
                    .contains("'alpha' is already used")
                    .contains(AlphaModule.class.getName(), AlphaImpostorModule.class.getName())
                    .contains(url(first), url(second));
            assertThat(problem.fix()).contains("AlphaModule.jar", "AlphaImpostorModule.jar");
        });
    }

    @Test
    @DisplayName("refuses a module whose id is not lower-kebab-case, naming it, its class and jar")
    void malformedId() {
        AgencyRegistry registry = discover(plugin(MalformedIdModule.class), plugin(BetaModule.class));

        assertThat(registry.ids()).containsExactly("beta");
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(MalformedIdModule.class.getName() + "/id");
            assertThat(problem.message()).contains("'Bad_Id'", "not lower-kebab-case", "MalformedIdModule.jar");
            assertThat(problem.fix()).contains("health-visiting");
        });
    }

    @Test
    @DisplayName("refuses a module whose id() returns null")
    void nullId() {
        AgencyRegistry registry = discover(plugin(NullIdModule.class));

        assertThat(registry.agencies()).isEmpty();
        assertThat(messages(registry)).contains(NullIdModule.class.getName(), "id() returned null", "NullIdModule.jar");
    }

    @Test
    @DisplayName("refuses a module whose questionBank() returns null")
    void nullBank() {
        AgencyRegistry registry = discover(plugin(NullBankModule.class), plugin(AlphaModule.class));

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(NullBankModule.class.getName() + "/questionBank");
            assertThat(problem.message()).contains(NullBankModule.class.getName(), "questionBank() returned null");
            assertThat(problem.fix()).contains("Make questionBank() return a value");
        });
    }

    @Test
    @DisplayName("refuses a module whose questionBank() throws, with the exception in the message")
    void throwingBank() {
        AgencyRegistry registry = discover(plugin(ThrowingBankModule.class), plugin(AlphaModule.class));

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(messages(registry))
                .contains(ThrowingBankModule.class.getName(), "questionBank() threw", "bank.json is missing");
    }

    @Test
    @DisplayName("refuses a module whose bank breaks the contract, reporting each breach with its path")
    void brokenBank() {
        AgencyRegistry registry = discover(plugin(BrokenBankModule.class), plugin(AlphaModule.class));

        assertThat(registry.ids()).containsExactly("alpha");
        String type = BrokenBankModule.class.getName();
        assertThat(registry.problems())
                .extracting(Problem::path)
                .contains(
                        type + "/questions/0/guidance",
                        type + "/questions/1/id",
                        type + "/questions/1/themes",
                        type + "/questions/2/id",
                        type + "/questions/2/themes/0");
        assertThat(registry.problems()).allSatisfy(p -> assertThat(p.message()).contains("BrokenBankModule.jar"));
    }

    @Test
    @DisplayName("refuses a bank of more than 1,000 questions, stating the limit")
    void hugeBank() {
        AgencyRegistry registry = discover(plugin(HugeBankModule.class));

        assertThat(registry.agencies()).isEmpty();
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("1001 questions", "limit of 1000");
        });
    }

    @Test
    @DisplayName("loads every good plugin when bad ones of every kind sit beside them")
    void survivesEveryKindOfBadPlugin() {
        Path many = jar(dir.resolve("many.jar"))
                .withClasses(NotAModule.class, NullBankModule.class, Banks.class)
                .listing(
                        NotAModule.class.getName(),
                        PluginJars.PLUGIN_PACKAGE + "DoesNotExist",
                        NullBankModule.class.getName())
                .write();

        AgencyRegistry registry = discover(
                plugin(ThrowingConstructorModule.class),
                plugin(AlphaModule.class),
                many,
                plugin(MalformedIdModule.class),
                plugin(AlphaImpostorModule.class),
                plugin(ThrowingBankModule.class),
                plugin(BrokenBankModule.class),
                plugin(BetaModule.class));

        assertThat(registry.ids()).containsExactly("alpha", "beta");
        assertThat(messages(registry))
                .contains(
                        ThrowingConstructorModule.class.getName(),
                        NotAModule.class.getName(),
                        "DoesNotExist",
                        NullBankModule.class.getName(),
                        MalformedIdModule.class.getName(),
                        AlphaImpostorModule.class.getName(),
                        ThrowingBankModule.class.getName(),
                        BrokenBankModule.class.getName());
    }

    @Test
    @DisplayName("discovers nothing and reports nothing when no jar lists a module")
    void nothingToDiscover() {
        AgencyRegistry registry = discover(jar(dir.resolve("empty.jar")).write());

        assertThat(registry.agencies()).isEmpty();
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    @DisplayName("registers modules explicitly with discovery switched off")
    void explicitRegistration() {
        AgencyRegistry registry = AgencyRegistry.builder()
                .withoutDiscovery()
                .register(new BetaModule(), new AlphaModule())
                .build();

        assertThat(registry.ids()).containsExactly("beta", "alpha");
        assertThat(registry.agency("alpha").orElseThrow().location())
                .isNotBlank()
                .isNotEqualTo(AgencyRegistry.UNKNOWN);
    }

    @Test
    @DisplayName("checks explicitly registered modules against the contract too")
    void explicitRegistrationIsChecked() {
        AgencyRegistry registry = AgencyRegistry.builder()
                .withoutDiscovery()
                .register(new NullBankModule(), new AlphaModule(), new AlphaImpostorModule())
                .build();

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(registry.problems()).hasSize(2);
    }

    @Test
    @DisplayName("calls questionBank() once and keeps the bank it returned")
    void callsQuestionBankOnce() {
        AtomicInteger calls = new AtomicInteger();
        AgencyModule counting = new AgencyModule() {
            @Override
            public String id() {
                return "counting";
            }

            @Override
            public String name() {
                return "Counting";
            }

            @Override
            public QuestionBank questionBank() {
                return Banks.valid("counting-" + calls.incrementAndGet());
            }
        };

        AgencyRegistry registry =
                AgencyRegistry.builder().withoutDiscovery().register(counting).build();

        assertThat(calls).hasValue(1);
        assertThat(registry.agency("counting")
                        .orElseThrow()
                        .bank()
                        .questions()
                        .get(0)
                        .id())
                .isEqualTo("counting-1-fathers-seen");
    }

    @Test
    @DisplayName("resolves a scope's agencies in the scope's order")
    void resolvesInScopeOrder() {
        AgencyRegistry registry = AgencyRegistry.builder()
                .withoutDiscovery()
                .register(new AlphaModule(), new BetaModule())
                .build();

        assertThat(registry.resolve(Scopes.requiring("beta", "alpha")))
                .extracting(RegisteredAgency::id)
                .containsExactly("beta", "alpha");
    }

    @Test
    @DisplayName("refuses to resolve a scope with one exception naming every missing agency and those available")
    void unknownAgencies() {
        AgencyRegistry registry = AgencyRegistry.builder()
                .withoutDiscovery()
                .register(new AlphaModule(), new NullBankModule())
                .build();

        assertThatThrownBy(() -> registry.resolve(Scopes.requiring("police", "alpha", "midwifery")))
                .isInstanceOfSatisfying(UnknownAgencyException.class, e -> {
                    assertThat(e.missing()).containsExactly("police", "midwifery");
                    assertThat(e.available()).containsExactly("alpha");
                    assertThat(e.getMessage())
                            .contains("police, midwifery", "Available: alpha", NullBankModule.class.getName());
                });
    }

    @Test
    @DisplayName("is immutable: its lists cannot be changed")
    void immutable() {
        AgencyRegistry registry = AgencyRegistry.builder()
                .withoutDiscovery()
                .register(new AlphaModule())
                .build();

        assertThatThrownBy(() -> registry.agencies().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> registry.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
