package dev.maca.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the domain records, so every record rejects nulls with a message naming its field.
 *
 * <p>Records check structure only (a value is present, an id is well formed); the meaning of a whole audit (a grade on
 * the scale, an owner for every action) is checked by {@code dev.maca.validation.AuditValidator}, which reports every
 * problem at once.
 */
public final class Preconditions {
    private static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Preconditions() {}

    /** Returns {@code value}, or throws naming {@code field} when it is null. */
    public static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required but was null");
    }

    /** Returns {@code value} when it is not null and not blank. */
    public static String nonBlank(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value} when it is a lower-kebab-case id such as {@code fathers-and-males}. */
    public static String kebabId(String value, String field) {
        present(value, field);
        if (!isKebabId(value)) {
            throw new IllegalArgumentException(
                    field + " '" + value + "' is not a lower-kebab-case id (letters a-z, digits and single hyphens)");
        }
        return value;
    }

    /** Whether {@code value} is a lower-kebab-case id. */
    public static boolean isKebabId(String value) {
        return value != null && KEBAB_ID.matcher(value).matches();
    }

    /** An unmodifiable copy of {@code values}, rejecting a null list or a null element by field name. */
    public static <T> List<T> list(List<T> values, String field) {
        present(values, field);
        for (int i = 0; i < values.size(); i++) {
            present(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    /** An unmodifiable copy of {@code values}, preserving order, rejecting nulls by field name. */
    public static <T> Set<T> set(Set<T> values, String field) {
        present(values, field);
        for (T value : values) {
            present(value, field + " element");
        }
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
    }

    /** An unmodifiable copy of {@code values} keeping insertion order, rejecting null keys and values by field name. */
    public static <K, V> Map<K, V> map(Map<K, V> values, String field) {
        present(values, field);
        var copy = new java.util.LinkedHashMap<K, V>();
        values.forEach((key, value) -> {
            present(key, field + " key");
            copy.put(key, present(value, field + "[" + key + "]"));
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** {@code value} itself, or {@link Optional#empty()} when a deserialiser passed null for an absent field. */
    public static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
