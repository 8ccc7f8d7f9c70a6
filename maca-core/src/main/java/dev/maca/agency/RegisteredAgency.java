package dev.maca.agency;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;
import java.util.Optional;

/**
 * An agency module the registry loaded, with the values it read from the module once and kept, so a slow plugin or one
 * that returns a different bank on each call is asked only once.
 *
 * @param module the module itself
 * @param id the module's id, lower-kebab-case and unique in the registry
 * @param name the agency's name as documents print it
 * @param description a sentence describing the agency's service, if the module gives one
 * @param bank the module's question bank, which keeps the agency contract
 * @param version the module's version from its jar manifest or module descriptor, or {@value AgencyRegistry#UNKNOWN}
 * @param location where the module's class was loaded from (its jar's URL or its module), or {@value
 *     AgencyRegistry#UNKNOWN}
 */
public record RegisteredAgency(
        AgencyModule module,
        String id,
        String name,
        Optional<String> description,
        QuestionBank bank,
        String version,
        String location) {
    public RegisteredAgency {
        present(module, "registered agency module");
        present(id, "registered agency id");
        nonBlank(name, "registered agency name");
        description = optional(description);
        present(bank, "registered agency bank");
        nonBlank(version, "registered agency version");
        nonBlank(location, "registered agency location");
    }

    /** The module's class name, as problems and logs name it. */
    public String className() {
        return module.getClass().getName();
    }
}
