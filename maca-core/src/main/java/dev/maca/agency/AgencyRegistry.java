package dev.maca.agency;

import dev.maca.scope.AuditScope;
import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;
import dev.maca.validation.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agency modules available to audits: those found through {@link ServiceLoader} and those registered explicitly,
 * each checked against the {@link AgencyContract}.
 *
 * <p>Discovery survives bad plugins. A provider that cannot be found, is not an {@link AgencyModule} or throws from its
 * constructor; a module whose {@code id()}, {@code name()}, {@code description()} or {@code questionBank()} throws
 * (an {@link Error} included), returns null, or does not return within the plugin timeout; a malformed or duplicate id;
 * a bank that breaks the contract — each is reported in {@link #problems()} by class, jar and fix, and every other
 * module still loads. Each module's methods are called once and the results kept ({@link RegisteredAgency}), so a
 * plugin cannot change what the registry holds afterwards: banks, questions and their lists are immutable copies.
 *
 * <p>A module's methods run on a small pool of daemon worker threads owned by one {@link Builder#build()} and shut down
 * at its end. A method that has not returned after {@link Builder#pluginTimeout(Duration)} (default {@link
 * #DEFAULT_PLUGIN_TIMEOUT}) is interrupted, reported, and the module's remaining methods are not called; a plugin that
 * ignores the interrupt keeps only its own daemon thread. Anything a method throws is reported against the module,
 * {@link StackOverflowError}, {@link LinkageError} and {@link OutOfMemoryError} included: it was thrown on the worker
 * thread, by the plugin's own code, so it says nothing about the host's state. An {@code OutOfMemoryError} is also
 * logged at error level, since it may mean the whole JVM is short of memory; one raised on the host's own thread is
 * never caught. Discovered providers are constructed on a worker too: one whose constructor or static initialiser does
 * not return in time is reported by class and jar, and discovery stops there, since {@link ServiceLoader}'s iterator
 * cannot be used again while that worker holds it (modules registered explicitly and providers found before it load).
 *
 * <pre>{@code
 * AgencyRegistry registry = AgencyRegistry.discover();
 * List<RegisteredAgency> agencies = registry.resolve(scope); // or UnknownAgencyException naming every missing id
 * }</pre>
 *
 * <p>A registry is immutable and thread-safe once built. Each agency found is logged at info (id, version, location)
 * and each problem at warn; nothing about cases is logged.
 */
public final class AgencyRegistry {
    /** The version or location of a module that does not say, e.g. a class loaded from a folder without a manifest. */
    public static final String UNKNOWN = "unknown";

    /** The services file a plugin jar lists its module class in. */
    public static final String SERVICES_FILE = "META-INF/services/" + AgencyModule.class.getName();

    private static final Logger LOG = LoggerFactory.getLogger(AgencyRegistry.class);

    /** How long one call to a module's method may take before the module is reported and skipped: 5 seconds. */
    public static final Duration DEFAULT_PLUGIN_TIMEOUT = Duration.ofSeconds(5);

    /** Stop asking a service iterator that keeps failing without moving on, rather than loop forever. */
    private static final int MAX_CONSECUTIVE_FAILURES = 100;

    private final List<RegisteredAgency> agencies;
    private final Map<String, RegisteredAgency> byId;
    private final List<Problem> problems;

    private AgencyRegistry(List<RegisteredAgency> agencies, List<Problem> problems) {
        this.agencies = List.copyOf(agencies);
        Map<String, RegisteredAgency> index = new LinkedHashMap<>();
        for (RegisteredAgency agency : agencies) {
            index.put(agency.id(), agency);
        }
        this.byId = Collections.unmodifiableMap(index);
        this.problems = List.copyOf(problems);
    }

    /** A registry of the modules discovered through the thread's context class loader (or this library's loader). */
    public static AgencyRegistry discover() {
        return builder().build();
    }

    /** A builder that discovers modules through the default class loader unless told otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /** The loaded agencies: registered ones first, then discovered ones, each in the order found. */
    public List<RegisteredAgency> agencies() {
        return agencies;
    }

    /** The ids of the loaded agencies, in the order of {@link #agencies()}. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The loaded agency with this id. */
    public Optional<RegisteredAgency> agency(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** What was skipped while building the registry and why, each naming the class, its jar and the fix. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The agencies {@code scope} requires, in the scope's order.
     *
     * @throws UnknownAgencyException naming every required id that is not loaded, and the ids that are
     */
    public List<RegisteredAgency> resolve(AuditScope scope) {
        Objects.requireNonNull(scope, "audit scope is required but was null");
        List<RegisteredAgency> resolved = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : scope.agencyIds()) {
            RegisteredAgency agency = byId.get(id);
            if (agency == null) {
                missing.add(id);
            } else {
                resolved.add(agency);
            }
        }
        if (!missing.isEmpty()) {
            throw new UnknownAgencyException(missing, ids(), problems);
        }
        return List.copyOf(resolved);
    }

    @Override
    public String toString() {
        return "AgencyRegistry" + ids() + (problems.isEmpty() ? "" : " with " + problems.size() + " problems");
    }

    /**
     * Builds an {@link AgencyRegistry}: modules registered explicitly, and modules discovered through a class loader
     * unless discovery is switched off.
     */
    public static final class Builder {
        private final List<AgencyModule> registered = new ArrayList<>();
        private boolean discovery = true;
        private ClassLoader classLoader;
        private Duration pluginTimeout = DEFAULT_PLUGIN_TIMEOUT;

        private Builder() {}

        /**
         * The longest one call to a module's {@code id()}, {@code name()}, {@code description()} or {@code
         * questionBank()} may take (default {@link AgencyRegistry#DEFAULT_PLUGIN_TIMEOUT}); a module whose method takes
         * longer is interrupted, reported in {@link AgencyRegistry#problems()} and not loaded.
         *
         * @param timeout a positive duration; never null
         */
        public Builder pluginTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "plugin timeout is required but was null");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(
                        "plugin timeout must be positive but was " + timeout + "; use e.g. Duration.ofSeconds(5)");
            }
            this.pluginTimeout = timeout;
            return this;
        }

        /** Discover modules listed in {@value AgencyRegistry#SERVICES_FILE} files visible to {@code loader}. */
        public Builder discover(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "class loader is required but was null");
            this.discovery = true;
            return this;
        }

        /** Do not discover modules; only those registered explicitly load. */
        public Builder withoutDiscovery() {
            this.discovery = false;
            return this;
        }

        /** Register modules explicitly; they load before discovered ones and are checked the same way. */
        public Builder register(AgencyModule... modules) {
            Objects.requireNonNull(modules, "agency modules are required but were null");
            for (int i = 0; i < modules.length; i++) {
                registered.add(
                        Objects.requireNonNull(modules[i], "agency module [" + i + "] is required but was null"));
            }
            return this;
        }

        /** The registry, with every module that keeps the contract and a problem for each one that does not. */
        public AgencyRegistry build() {
            try (PluginCalls calls = new PluginCalls(pluginTimeout)) {
                Loading loading = new Loading(calls);
                registered.forEach(loading::add);
                if (discovery) {
                    loading.discover(classLoader != null ? classLoader : defaultClassLoader());
                }
                return new AgencyRegistry(loading.agencies, loading.problems);
            }
        }

        private static ClassLoader defaultClassLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : AgencyRegistry.class.getClassLoader();
        }
    }

    /** The state of one build: what has loaded so far and what was skipped. */
    private static final class Loading {
        private final List<RegisteredAgency> agencies = new ArrayList<>();
        private final Map<String, RegisteredAgency> byId = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private final PluginCalls calls;

        Loading(PluginCalls calls) {
            this.calls = calls;
        }

        void discover(ClassLoader loader) {
            Map<String, List<String>> listedIn = servicesFiles(loader);
            Iterator<AgencyModule> providers;
            try {
                providers = ServiceLoader.load(AgencyModule.class, loader).iterator();
            } catch (ServiceConfigurationError e) {
                report(providerProblem(e, listedIn));
                return;
            }
            int failures = 0;
            while (failures < MAX_CONSECUTIVE_FAILURES) {
                boolean more;
                try {
                    more = providers.hasNext();
                } catch (ServiceConfigurationError e) {
                    report(providerProblem(e, listedIn));
                    failures++;
                    continue;
                }
                if (!more) {
                    return;
                }
                PluginCalls.Outcome<AgencyModule> next = calls.call(providers::next);
                if (next instanceof PluginCalls.Outcome.Returned<AgencyModule> returned) {
                    failures = 0;
                    if (returned.value() != null) {
                        add(returned.value());
                    }
                    continue;
                }
                if (next instanceof PluginCalls.Outcome.Threw<AgencyModule> threw) {
                    report(
                            threw.thrown() instanceof ServiceConfigurationError e
                                    ? providerProblem(e, listedIn)
                                    : Problem.error(
                                            SERVICES_FILE,
                                            "A service provider failed to load: " + threw.thrown() + ".",
                                            "Check the " + SERVICES_FILE + " files on the class path and the classes"
                                                    + " they name."));
                    failures++;
                    continue;
                }
                report(stuckProvider(next, calls.timeout(), listedIn));
                return;
            }
            report(Problem.error(
                    SERVICES_FILE,
                    "Agency discovery stopped after " + MAX_CONSECUTIVE_FAILURES
                            + " service provider failures in a row.",
                    "Fix the problems reported before this one; the class path's services files may be unreadable."));
        }

        void add(AgencyModule module) {
            Class<?> type = module.getClass();
            String className = type.getName();
            String location = locationOf(type);
            String culprit = "Agency module " + className + " from " + location;
            List<Problem> found = new ArrayList<>();
            ModuleCalls reader = new ModuleCalls(className, culprit, found);
            Optional<String> id = reader.read(module::id, "id");
            Optional<String> name = reader.read(module::name, "name");
            Optional<Optional<String>> description = reader.read(module::description, "description");
            Optional<QuestionBank> bank = reader.read(module::questionBank, "questionBank");
            description.ifPresent(value -> checkDescription(value, className, culprit, found));
            for (Problem problem : AgencyContract.checkParts(className, id, name, bank)) {
                found.add(Problem.error(
                        className + "/" + problem.path(),
                        culprit + " was not loaded: " + problem.message(),
                        problem.fix()));
            }
            if (!found.isEmpty()) {
                found.forEach(this::report);
                return;
            }
            RegisteredAgency agency = new RegisteredAgency(
                    module,
                    id.orElseThrow(),
                    name.orElseThrow(),
                    description.orElseThrow(),
                    bank.orElseThrow(),
                    versionOf(type),
                    location);
            RegisteredAgency earlier = byId.get(agency.id());
            if (earlier != null) {
                if (earlier.module().getClass() == type) {
                    LOG.debug(
                            "Agency module {} from {} is already registered; the second copy is ignored",
                            className,
                            location);
                    return;
                }
                report(Problem.error(
                        className,
                        culprit + " was not loaded: its id '" + agency.id() + "' is already used by "
                                + earlier.className() + " from " + earlier.location() + ".",
                        "Remove one of the two from the class path (" + earlier.location() + " or " + location
                                + "), or give one module a different id."));
                return;
            }
            byId.put(agency.id(), agency);
            agencies.add(agency);
            LOG.info(
                    "Agency module '{}' version {} from {} ({}, {} questions)",
                    agency.id(),
                    agency.version(),
                    agency.location(),
                    className,
                    agency.bank().questions().size());
        }

        /** The module's methods, called through the workers; after one times out, the rest are not called. */
        private final class ModuleCalls {
            private final String className;
            private final String culprit;
            private final List<Problem> found;
            private boolean abandoned;

            ModuleCalls(String className, String culprit, List<Problem> found) {
                this.className = className;
                this.culprit = culprit;
                this.found = found;
            }

            <T> Optional<T> read(Callable<T> method, String methodName) {
                if (abandoned) {
                    return Optional.empty();
                }
                PluginCalls.Outcome<T> outcome = calls.call(method);
                String path = className + "/" + methodName;
                String call = methodName + "()";
                if (outcome instanceof PluginCalls.Outcome.Returned<T> returned) {
                    if (returned.value() == null) {
                        found.add(Problem.error(
                                path,
                                culprit + " was not loaded: " + call + " returned null.",
                                "Make " + call + " return a value"
                                        + (methodName.equals("description")
                                                ? " (Optional.empty() when there is none)."
                                                : ".")));
                        return Optional.empty();
                    }
                    return Optional.of(returned.value());
                }
                if (outcome instanceof PluginCalls.Outcome.Threw<T> threw) {
                    found.add(thrown(threw.thrown(), path, call));
                } else if (outcome instanceof PluginCalls.Outcome.TimedOut<T>) {
                    abandoned = true;
                    found.add(
                            Problem.error(
                                    path,
                                    culprit + " was not loaded: " + call + " did not return within "
                                            + describe(calls.timeout())
                                            + "; it may be blocked or very slow. It was interrupted"
                                            + " and the module's other methods were not called.",
                                    "Make " + call + " return at once, without waiting on locks, the network or other"
                                            + " threads (load a bank with QuestionBanks.fromResource from the jar). A host"
                                            + " that expects slow modules may raise AgencyRegistry.builder().pluginTimeout(…)."));
                } else {
                    abandoned = true;
                    found.add(Problem.error(
                            path,
                            culprit + " was not loaded: the thread building the registry was interrupted while " + call
                                    + " ran.",
                            "Build the registry again on a thread that is not being interrupted."));
                }
                return Optional.empty();
            }

            private Problem thrown(Throwable error, String path, String call) {
                String message = culprit + " was not loaded: " + call + " threw " + error + ".";
                String fix;
                if (error instanceof OutOfMemoryError) {
                    LOG.error("{} ran out of memory in {}; the JVM may be short of memory", culprit, call);
                    fix = "Make " + call + " use less memory (a bank holds at most " + AgencyContract.MAX_QUESTIONS
                            + " questions); if it is within that, give the JVM more memory (-Xmx).";
                } else if (error instanceof StackOverflowError) {
                    fix = "Make " + call + " return without unbounded recursion.";
                } else if (error instanceof LinkageError) {
                    fix = "Make " + call + " return its value without throwing; a class it needs may be missing from"
                            + " the class path or fail to initialise.";
                } else {
                    fix = "Make " + call + " return its value without throwing.";
                }
                return Problem.error(path, message, fix);
            }
        }

        private void report(Problem problem) {
            problems.add(problem);
            LOG.warn("{}", problem);
        }
    }

    /**
     * A provider whose constructor or static initialiser did not return in time (or the wait for it was interrupted),
     * named from the worker's stack; discovery cannot go on, since the service iterator is still in its hands.
     */
    private static Problem stuckProvider(
            PluginCalls.Outcome<AgencyModule> outcome, Duration timeout, Map<String, List<String>> listedIn) {
        List<StackTraceElement> stack =
                outcome instanceof PluginCalls.Outcome.TimedOut<AgencyModule> timedOut ? timedOut.stack() : List.of();
        Optional<StackTraceElement> frame = stack.stream()
                .filter(f -> listedIn.containsKey(f.getClassName()))
                .findFirst();
        String provider = frame.map(StackTraceElement::getClassName).orElse("A service provider");
        String where = frame.map(f -> " (listed in " + String.join(" and ", listedIn.get(f.getClassName()))
                        + "; waiting at " + f + ")")
                .orElse("");
        String why = outcome instanceof PluginCalls.Outcome.TimedOut<AgencyModule>
                ? "did not finish constructing within " + describe(timeout)
                : "was being constructed when the thread building the registry was interrupted";
        return Problem.error(
                frame.map(StackTraceElement::getClassName).orElse(SERVICES_FILE),
                provider + where + " " + why + "; agency discovery stopped there, and providers listed after it"
                        + " were not loaded.",
                "Make " + (frame.isPresent() ? provider : "the provider") + "'s constructor and static initialiser"
                        + " return at once (do slow work, if any, lazily), or remove it from the class path.");
    }

    /** A description whose value is not a String, as a raw-typed Optional can smuggle in. */
    private static void checkDescription(
            Optional<String> description, String className, String culprit, List<Problem> found) {
        Object value = ((Optional<?>) description).orElse(null);
        if (value != null && !(value instanceof String)) {
            found.add(Problem.error(
                    className + "/description",
                    culprit + " was not loaded: description() returned an Optional holding a "
                            + value.getClass().getName() + ", not a String.",
                    "Return Optional.of(\"a sentence\") or Optional.empty()."));
        }
    }

    /** A duration as people read it: {@code 5 s}, {@code 200 ms}. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0) {
            return duration.toNanos() + " ns";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static Problem providerProblem(ServiceConfigurationError error, Map<String, List<String>> listedIn) {
        String message = String.valueOf(error.getMessage());
        Optional<String> provider = listedIn.keySet().stream()
                .filter(message::contains)
                .max((a, b) -> Integer.compare(a.length(), b.length()));
        String where = provider.map(name -> " (listed in " + String.join(" and ", listedIn.get(name)) + ")")
                .orElse("");
        String cause = error.getCause() == null ? "" : " Cause: " + error.getCause() + ".";
        String text = "A service provider failed to load: " + message + where + "." + cause;
        String name = provider.orElse("the provider");
        String fix;
        if (message.contains("not a subtype")) {
            fix = "Make " + name + " implement " + AgencyModule.class.getName() + ", or remove its line from "
                    + SERVICES_FILE + ".";
        } else if (message.contains("could not be instantiated") || message.contains("Unable to get public no-arg")) {
            fix = "Give " + name + " a public no-argument constructor that does not throw.";
        } else if (message.contains("not found")) {
            fix = "Add " + name + " to its jar, or correct or remove its line in " + SERVICES_FILE + ".";
        } else {
            fix = "Check the " + SERVICES_FILE + " files on the class path and the classes they name.";
        }
        return Problem.error(provider.orElse(SERVICES_FILE), text, fix);
    }

    /** Provider class name → the services files that list it, to say in which jar a failing provider is named. */
    private static Map<String, List<String>> servicesFiles(ClassLoader loader) {
        Map<String, List<String>> listedIn = new LinkedHashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(SERVICES_FILE);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                    reader.lines()
                            .map(line -> line.replaceFirst("#.*", "").trim())
                            .filter(line -> !line.isEmpty())
                            .forEach(line -> listedIn.computeIfAbsent(line, k -> new ArrayList<>())
                                    .add(file.toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not list the {} files: {}", SERVICES_FILE, e.toString());
        }
        return listedIn;
    }

    /** The version from the jar manifest's Implementation-Version or the module descriptor, else {@link #UNKNOWN}. */
    static String versionOf(Class<?> type) {
        try {
            Package pkg = type.getPackage();
            if (pkg != null && notBlank(pkg.getImplementationVersion())) {
                return pkg.getImplementationVersion().trim();
            }
            ModuleDescriptor descriptor = type.getModule().getDescriptor();
            if (descriptor != null) {
                Optional<String> version = descriptor.rawVersion();
                if (version.isPresent() && notBlank(version.get())) {
                    return version.get();
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not read the version of {}: {}", type.getName(), e.toString());
        }
        return UNKNOWN;
    }

    /** Where the class was loaded from: its code source's URL, else its module's name, else {@link #UNKNOWN}. */
    static String locationOf(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                return source.getLocation().toString();
            }
            if (type.getModule().isNamed()) {
                return "module " + type.getModule().getName();
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not read the location of {}: {}", type.getName(), e.toString());
        }
        return UNKNOWN;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
