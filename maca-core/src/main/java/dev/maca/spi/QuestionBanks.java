package dev.maca.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads an agency's question bank from a JSON resource shipped in the agency's jar, so a plugin keeps its questions as
 * data rather than code.
 *
 * <p>The format is
 *
 * <pre>{@code
 * {"questions": [
 *   {"id": "police-dash-every-incident",
 *    "text": "Was a DASH risk assessment completed for every domestic abuse incident?",
 *    "guidance": "Check each incident log for a DASH form and its risk level.",
 *    "responseType": "EVIDENCED",
 *    "required": true,
 *    "themes": ["domestic-abuse", "professional-curiosity"],
 *    "measure": "domestic-abuse-asked"}
 * ]}
 * }</pre>
 *
 * <p>{@code responseType} is one of {@code EVIDENCED}, {@code GRADED}, {@code FREE_TEXT} or {@code CONTACT_MODE};
 * {@code required} is true when absent; {@code measure} is optional and names the shared measure an evidenced question
 * asks (see {@code dev.maca.scope.SharedMeasures}). Unknown properties are refused, so a misspelt field is found at once. Whether
 * the questions keep the agency contract (ids, themes, guidance) is checked separately by {@code
 * dev.maca.agency.AgencyContract}.
 */
public final class QuestionBanks {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private QuestionBanks() {}

    /**
     * The question bank in the JSON resource {@code resourceName}, found relative to {@code anchor} as {@link
     * Class#getResourceAsStream(String)} finds it (a name starting with {@code /} is absolute).
     *
     * @param anchor the class the resource sits beside, usually the agency module itself; never null
     * @param resourceName the resource's name, e.g. {@code "bank.json"}; never null
     * @return the bank, its questions in file order
     * @throws InvalidQuestionBankException when the resource is missing, is not valid JSON or breaks the format
     */
    public static QuestionBank fromResource(Class<?> anchor, String resourceName) {
        Objects.requireNonNull(anchor, "anchor class is required but was null");
        Objects.requireNonNull(resourceName, "question bank resourceName is required but was null");
        String where = "Question bank resource '" + resourceName + "' of " + anchor.getName();
        InputStream in = anchor.getResourceAsStream(resourceName);
        if (in == null) {
            throw new InvalidQuestionBankException(where + " was not found. Fix: put " + resourceName
                    + " in the jar beside " + anchor.getName() + " (package folder "
                    + anchor.getPackageName().replace('.', '/')
                    + "/), or start the name with '/' for a path from the jar's root.");
        }
        try (in;
                JsonParser parser = MAPPER.createParser(in)) {
            try {
                return toBank(MAPPER.readValue(parser, BankJson.class), where);
            } catch (JacksonException e) {
                throw explain(e, parser, where);
            }
        } catch (IOException e) {
            throw new InvalidQuestionBankException(
                    where + " could not be read: " + e.getMessage() + ". Fix: check the jar is not damaged.", e);
        }
    }

    private static InvalidQuestionBankException explain(JacksonException e, JsonParser parser, String where) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            location = parser.currentLocation();
        }
        String at = " at " + path(e) + position(location);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new InvalidQuestionBankException(
                    where + " has an unknown property '" + unknown.getPropertyName() + "'" + at
                            + ". Fix: use only the properties "
                            + unknown.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ".",
                    e);
        }
        if (e instanceof StreamReadException) {
            return new InvalidQuestionBankException(
                    where + " is not valid JSON" + position(location) + ": " + e.getOriginalMessage()
                            + ". Fix: correct the JSON syntax there.",
                    e);
        }
        return new InvalidQuestionBankException(
                where + " does not follow the question bank format" + at + ": " + e.getOriginalMessage()
                        + ". Fix: see the format in the Javadoc of dev.maca.spi.QuestionBanks.",
                e);
    }

    /** The JSON path of the failure, e.g. {@code questions/0/theme}. */
    private static String path(JacksonException e) {
        List<String> steps = new ArrayList<>();
        for (JacksonException.Reference reference : e.getPath()) {
            steps.add(
                    reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()));
        }
        return steps.isEmpty() ? "the top level" : String.join("/", steps);
    }

    private static QuestionBank toBank(BankJson bank, String where) {
        if (bank == null || bank.questions == null) {
            throw new InvalidQuestionBankException(
                    where + " has no \"questions\" array. Fix: write the bank as " + "{\"questions\": [ ... ]}.");
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < bank.questions.size(); i++) {
            questions.add(toQuestion(bank.questions.get(i), where + " at questions/" + i));
        }
        return new QuestionBank(questions);
    }

    private static Question toQuestion(QuestionJson json, String where) {
        if (json == null) {
            throw new InvalidQuestionBankException(where + " is null. Fix: remove it or write the question there.");
        }
        String id = required(json.id, "id", where);
        String place = where + " ('" + id + "')";
        return new Question(
                id,
                required(json.text, "text", place),
                required(json.guidance, "guidance", place),
                responseType(required(json.responseType, "responseType", place), place),
                json.required == null || json.required,
                json.themes == null
                        ? List.of()
                        : json.themes.stream().filter(Objects::nonNull).toList(),
                java.util.Optional.ofNullable(json.measure));
    }

    private static String required(String value, String property, String where) {
        if (value == null) {
            throw new InvalidQuestionBankException(
                    where + " has no \"" + property + "\". Fix: add \"" + property + "\" to the question.");
        }
        return value;
    }

    private static ResponseType responseType(String value, String where) {
        try {
            return ResponseType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidQuestionBankException(
                    where + " has an unknown responseType '" + value + "'. Fix: use one of "
                            + Arrays.stream(ResponseType.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", "))
                            + ".",
                    e);
        }
    }

    private static String position(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The bank file as written; a class with fields rather than a record, so errors carry their exact location. */
    private static final class BankJson {
        public List<QuestionJson> questions;
    }

    /** One question as written; {@code required} is a Boolean so that an absent value means true. */
    private static final class QuestionJson {
        public String id;
        public String text;
        public String guidance;
        public String responseType;
        public Boolean required;
        public List<String> themes;
        public String measure;
    }
}
