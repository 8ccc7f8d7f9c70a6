package dev.maca.agency;

import dev.maca.model.Preconditions;
import dev.maca.spi.AgencyModule;
import dev.maca.spi.Question;
import dev.maca.spi.QuestionBank;
import dev.maca.validation.AuditLimits;
import dev.maca.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules every agency module keeps, as a validator: the registry runs it on every module it loads, and a plugin
 * author runs the same rules from a one-line test.
 *
 * <pre>{@code
 * @Test
 * void keepsTheContract() {
 *     AgencyContract.assertValid(new YouthJusticeModule());
 * }
 * }</pre>
 *
 * <p>The rules: the id is lower-kebab-case and does not start with the reserved prefix {@value #RESERVED_PREFIX}; the
 * name is not blank; the bank is not null and has at most {@value #MAX_QUESTIONS} questions; each question's id is
 * lower-kebab-case, unique in the bank and not reserved; its text and guidance are not blank; it has a response type and
 * at least one theme, each theme lower-kebab-case; a shared measure, if it names one, is lower-kebab-case and asked by an
 * evidenced question.
 */
public final class AgencyContract {
    /** The id prefix reserved for the core questions every audit tool asks (e.g. {@code core-lived-experience}). */
    public static final String RESERVED_PREFIX = "core-";

    /**
     * The most questions a bank may have; a larger bank is refused rather than turned into an unusable form. The same
     * value as {@link AuditLimits#MAX_QUESTIONS_PER_TOOL}, which limits the answers in a return.
     */
    public static final int MAX_QUESTIONS = AuditLimits.MAX_QUESTIONS_PER_TOOL;

    private AgencyContract() {}

    /**
     * Every way {@code module} breaks the contract; empty when it keeps it. Calls {@code id()}, {@code name()},
     * {@code description()} and {@code questionBank()} once each; a method that throws is reported, not rethrown.
     *
     * @param module the module; never null
     */
    public static List<Problem> check(AgencyModule module) {
        Objects.requireNonNull(module, "agency module is required but was null");
        List<Problem> problems = new ArrayList<>();
        String type = module.getClass().getName();
        Optional<String> id = call(module::id, "id", type, problems);
        Optional<String> name = call(module::name, "name", type, problems);
        call(module::description, "description", type, problems);
        Optional<QuestionBank> bank = call(module::questionBank, "questionBank", type, problems);
        problems.addAll(checkParts(type, id, name, bank));
        return List.copyOf(problems);
    }

    /**
     * Throws when {@code module} breaks the contract, listing every problem; the one line a plugin's test needs.
     *
     * @param module the module; never null
     * @throws AgencyContractException carrying every problem, when there is any
     */
    public static void assertValid(AgencyModule module) {
        List<Problem> problems = check(module);
        if (!problems.isEmpty()) {
            throw new AgencyContractException(module.getClass().getName(), problems);
        }
    }

    /**
     * Every way a question bank breaks the contract, with paths such as {@code questions/3/guidance}; empty when it
     * keeps it.
     *
     * @param bank the bank; never null
     */
    public static List<Problem> checkBank(QuestionBank bank) {
        Objects.requireNonNull(bank, "question bank is required but was null");
        List<Problem> problems = new ArrayList<>();
        List<Question> questions = bank.questions();
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(Problem.error(
                    "questions",
                    "The question bank has " + questions.size() + " questions, more than the limit of " + MAX_QUESTIONS
                            + ".",
                    "Keep the bank to at most " + MAX_QUESTIONS + " questions; an audit tool asks only those that meet "
                            + "its objectives, so split rarely used questions into another agency module."));
            return List.copyOf(problems);
        }
        List<Problem> foreign = foreignElements(questions);
        if (!foreign.isEmpty()) {
            return foreign;
        }
        if (questions.isEmpty()) {
            problems.add(Problem.error(
                    "questions",
                    "The question bank has no questions.",
                    "Add at least one question, with themes through which it meets audit objectives."));
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            checkQuestion(questions.get(i), "questions/" + i, firstIndex, i, problems);
        }
        return List.copyOf(problems);
    }

    /**
     * Elements that are not what the bank's types say: a raw-typed list can smuggle any object into a bank, which would
     * otherwise fail later, far from the plugin, with a {@link ClassCastException}.
     */
    private static List<Problem> foreignElements(List<Question> questions) {
        List<Problem> problems = new ArrayList<>();
        List<?> elements = questions;
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            if (!(element instanceof Question question)) {
                problems.add(Problem.error(
                        "questions/" + i,
                        "The bank holds a " + element.getClass().getName() + " where a question belongs.",
                        "Build the bank from a List<Question>, without raw types."));
                continue;
            }
            List<?> themes = question.themes();
            for (int t = 0; t < themes.size(); t++) {
                if (!(themes.get(t) instanceof String)) {
                    problems.add(Problem.error(
                            "questions/" + i + "/themes/" + t,
                            "Question '" + question.id() + "' holds a "
                                    + themes.get(t).getClass().getName() + " where a theme id belongs.",
                            "Build the themes from a List<String>, without raw types."));
                }
            }
        }
        return List.copyOf(problems);
    }

    /** The contract's rules on values already read from a module, for the registry, which reads each value once. */
    static List<Problem> checkParts(
            String type, Optional<String> id, Optional<String> name, Optional<QuestionBank> bank) {
        List<Problem> problems = new ArrayList<>();
        id.ifPresent(value -> checkModuleId(value, type, problems));
        name.ifPresent(value -> {
            if (value.isBlank()) {
                problems.add(
                        Problem.error(
                                "name",
                                "The agency name of " + type + " is blank.",
                                "Return the agency's name as documents print it, e.g. \"Public Health Nursing – Health Visiting\"."));
            }
        });
        bank.ifPresent(value -> problems.addAll(checkBank(value)));
        return problems;
    }

    private static void checkModuleId(String id, String type, List<Problem> problems) {
        if (!Preconditions.isKebabId(id)) {
            problems.add(Problem.error(
                    "id",
                    "The agency id '" + id + "' of " + type + " is not lower-kebab-case.",
                    "Return a stable id of letters a-z, digits and single hyphens, e.g. \"health-visiting\"."));
        } else if (id.startsWith(RESERVED_PREFIX)) {
            problems.add(Problem.error(
                    "id",
                    "The agency id '" + id + "' of " + type + " starts with the reserved prefix '" + RESERVED_PREFIX
                            + "'.",
                    "Choose an id that does not start with '" + RESERVED_PREFIX + "'."));
        }
    }

    private static void checkQuestion(
            Question question, String path, Map<String, Integer> firstIndex, int index, List<Problem> problems) {
        String id = question.id();
        if (!Preconditions.isKebabId(id)) {
            problems.add(
                    Problem.error(
                            path + "/id",
                            "The question id '" + id + "' is not lower-kebab-case.",
                            "Use letters a-z, digits and single hyphens, starting with the agency's id, e.g. \"police-dash-completed\"."));
        } else if (id.startsWith(RESERVED_PREFIX)) {
            problems.add(Problem.error(
                    path + "/id",
                    "The question id '" + id + "' starts with the reserved prefix '" + RESERVED_PREFIX
                            + "', which is kept for the core questions every tool asks.",
                    "Start the id with the agency's id instead."));
        }
        Integer earlier = firstIndex.putIfAbsent(id, index);
        if (earlier != null) {
            problems.add(Problem.error(
                    path + "/id",
                    "The question id '" + id + "' is already used by questions/" + earlier + ".",
                    "Give every question in the bank its own id."));
        }
        if (question.text().isBlank()) {
            problems.add(Problem.error(
                    path + "/text",
                    "Question '" + id + "' has blank text.",
                    "Write the question as the auditor should ask it."));
        }
        if (question.guidance().isBlank()) {
            problems.add(Problem.error(
                    path + "/guidance",
                    "Question '" + id + "' has blank guidance.",
                    "Say where in the agency's record to look and what counts as evidence."));
        }
        if (question.themes().isEmpty()) {
            problems.add(Problem.error(
                    path + "/themes",
                    "Question '" + id + "' has no themes, so it can meet no objective.",
                    "Add at least one theme id, e.g. \"domestic-abuse\" (see dev.maca.scope.Themes)."));
        }
        question.measure().ifPresent(measure -> {
            if (!Preconditions.isKebabId(measure)) {
                problems.add(Problem.error(
                        path + "/measure",
                        "The shared measure '" + measure + "' of question '" + id + "' is not lower-kebab-case.",
                        "Use a measure id such as \"father-seen\" (see dev.maca.scope.SharedMeasures)."));
            }
            if (question.responseType() != dev.maca.spi.ResponseType.EVIDENCED) {
                problems.add(Problem.error(
                        path + "/measure",
                        "Question '" + id + "' names the shared measure '" + measure + "' but is answered as "
                                + question.responseType() + "; a measure is a fact that a Yes answer establishes.",
                        "Make the question EVIDENCED (Yes / Partly / No / Not applicable), or remove its measure."));
            }
        });
        for (int t = 0; t < question.themes().size(); t++) {
            String theme = question.themes().get(t);
            if (!Preconditions.isKebabId(theme)) {
                problems.add(Problem.error(
                        path + "/themes/" + t,
                        "Theme '" + theme + "' of question '" + id + "' is not lower-kebab-case.",
                        "Use a theme id such as \"fathers-and-males\" (see dev.maca.scope.Themes)."));
            }
        }
    }

    private static <T> Optional<T> call(
            java.util.function.Supplier<T> method, String name, String type, List<Problem> problems) {
        T value;
        try {
            value = method.get();
        } catch (Exception | LinkageError e) {
            problems.add(Problem.error(
                    name,
                    type + "." + name + "() threw " + e,
                    "Make " + name + "() return its value without throwing."));
            return Optional.empty();
        }
        if (value == null) {
            problems.add(Problem.error(
                    name,
                    type + "." + name + "() returned null.",
                    "Make " + name + "() return a value"
                            + (name.equals("description") ? " (Optional.empty() when there is none)." : ".")));
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
