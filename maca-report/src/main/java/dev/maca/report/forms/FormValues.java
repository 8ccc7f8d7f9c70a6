package dev.maca.report.forms;

import java.util.Map;
import java.util.Optional;

/** The values of a completed form, checked against its model: text stripped, choices among their options. */
final class FormValues {
    private final Map<String, String> values;
    private final java.util.Set<String> refused;

    FormValues(Map<String, String> values, java.util.Set<String> refused) {
        this.values = Map.copyOf(values);
        this.refused = java.util.Set.copyOf(refused);
    }

    /** Whether the field held an answer that is not one of its options (already reported, and read as empty). */
    boolean wasRefused(String name) {
        return refused.contains(name);
    }

    /** A text field's value, empty when blank. */
    String text(String name) {
        return values.getOrDefault(name, "");
    }

    /** A choice's option, empty when nothing is chosen. */
    Optional<String> choice(String name) {
        String value = values.getOrDefault(name, "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
