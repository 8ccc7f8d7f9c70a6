package dev.maca.agency;

import static dev.maca.agency.PluginJars.loader;
import static dev.maca.agency.PluginJars.pluginJar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.maca.agency.plugins.AlphaModule;
import dev.maca.agency.plugins.Banks;
import dev.maca.agency.plugins.BetaModule;
import dev.maca.agency.plugins.SleepingBankModule;
import dev.maca.agency.plugins.SleepingConstructorModule;
import dev.maca.spi.AgencyModule;
import dev.maca.validation.Problem;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AgencyRegistry with plugins that block or are slow")
class HostilePluginTest {
    private static final Duration SHORT = Duration.ofMillis(200);

    /** Far longer than any test here should take, yet short enough that a hang fails the build quickly. */
    private static final Duration HANG = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final List<BlockingModule> blocked = new ArrayList<>();
    private final List<URLClassLoader> loaders = new ArrayList<>();

    @AfterEach
    void releaseAndClose() throws IOException {
        blocked.forEach(BlockingModule::release);
        for (URLClassLoader loader : loaders) {
            loader.close();
        }
    }

    private BlockingModule track(BlockingModule module) {
        blocked.add(module);
        return module;
    }

    private static AgencyRegistry build(AgencyModule... modules) {
        return assertTimeoutPreemptively(HANG, () -> AgencyRegistry.builder()
                .withoutDiscovery()
                .pluginTimeout(SHORT)
                .register(modules)
                .build());
    }

