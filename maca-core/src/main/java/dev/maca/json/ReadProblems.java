package dev.maca.json;

import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.SelectionMethod;
import dev.maca.scope.Milestone;
import dev.maca.validation.Problem;
import java.io.CharConversionException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what Jackson reports while reading an audit file into a {@link Problem} with a JSON path, what is wrong and how
 * to fix it, so that no Jackson exception reaches the caller.
 */
final class ReadProblems {
    /** The fixes for the records whose constructors check more than the schema can say. */
    private static final Map<Class<?>, String> CONSTRUCTOR_FIXES = Map.of(
            AgencyInvolvement.class,
                    "Make \"to\" the same month as \"from\" or a later one, or leave \"to\" out while the involvement"
                            + " is ongoing.",
            EngagementRequirement.class, "Make \"to\" the same month as \"from\" or a later one.",
            SelectionMethod.class,
                    "Give a SEEDED_RANDOM method its \"seed\" and a STRATIFIED method its \"stratifyBy\".",
            Milestone.class, "Give a \"date\" that falls in the milestone's \"month\", or correct the \"month\".");

    private ReadProblems() {}

    /** The problem of an empty file, or one holding only spaces. */
    static Problem empty() {
        return Problem.error(
                "",
                "The file is empty.",
                "Give an audit file: one JSON object with \"scope\" and the audit's lists, as AuditJson.write"
                        + " produces; check that this is the right file and that it was saved completely.");
    }

    /** The problem of content after the audit's one JSON value. */
    static Problem trailing(TokenStreamLocation location) {
        return Problem.error(
                "",
                "Something follows the audit object" + where(location) + ".",
                "An audit file holds exactly one JSON object: remove what follows its closing brace.");
    }

    /** The problem of a file too large to read at all. */
    static Problem fileTooLarge(long bytes) {
        return Problem.error(
                "",
                "The file is " + bytes + " bytes long, more than the limit of " + AuditJson.MAX_FILE_BYTES
                        + " bytes (64 MiB) for an audit file.",
                "Check that this is the right file: an audit file with fifteen cases and all their returns is a"
                        + " few megabytes at most.");
    }

    /** The problem Jackson found while reading the JSON text, at the place its parser had reached. */
    static Problem parsing(JacksonException e, JsonParser parser) {
        String path = pathOf(parser);
        if (e instanceof StreamConstraintsException) {
            return limit(e, path);
        }
        if (e instanceof JacksonIOException && e.getCause() instanceof CharConversionException) {
            return Problem.error(
                    path,
                    "The file is not JSON text: " + e.getCause().getMessage() + where(e.getLocation()) + ".",
                    "Give the audit file itself, saved as UTF-8 JSON text; this may be another kind of file.");
        }
        String reason = clean(e.getOriginalMessage());
        if (reason.startsWith("Duplicate Object property")) {
            return Problem.error(
                    path,
                    "The property " + reason.substring(reason.indexOf('"')) + " appears twice in the same object"
                            + where(e.getLocation()) + ".",
                    "Keep one of the two: a property may appear only once in an object.");
        }
        if (reason.contains("end-of-input")) {
            return Problem.error(
                    path,
                    "The file ends before its JSON is complete" + where(e.getLocation()) + ": " + reason + ".",
                    "The file was probably cut short while saving or copying: restore the whole file, or close"
                            + " every open { and [.");
        }
        return Problem.error(
                path,
                "The file is not valid JSON" + where(e.getLocation()) + ": " + reason + ".",
                "Correct the JSON there: a missing comma, quote or bracket is the usual cause, and a JSON editor"
                        + " shows the exact spot. If this is not an audit file, give the right one.");
    }

