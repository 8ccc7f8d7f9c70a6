package dev.maca.spi;

import java.util.Optional;

/**
 * Public API for agency plugins: one agency's identity and question bank, found through {@link java.util.ServiceLoader}.
 *
 * <p>A plugin jar names its implementation in {@code META-INF/services/dev.maca.spi.AgencyModule}; the implementation
 * needs a public no-argument constructor. The registry derives the module's version and jar location from its jar's
 * manifest or module, so plugins do not declare them.
 *
 * <pre>{@code
 * public final class YouthJusticeModule implements AgencyModule {
 *     public String id() { return "youth-justice"; }
 *     public String name() { return "Youth Justice Service"; }
 *     public QuestionBank questionBank() { return QuestionBanks.fromResource(getClass(), "bank.json"); }
 * }
 * }</pre>
 */
public interface AgencyModule {

    /** A stable, unique, lower-kebab-case id such as {@code health-visiting}; never null. */
    String id();

    /** The agency's name as documents print it; never null or blank. */
    String name();

    /** An optional sentence describing the agency's service. */
    default Optional<String> description() {
        return Optional.empty();
    }

    /** The agency's questions; never null. Called once by the registry, which keeps the result. */
    QuestionBank questionBank();
}
