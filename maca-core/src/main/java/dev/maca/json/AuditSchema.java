package dev.maca.json;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.maca.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The audit file schema ({@code audit.schema.json}, JSON Schema draft 2020-12), compiled once, and the translation of
 * its errors into {@link Problem}s that say what is wrong and how to fix it in the words of the schema's own
 * descriptions.
 *
 * <p>The schema is loaded from the class path and never from the network: remote fetching is switched off.
 */
final class AuditSchema {
    static final String RESOURCE = "audit.schema.json";
    static final String ID = "https://maca.dev/schema/audit.schema.json";

    private static final String TEXT = load();
    private static final JsonNode ROOT = AuditMapper.MAPPER.readTree(TEXT);
    private static final Schema SCHEMA = compile();

    private AuditSchema() {}

    /** The schema as published. */
    static String text() {
        return TEXT;
    }

    /**
     * The problems the schema finds in a parsed audit file, in the validator's order, each once; empty when none. At
     * most {@link AuditJson#MAX_PROBLEMS} are listed, followed by one that counts the rest.
     */
    static List<Problem> check(JsonNode file) {
        FirstErrors errors = new FirstErrors(AuditJson.MAX_PROBLEMS);
        SCHEMA.validate(file, context -> context.setErrors(errors));
        Set<Problem> problems = new LinkedHashSet<>();
        for (com.networknt.schema.Error error : errors) {
            problems.add(problem(error));
        }
        if (errors.dropped > 0) {
            problems.add(Problem.error(
                    "",
                    errors.dropped + " more problems were found and are not listed.",
                    "Correct the problems listed and read the file again; so many problems usually mean that this is"
                            + " not an audit file."));
        }
        return List.copyOf(problems);
    }

    /**
     * The validator's error list, keeping the first errors and counting the rest, so that a large file of wrong values
     * cannot fill the memory with errors. The validator only adds to it.
     */
    private static final class FirstErrors extends ArrayList<com.networknt.schema.Error> {
        private static final long serialVersionUID = 1L;
        private final int capacity;
        private long dropped;

        FirstErrors(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean add(com.networknt.schema.Error error) {
            if (size() < capacity) {
                return super.add(error);
            }
            dropped++;
            return true;
        }

        @Override
        public boolean addAll(Collection<? extends com.networknt.schema.Error> errors) {
            errors.forEach(this::add);
            return !errors.isEmpty();
        }
    }

    private static String load() {
        try (InputStream in = AuditSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the audit file schema " + RESOURCE
                        + " is missing from the maca-core jar next to " + AuditSchema.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit file schema " + RESOURCE, e);
        }
    }

    private static Schema compile() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
        Schema schema = registry.getSchema(SchemaLocation.of(ID), ROOT);
        schema.initializeValidators();
        return schema;
    }

    private static Problem problem(com.networknt.schema.Error error) {
        String at = error.getInstanceLocation().toString();
        String keywordPath = error.getSchemaLocation().getFragment().toString();
        String schemaPath = keywordPath.substring(0, Math.max(0, keywordPath.lastIndexOf('/')));
        JsonNode schema = ROOT.at(schemaPath);
        JsonNode value = error.getInstanceNode();
        String keyword = String.valueOf(error.getKeyword());
        switch (keyword) {
            case "required": {
                String property = error.getProperty();
                return Problem.error(
                        at + "/" + escape(property),
                        "The " + what(schema) + " has no \"" + property + "\", which it needs.",
                        "Add \"" + property + "\": "
                                + describe(schema.path("properties").path(property)) + ".");
            }
            case "additionalProperties": {
                String property = error.getProperty();
                return Problem.error(
                        at + "/" + escape(property),
                        "\"" + property + "\" is not a property of the " + what(schema) + ".",
                        "Remove it, or correct its spelling; the properties of the " + what(schema) + " are: "
                                + names(schema.path("properties")) + ".");
            }
            case "type": {
                String expected = String.valueOf(error.getArguments()[1]);
                if (at.isEmpty()) {
                    return Problem.error(
                            at,
                            "The file holds a JSON " + kind(value) + ", but an audit file is one JSON object.",
                            "Give a file whose content is one JSON object, { … }, with \"scope\" and the audit's"
                                    + " lists; check that this is the right file.");
                }
                return Problem.error(
                        at,
                        "Found " + article(kind(value)) + " " + kind(value) + " where " + article(expected) + " "
                                + expected + " is expected.",
                        "Write " + article(expected) + " " + expected + " here: " + describe(schema) + ".");
            }
            case "enum":
                return Problem.error(
                        at,
                        shown(value) + " is not one of the allowed values.",
                        "Use one of " + names(schema.path("enum")) + ", written exactly so.");
            case "pattern":
                return patternProblem(at, schemaPath, value, schema);
            case "minimum":
            case "maximum":
                return Problem.error(
                        at,
                        shown(value) + " is " + ("minimum".equals(keyword) ? "too small" : "too large") + ".",
                        "Write " + describe(schema) + ".");
            default:
                return Problem.error(
                        at,
                        "The value does not match the audit file schema: " + error.getMessage() + ".",
                        "Correct it as the schema says at " + schemaPath + " (AuditJson.schema()).");
        }
    }

    private static Problem patternProblem(String at, String schemaPath, JsonNode value, JsonNode schema) {
        switch (schemaPath) {
            case "/$defs/text":
                return Problem.error(at, "The text is empty or only spaces.", "Write the text here.");
            case "/$defs/date":
                return Problem.error(
                        at,
                        shown(value) + " is not a date written as YYYY-MM-DD.",
                        "Write the day as YYYY-MM-DD, with a two-digit month and day, e.g. \"2021-04-01\".");
            case "/$defs/month":
                return Problem.error(
                        at,
                        shown(value) + " is not a month written as YYYY-MM.",
                        "Write the month as YYYY-MM, with a two-digit month, e.g. \"2021-04\".");
            default:
                return Problem.error(
                        at, shown(value) + " does not have the required form.", "Write " + describe(schema) + ".");
        }
    }

    /** The kind of thing a schema describes, from its title: "agency return", "MACA audit file". */
    private static String what(JsonNode schema) {
        return lowerFirst(schema.path("title").asString("object"));
    }

    /**
     * A property's description, following a {@code $ref} when the property has none of its own, to continue a
     * sentence: lower-case first letter, no full stop.
     */
    private static String describe(JsonNode property) {
        JsonNode node = property;
        for (int hops = 0; hops < 3 && !node.isMissingNode(); hops++) {
            if (node.hasNonNull("description")) {
                return lowerFirst(trimStop(node.get("description").asString()));
            }
            if (node.hasNonNull("title")) {
                return lowerFirst(trimStop(node.get("title").asString()));
            }
            String ref = node.path("$ref").asString("");
            node = ref.startsWith("#") ? ROOT.at(ref.substring(1)) : MissingNode.getInstance();
        }
        return "see the audit file schema";
    }

    /** "Agency return" → "agency return", but "MACA audit file" stays as it is. */
    private static String lowerFirst(String text) {
        boolean keep = text.length() < 2 || !Character.isLowerCase(text.charAt(1));
        return keep ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String trimStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> names.add(v.asString()));
        } else {
            names.addAll(node.propertyNames());
        }
        return String.join(", ", names);
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "null";
        }
        if (value.isObject()) {
            return "object";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isString()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isIntegralNumber() ? "integer" : "number";
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    /** A value as shown in a message, cut short so a long text does not flood it. */
    static String shown(JsonNode value) {
        String text = value == null ? "The value" : value.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** One JSON Pointer segment (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