    /**
     * The problem Jackson found while turning the schema-checked JSON into records: a value the domain refuses (such
     * as an involvement that ends before it starts, or 30 February).
     */
    static Problem binding(JacksonException e) {
        String path = pointer(e);
        if (e instanceof ValueInstantiationException vie && vie.getCause() != null) {
            Throwable cause = vie.getCause();
            return Problem.error(
                    path,
                    sentence(cause.getMessage() == null ? cause.toString() : cause.getMessage()),
                    CONSTRUCTOR_FIXES.getOrDefault(
                            vie.getType().getRawClass(), "Correct the value the message names."));
        }
        if (e instanceof InvalidFormatException ife) {
            Class<?> target = ife.getTargetType();
            if (target == LocalDate.class) {
                return Problem.error(
                        path,
                        "\"" + ife.getValue() + "\" is not a day of the calendar.",
                        "Write a real day as YYYY-MM-DD, e.g. \"2021-02-28\".");
            }
            if (target == YearMonth.class) {
                return Problem.error(
                        path,
                        "\"" + ife.getValue() + "\" is not a month of the calendar.",
                        "Write a real month as YYYY-MM, e.g. \"2021-04\".");
            }
        }
        return Problem.error(
                path,
                "The value cannot be read as part of an audit: " + clean(e.getOriginalMessage()) + ".",
                "Correct the value as the audit file schema describes it (AuditJson.schema()).");
    }

    private static Problem limit(JacksonException e, String path) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("getMaxStringLength")) {
            return Problem.error(
                    path,
                    "A text is longer than the limit of " + AuditJson.MAX_STRING_CHARS + " characters.",
                    "Shorten it: no text of an audit needs a million characters. If a program wrote the file, the"
                            + " file may be corrupt.");
        }
        if (message.contains("getMaxDocumentLength")) {
            return Problem.error(
                    path,
                    "The file is longer than the limit of " + AuditJson.MAX_FILE_BYTES + " bytes (64 MiB).",
                    "Check that this is the right file: an audit file with fifteen cases and all their returns is a"
                            + " few megabytes at most.");
        }
        if (message.contains("getMaxNestingDepth")) {
            return Problem.error(
                    path,
                    "The JSON is nested more than " + AuditJson.MAX_NESTING_DEPTH
                            + " levels deep; an audit file needs no more than six.",
                    "Check the brackets: an audit file never puts objects or lists this deep, so this is not an"
                            + " audit file or its brackets are wrong.");
        }
        if (message.contains("getMaxNameLength")) {
            return Problem.error(
                    path,
                    "A property name is longer than the limit of " + AuditJson.MAX_NAME_CHARS + " characters.",
                    "Use the short property names of the audit file schema and short ids, such as"
                            + " \"police-dash\".");
        }
        if (message.contains("getMaxNumberLength")) {
            return Problem.error(
                    path,
                    "A number is longer than the limit of " + AuditJson.MAX_NUMBER_CHARS + " characters.",
                    "Write the number with fewer digits: the only numbers in an audit file are the cohort's target"
                            + " size, its children's ages and its selection seed.");
        }
        if (message.contains("getMaxTokenCount")) {
            return Problem.error(
                    path,
                    "The file holds more than the limit of " + AuditJson.MAX_TOKENS + " JSON tokens.",
                    "Check that this is the right file: an audit file with fifteen cases and all their returns has"
                            + " tens of thousands.");
        }
        return Problem.error(
                path,
                "The file breaks a limit of the audit file reader: " + clean(message) + ".",
                "Make the file smaller or simpler; the limits are listed on AuditJson.");
    }

    /** Where the parser was, as a JSON Pointer ("" for the whole file). */
    private static String pathOf(JsonParser parser) {
        try {
            return parser == null
                    ? ""
                    : parser.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The path of a databind exception's reference chain as a JSON Pointer. */
    private static String pointer(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('/').append(reference.getIndex());
            } else if (reference.getPropertyName() != null) {
                path.append('/').append(AuditSchema.escape(reference.getPropertyName()));
            }
        }
        return path.toString();
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson's message without its source excerpt and location, on one line. */
    private static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable content";
        }
        String text = message.replaceAll("\\s*\\(start marker at \\[[^\\]]*\\]\\)", "")
                // Jackson's hints name its own switches, which the reader of an audit file cannot turn on.
                .replaceAll("\\s*\\(not recognized as one since Feature [^)]*\\)", "")
                .replaceAll("\\s*\\(consider enabling .*", "")
                .replaceAll(":\\s*enable `[^`]*` to allow", "")
                .replaceAll("require enabling `[^`]*`", "are not allowed in JSON")
                .replaceAll("\\s*at \\[Source:.*", "")
                .replaceAll("\\s+", " ")
                .trim();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String sentence(String message) {
        String text = clean(message);
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ".";
    }
}