    @ParameterizedTest(name = "blocking in {0}()")
    @ValueSource(strings = {"id", "name", "description", "questionBank"})
    @DisplayName(
            "reports a module whose method blocks, naming the class, its location and the method, and loads the rest")
    void blockingMethod(String method) {
        BlockingModule module = track(BlockingModule.blockingIn(method));

        AgencyRegistry registry = build(module, new AlphaModule());

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(BlockingModule.class.getName() + "/" + method);
            assertThat(problem.message())
                    .contains(BlockingModule.class.getName(), AgencyRegistry.locationOf(BlockingModule.class))
                    .contains(method + "() did not return within 200 ms", "blocked or very slow");
            assertThat(problem.fix()).contains("Make " + method + "() return at once", "pluginTimeout");
        });
    }

    @Test
    @DisplayName("does not wait longer than the timeout for a blocked module")
    void returnsSoonAfterTheTimeout() {
        BlockingModule module = track(BlockingModule.blockingIn("questionBank"));
        long start = System.nanoTime();

        build(module);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("interrupts a blocked module's method when its time is up")
    void interruptsTheBlockedMethod() throws InterruptedException {
        BlockingModule module = track(BlockingModule.blockingIn("questionBank"));

        build(module);

        assertThat(module.sawInterrupt()).isTrue();
    }

    @Test
    @DisplayName("does not call a module's other methods once one has timed out")
    void abandonsTheModule() {
        BlockingModule module = track(BlockingModule.blockingIn("id"));

        build(module);

        assertThat(module.calls()).isEqualTo(1);
    }

    @Test
    @DisplayName("goes on without a module that ignores the interrupt, leaving it only a daemon worker thread")
    void survivesAModuleThatIgnoresInterrupts() throws InterruptedException {
        BlockingModule module = track(BlockingModule.ignoringInterruptsIn("name"));

        AgencyRegistry registry = build(module, new AlphaModule());

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(module.sawInterrupt()).isTrue();
        assertThat(module.finished()).isFalse();
        Thread worker = module.thread();
        assertThat(worker).isNotSameAs(Thread.currentThread());
        assertThat(worker.isDaemon()).isTrue();
        assertThat(worker.getName()).startsWith("maca-agency-module-");

        module.release();
        worker.join(2_000);
        assertThat(worker.isAlive()).isFalse();
    }

    @Test
    @DisplayName("shuts its worker threads down when the build is done")
    void shutsWorkersDown() throws InterruptedException {
        BlockingModule module = track(BlockingModule.blockingIn("description"));
        module.release();

        AgencyRegistry registry = build(module);

        assertThat(registry.ids()).containsExactly("blocking");
        Thread worker = module.thread();
        worker.join(2_000);
        assertThat(worker.isAlive()).isFalse();
    }

    @Test
    @DisplayName("loads a slow module that returns within the timeout")
    void loadsASlowModule() {
        AgencyModule slow = new AlphaModule() {
            @Override
            public dev.maca.spi.QuestionBank questionBank() {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.questionBank();
            }
        };

        AgencyRegistry registry = assertTimeoutPreemptively(HANG, () -> AgencyRegistry.builder()
                .withoutDiscovery()
                .pluginTimeout(Duration.ofSeconds(5))
                .register(slow)
                .build());

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    @DisplayName("reports a discovered module that sleeps in questionBank(), naming its jar, and loads the others")
    void sleepingPluginJar() {
        Path sleeping = pluginJar(dir.resolve("SleepingBankModule.jar"), SleepingBankModule.class);
        Path alpha = pluginJar(dir.resolve("AlphaModule.jar"), AlphaModule.class);
        URLClassLoader loader = loader(sleeping, alpha);
        loaders.add(loader);

        AgencyRegistry registry = assertTimeoutPreemptively(HANG, () -> AgencyRegistry.builder()
                .discover(loader)
                .pluginTimeout(SHORT)
                .build());

        assertThat(registry.ids()).containsExactly("alpha");
        assertThat(registry.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains(SleepingBankModule.class.getName(), "SleepingBankModule.jar", "questionBank()"));
    }

    @Test
    @DisplayName("reports a discovered provider whose constructor blocks, naming its class and jar, and stops there")
    void sleepingConstructor() {
        Path alpha = pluginJar(dir.resolve("AlphaModule.jar"), AlphaModule.class);
        Path sleeping = pluginJar(dir.resolve("SleepingConstructorModule.jar"), SleepingConstructorModule.class);
        URLClassLoader loader = loader(alpha, sleeping);
        loaders.add(loader);

        AgencyRegistry registry = assertTimeoutPreemptively(HANG, () -> AgencyRegistry.builder()
                .discover(loader)
                .register(new BetaModule())
                .pluginTimeout(SHORT)
                .build());

        assertThat(registry.ids()).containsExactly("beta", "alpha");
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(SleepingConstructorModule.class.getName());
            assertThat(problem.message())
                    .contains(SleepingConstructorModule.class.getName(), "SleepingConstructorModule.jar")
                    .contains("did not finish constructing within 200 ms", "discovery stopped there");
            assertThat(problem.fix()).contains("constructor and static initialiser return at once");
        });
    }

    @Test
    @DisplayName(
            "reports the module it was waiting for when the building thread is interrupted, and keeps the interrupt")
    void buildingThreadInterrupted() {
        BlockingModule module = track(BlockingModule.blockingIn("id"));
        AgencyRegistry registry;
        boolean stillInterrupted;
        Thread.currentThread().interrupt();
        try {
            registry = AgencyRegistry.builder()
                    .withoutDiscovery()
                    .pluginTimeout(HANG)
                    .register(module)
                    .build();
        } finally {
            stillInterrupted = Thread.interrupted();
        }

        assertThat(stillInterrupted).isTrue();
        assertThat(registry.agencies()).isEmpty();
        assertThat(registry.problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("interrupted while id() ran");
    }

    @Test
    @DisplayName("refuses a plugin timeout that is zero, negative or null")
    void refusesBadTimeouts() {
        AgencyRegistry.Builder builder = AgencyRegistry.builder();

        assertThatThrownBy(() -> builder.pluginTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive but was PT0S");
        assertThatThrownBy(() -> builder.pluginTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.pluginTimeout(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("plugin timeout");
    }

    @Test
    @DisplayName("waits five seconds for a module's method unless told otherwise")
    void defaultTimeout() {
        assertThat(AgencyRegistry.DEFAULT_PLUGIN_TIMEOUT).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("writes the timeout in problems as people read it")
    void describesDurations() {
        assertThat(AgencyRegistry.describe(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(AgencyRegistry.describe(Duration.ofMillis(1500))).isEqualTo("1500 ms");
        assertThat(AgencyRegistry.describe(Duration.ofNanos(10))).isEqualTo("10 ns");
    }

    @Test
    @DisplayName("loads a registry of many good modules with the worker threads in between")
    void manyModules() {
        AgencyModule[] modules = new AgencyModule[50];
        for (int i = 0; i < modules.length; i++) {
            String id = "agency-" + i;
            modules[i] = new AgencyModule() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public String name() {
                    return "Agency " + id;
                }

                @Override
                public dev.maca.spi.QuestionBank questionBank() {
                    return Banks.valid(id);
                }
            };
        }

        AgencyRegistry registry = build(modules);

        assertThat(registry.ids()).hasSize(50).startsWith("agency-0").endsWith("agency-49");
        assertThat(registry.problems()).isEmpty();
    }
}
