package dev.maca.report.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Argument checks shared by the model's records, so every message names the field at fault. */
final class Checks {

    private Checks() {}

    static String text(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    static Optional<String> optionalText(Optional<String> value, String field) {
        present(value, field);
        value.ifPresent(v -> text(v, field));
        return value;
    }

    static <T> List<T> list(List<T> values, String field) {
        present(values, field);
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(present(values.get(i), field + "[" + i + "]"));
        }
        return Collections.unmodifiableList(copy);
    }

    static List<String> texts(List<String> values, String field) {
        List<String> copy = list(values, field);
        for (int i = 0; i < copy.size(); i++) {
            text(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    static <T> List<T> nonEmpty(List<T> values, String field) {
        List<T> copy = list(values, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return copy;
    }
}
