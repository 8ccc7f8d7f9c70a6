package dev.maca.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The steps every part of {@link AuditRewriter} takes: hand a string to the visitor as free text or as an identifier,
 * and rebuild a list or map element by element with the path of each.
 */
abstract class FieldRewriter {
    private final FieldVisitor visitor;

    FieldRewriter(FieldVisitor visitor) {
        this.visitor = visitor;
    }

    final String text(FieldPath path, String text) {
        return visitor.text(path, text);
    }

    final List<String> texts(FieldPath path, List<String> texts) {
        return list(path, texts, this::text);
    }

    final void identifier(FieldPath path, String identifier) {
        visitor.identifier(path, identifier);
    }

    final void identifiers(FieldPath path, List<String> identifiers) {
        for (int i = 0; i < identifiers.size(); i++) {
            visitor.identifier(path.child(i), identifiers.get(i));
        }
    }

    static <T> List<T> list(FieldPath path, List<T> values, BiFunction<FieldPath, T, T> rewrite) {
        var rewritten = new ArrayList<T>(values.size());
        for (int i = 0; i < values.size(); i++) {
            rewritten.add(rewrite.apply(path.child(i), values.get(i)));
        }
        return rewritten;
    }

    final <T> Map<String, T> map(FieldPath path, Map<String, T> values, BiFunction<FieldPath, T, T> rewrite) {
        var rewritten = new LinkedHashMap<String, T>(values.size() * 2);
        values.forEach((key, value) -> {
            FieldPath entry = visitor.key(path, key) ? path.closed() : path.child(key);
            rewritten.put(key, rewrite.apply(entry, value));
        });
        return rewritten;
    }
}
